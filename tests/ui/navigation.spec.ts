// Playwright UI: the sidebar, the placeholder screens, Ctrl/Cmd+N, and the unsaved-changes guard.
import { expect, test } from './fixtures';

test('the app opens on Roles and the sidebar reaches every screen', async ({ hb }) => {
  const { page } = hb;
  await hb.open('');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Roles' })).toHaveAttribute('aria-current', 'page');

  for (const [link, heading] of [
    ['Candidates', 'No candidates yet'],
    ['Interviews', 'No interviews yet'],
    ['Reports', 'Reports are coming'],
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
