// Playwright UI: a refused save shows each message beside its field, focuses the first, keeps what was typed, writes nothing.
import { expect, test } from './fixtures';

test('validation messages appear beside the fields and nothing typed is lost', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles/new');
  await page.getByLabel('Department').fill('Kitchen');
  await page.getByLabel('Minimum salary').fill('25');
  await page.getByLabel('Maximum salary').fill('18');
  await page.getByLabel('Posting date').fill('2026-04-10');
  await page.getByLabel('Closing date').fill('2026-04-01');
  await page.getByRole('button', { name: 'Save role' }).click();

  await expect(page.getByRole('alert').filter({ hasText: '3 fields need attention' })).toBeVisible();
  const title = page.getByLabel('Job title');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('Give the role a title');
  await expect(title).toBeFocused();
  await expect(page.getByLabel('Maximum salary')).toHaveAccessibleDescription('Maximum must be at least the minimum');
  await expect(page.getByLabel('Closing date')).toHaveAccessibleDescription('Closing date must be after the posting date');
  await expect(page.getByLabel('Minimum salary')).toHaveAttribute('aria-invalid', 'false');

  // Everything typed is still there.
  await expect(page.getByLabel('Department')).toHaveValue('Kitchen');
  await expect(page.getByLabel('Minimum salary')).toHaveValue('25');
  await expect(page.getByLabel('Maximum salary')).toHaveValue('18');
  await expect(page.getByLabel('Posting date')).toHaveValue('2026-04-10');
  await expect(page.getByLabel('Closing date')).toHaveValue('2026-04-01');
  expect(hb.rows('SELECT id FROM roles')).toHaveLength(0);

  // A title that is too long is refused too, and kept in the box.
  const longTitle = 'Pastry chef '.repeat(17).trim();
  expect(longTitle.length).toBeGreaterThan(200);
  await title.fill(longTitle);
  await page.getByLabel('Maximum salary').fill('30');
  await page.getByLabel('Closing date').fill('2026-04-30');
  await page.keyboard.press('Control+s');
  await expect(title).toHaveAccessibleDescription('Keep this under 200 characters');
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(longTitle);
  await expect(page.getByLabel('Maximum salary')).toHaveAttribute('aria-invalid', 'false');
  expect(hb.rows('SELECT id FROM roles')).toHaveLength(0);

  // Fixed: it saves, with the values that were kept.
  await title.fill('Pastry chef');
  await page.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Pastry chef' })).toBeVisible();
  expect(hb.rows('SELECT title, department, salary_min, salary_max, posted_on, closes_on FROM roles')).toEqual([
    { title: 'Pastry chef', department: 'Kitchen', salary_min: 25, salary_max: 30, posted_on: '2026-04-10', closes_on: '2026-04-30' },
  ]);
});

test('a bad email and web address are explained beside their fields', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles/new');
  await page.getByLabel('Job title').fill('Dental hygienist');
  await page.getByLabel('Application email').fill('not-an-email');
  await page.getByLabel('Application web address').fill('javascript:alert(1)');
  await page.getByLabel('Openings').fill('0');
  await page.getByRole('button', { name: 'Save role' }).click();
  await expect(page.getByLabel('Openings')).toHaveAccessibleDescription(/At least one opening/);
  await expect(page.getByLabel('Openings')).toBeFocused();
  await expect(page.getByLabel('Application email')).toHaveAccessibleDescription('Enter a valid email address');
  await expect(page.getByLabel('Application web address')).toHaveAccessibleDescription('Enter a web address starting with https://');
  expect(hb.rows('SELECT id FROM roles')).toHaveLength(0);
});
