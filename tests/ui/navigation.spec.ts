// Playwright UI: the sidebar, the home screen (Today), Ctrl/Cmd+N, and the unsaved-changes guard.
import { expect, test } from './fixtures';

test('the app opens on Today and the sidebar reaches every screen', async ({ hb }) => {
  const { page } = hb;
  await hb.open('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Today' })).toHaveAttribute('aria-current', 'page');
  await expect(nav.getByRole('listitem').first()).toHaveText('Today');

  for (const [link, heading] of [
    ['Roles', 'No roles yet'],
    ['Candidates', 'No candidates yet'],
    ['Interviews', 'No interviews yet'],
    ['Reports', 'Pipeline funnel'],
  ] as const) {
    await nav.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { level: 1, name: link })).toBeVisible();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expect(nav.getByRole('link', { name: link })).toHaveAttribute('aria-current', 'page');
  }
  await nav.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
});

test('Ctrl+N opens a new role; leaving with unsaved changes asks first', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  await page.keyboard.press('Control+n');
  await expect(page.getByRole('heading', { name: 'New role' })).toBeVisible();
  await page.getByLabel('Job title').fill('Florist');

  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Reports' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await dialog.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Job title')).toHaveValue('Florist');

  await nav.getByRole('link', { name: 'Reports' }).click();
  await dialog.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();
  expect(hb.rows('SELECT id FROM roles')).toHaveLength(0);
});

test('a form without changes is left without a question', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles/new');
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
});

test('one save model: screens with a Save button say what is unsaved and ask before leaving it', async ({ hb }) => {
  const { page } = hb;
  const nav = page.getByRole('navigation', { name: 'Main' });
  const leave = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });

  // The company profile: stated on screen, guarded, and saved changes leave freely.
  await hb.open('#/settings');
  const footer = page.locator('form[aria-labelledby="company-heading"] .card-footer');
  await expect(footer.getByRole('status')).toHaveText('All changes saved');
  await page.getByLabel('Company name').fill('Harbour Café');
  await expect(footer.getByRole('status')).toHaveText('Unsaved changes');
  await nav.getByRole('link', { name: 'Roles' }).click();
  await leave.getByRole('button', { name: 'Keep editing' }).click();
  await expect(page.getByLabel('Company name')).toHaveValue('Harbour Café');
  await page.getByRole('button', { name: 'Save company profile' }).click();
  await expect(footer.getByRole('status')).toHaveText('All changes saved');
  expect(hb.rows<{ name: string }>('SELECT name FROM companies')[0]?.name).toBe('Harbour Café');
  await nav.getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expect(leave).toBeHidden();

  // The candidate form: guarded until saved; a save goes on to the profile without asking.
  await hb.open('#/candidates/new');
  await page.getByLabel('Full name').fill('Ada Quinn');
  await nav.getByRole('link', { name: 'Interviews' }).click();
  await leave.getByRole('button', { name: 'Discard changes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interviews' })).toBeVisible();
  expect(hb.rows('SELECT id FROM candidates')).toHaveLength(0);

  await hb.open('#/candidates/new');
  await page.getByLabel('Full name').fill('Bo Sato');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bo Sato' })).toBeVisible();
  await expect(leave).toBeHidden();
  expect(hb.rows<{ full_name: string }>('SELECT full_name FROM candidates').map((r) => r.full_name)).toEqual(['Bo Sato']);
});
