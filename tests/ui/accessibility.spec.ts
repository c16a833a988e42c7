// Playwright UI: axe-core finds no serious or critical accessibility problems on the main screens.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('roles list, role form (with errors) and Settings pass axe', async ({ hb }) => {
  const { page } = hb;
  // Toasts fade in; without motion axe measures their final colours, not a half-transparent frame.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await hb.open();
  await expect(page.getByRole('heading', { name: 'No roles yet' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('table').getByRole('button', { name: /^Edit / }).first().click();
  await expect(page.getByLabel('Job title')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByLabel('Job title').fill('');
  await page.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByLabel('Job title')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousViolations(page);

  await page.getByRole('link', { name: 'Roles' }).first().click();
  await page.getByRole('button', { name: 'Discard changes' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Company profile' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
