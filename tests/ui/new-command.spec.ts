// Playwright UI: File → New / Ctrl+N makes what the current screen is about (a role, a candidate, an
// interview), by the shortcut and by the menu's event alike; Go → Today / Reports (Ctrl+1, Ctrl+2) likewise.
import { expect, roleInput, test } from './fixtures';
import { seedApplications } from './interviews-fixtures';

test('Ctrl+N makes a role on Roles, a candidate on Candidates and on a board', async ({ hb }) => {
  const { page } = hb;
  const [seeded] = await seedApplications(hb, ['Ada Quinn']);
  await hb.open('#/roles');
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { level: 1, name: 'New role' })).toBeVisible();

  await hb.open('#/candidates');
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { level: 1, name: 'Add candidate' })).toBeVisible();

  await hb.open(`#/roles/${seeded?.roleId ?? ''}/pipeline`);
  await expect(page.getByText('Ada Quinn')).toBeVisible();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { level: 1, name: 'Add candidate' })).toBeVisible();
});

test('File → New on Interviews asks which candidate, then which role, then schedules', async ({ hb }) => {
  const { page } = hb;
  const [ada] = await seedApplications(hb, ['Ada Quinn', 'Bo Sato']);
  // Ada is in process for a second role too, so the picker asks which one.
  const second = await hb.call('roles:create', roleInput({ title: 'Shift Lead' }));
  await hb.call('applications:create', { candidateId: ada?.candidateId ?? '', roleIds: [second.id] });
  await hb.open('#/interviews');
  await expect(page.getByRole('heading', { name: 'No interviews yet' })).toBeVisible();
  // The desktop menu's item sends menu:new; the shortcut and the header button do the same.
  await page.evaluate(() => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit('menu:new', {}));
  const picker = page.getByRole('dialog', { name: 'Schedule an interview' });
  await expect(picker).toBeVisible();
  const list = picker.getByRole('list', { name: 'Candidates in process' });
  await expect(list.getByRole('button')).toHaveCount(2);
  await picker.getByRole('searchbox', { name: 'Candidate' }).fill('zzz-nobody');
  await expect(picker.getByText('No one in process matches “zzz-nobody”.')).toBeVisible();
  await picker.getByRole('searchbox', { name: 'Candidate' }).fill('Ada');
  await expect(list.getByRole('button')).toHaveCount(1);
  await list.getByRole('button', { name: /Ada Quinn/ }).click();
  await expect(picker.getByText('For which role is the interview with Ada Quinn?')).toBeVisible();
  await picker.getByRole('button', { name: /Shift Lead/ }).click();

  const schedule = page.getByRole('dialog', { name: 'Schedule interview' });
  await expect(schedule).toBeVisible();
  await expect(schedule.getByText('Ada Quinn for Shift Lead')).toBeVisible();
  await expect(picker).toBeHidden();
});

test('Ctrl+N on an interview schedules the next one with the same person for the same role', async ({ hb }) => {
  const { page } = hb;
  const [bo] = await seedApplications(hb, ['Bo Sato']);
  const interview = await hb.call('interviews:schedule', {
    applicationId: bo?.applicationId ?? '',
    startsAt: new Date(Date.now() + 2 * 86_400_000).toISOString(),
    timeZone: 'Europe/London',
    kind: 'video',
    interviewers: ['Jo Park'],
  });
  await hb.open(`#/interviews/${interview.id}`);
  await expect(page.getByRole('heading', { level: 1, name: /Bo Sato/ })).toBeVisible();
  await page.keyboard.press('Control+n');
  const schedule = page.getByRole('dialog', { name: 'Schedule interview' });
  await expect(schedule).toBeVisible();
  await expect(schedule.getByText('Bo Sato for Weekend Barista')).toBeVisible();
});

test('Ctrl+1 and Ctrl+2 (Go → Today and Reports) open those screens, by the shortcut and by the menu', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles');
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await hb.open('#/candidates');
  await page.evaluate(() => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit('menu:go-reports', {}));
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  await page.evaluate(() => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit('menu:go-today', {}));
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
});
