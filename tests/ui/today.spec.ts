// Playwright UI: Today, the home screen, on the sample data and on an empty data folder: the core's
// sections and items as the owner sees them, each item one click to where the owner acts, leaving Today
// makes later applicants the new ones, and an empty folder offers the first-run actions.
import type { Today } from '../../electron/contract';
import { expect, test } from './fixtures';

const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;

function section(today: Today, key: Today['sections'][number]['key']) {
  const found = today.sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key}`);
  return found;
}

test('Today lists what the core says needs the owner, section by section', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  const today = await hb.call('today:get', { timeZone: zone });
  expect(today.state).toBe('busy');
  await hb.open('');
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  for (const s of today.sections) {
    const card = page.getByRole('region', { name: new RegExp(`^${s.title}`) });
    if (s.items.length === 0) {
      await expect(card).toHaveCount(0);
      await expect(page.getByText('All clear:')).toBeVisible();
      continue;
    }
    await expect(card.getByRole('heading', { level: 2 })).toHaveText(`${s.title} ${s.total}`);
    await expect(card.getByText(s.definition)).toBeVisible();
    const titles = await card.locator('.today-item-title').allInnerTexts();
    expect(titles).toEqual(s.items.map((i) => i.title));
    const details = await card.locator('.today-item-detail').allInnerTexts();
    expect(details).toEqual(s.items.map((i) => i.detail));
  }
});

test('each item takes one click to where the owner acts on it', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  const today = await hb.call('today:get', { timeZone: zone });

  // A new applicant's Profile: the candidate (first: leaving Today makes them no longer new).
  await hb.open('');
  const fresh = section(today, 'new-applicants').items[0];
  await page.getByRole('button', { name: `Profile: ${fresh?.title ?? ''}` }).click();
  await expect(page).toHaveURL(new RegExp(`#/candidates/${fresh?.ids.candidateId}$`));

  // Feedback not submitted: that interviewer's scorecard in interview mode.
  const owed = section(today, 'feedback').items[0];
  expect(owed).toBeDefined();
  await hb.open('');
  await page.getByRole('region', { name: /^Feedback to write/ }).getByRole('button', { name: owed?.title ?? '' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${owed?.ids.interviewId}/mode\\?interviewer=${owed?.link.focus}$`));

  // An open role with no applicants: its board.
  const empty = section(today, 'no-applicants').items[0];
  await hb.open('');
  await page.getByRole('region', { name: /^No applicants yet/ }).getByRole('button', { name: empty?.title ?? '' }).click();
  await expect(page).toHaveURL(new RegExp(`#/roles/${empty?.ids.roleId}/pipeline$`));
  await expect(page.getByRole('heading', { level: 1, name: empty?.title ?? '' })).toBeVisible();

  // A candidate waiting too long: their card on their role's board, focused.
  const waiting = section(today, 'waiting').items[0];
  await hb.open('');
  await page.getByRole('region', { name: /^Waiting/ }).getByRole('button', { name: waiting?.title ?? '' }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/roles/${waiting?.ids.roleId}/pipeline\\?card=${waiting?.ids.applicationId}$`));
  await expect(page.getByTestId('board-card').filter({ has: page.locator(':focus') })).toHaveClass(/board-card-spotlit/);
});

test('an interview today has Start, which opens interview mode', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  const today = await hb.call('today:get', { timeZone: zone });
  const interview = [...section(today, 'interviews-today').items, ...section(today, 'interviews-tomorrow').items][0];
  test.skip(interview === undefined, 'the sample data has no interview today or tomorrow at this hour');
  await hb.open('');
  await page.getByRole('button', { name: `Start: ${interview?.title ?? ''}` }).first().click();
  await expect(page).toHaveURL(new RegExp(`#/interviews/${interview?.ids.interviewId}/mode$`));
});

test('leaving Today makes only later applicants new', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('');
  const fresh = page.getByRole('region', { name: /^New applicants/ });
  await expect(fresh).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expect.poll(async () => (await hb.call('today:get', { timeZone: zone })).lastLeftAt).not.toBeNull();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(page.locator('.today-clear')).toContainText('New applicants');
  await expect(fresh).toHaveCount(0);
});

test('closing the window on Today leaves it too', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('');
  await expect(page.getByRole('region', { name: /^New applicants/ })).toBeVisible();
  expect((await hb.call('today:get', { timeZone: zone })).lastLeftAt).toBeNull();
  // A closing window takes the page away without React unmounting Today; the page is told by "pagehide"
  // (sent here by hand: Playwright's bridge, unlike Electron's IPC, drops a call made while the page unloads).
  await page.evaluate("window.dispatchEvent(new Event('pagehide'))");
  await expect.poll(async () => (await hb.call('today:get', { timeZone: zone })).lastLeftAt).not.toBeNull();
});

test('an empty data folder offers the first-run actions, and loading the sample fills Today', async ({ hb }) => {
  const { page } = hb;
  await hb.open('');
  await expect(page.getByRole('heading', { name: 'Welcome to Hirebook' })).toBeVisible();
  for (const name of ['New role', 'Import a job description', 'Load sample data', 'Restore from a backup']) {
    await expect(page.getByRole('button', { name })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('region', { name: /^Feedback to write/ })).toBeVisible();
  expect(hb.rows('SELECT id FROM roles').length).toBeGreaterThan(0);
});
