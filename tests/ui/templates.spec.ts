// Playwright UI: the template gallery: search, preview and use a template for a new role or an existing one,
// and save a role's description as the owner's own template, find it, and delete it.
import { expect, test } from './fixtures';
import { editorOf, openDescription, sectionRows, seedRole } from './descriptions-fixtures';

test('search the gallery for barista, preview it, and start a new role from it', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  await page.getByRole('button', { name: 'Start from a template' }).click();
  await expect(page.getByRole('heading', { name: 'Template gallery' })).toBeVisible();
  await page.getByLabel('Search templates').fill('barista');
  const card = page.getByRole('button', { name: /^Barista/ });
  await expect(card).toBeVisible();
  await expect(page.getByRole('button', { name: /^Plumber/ })).toHaveCount(0);
  await card.click();
  const preview = page.getByRole('complementary', { name: 'Template preview' });
  await expect(preview.getByRole('heading', { name: 'Barista', level: 2 })).toBeVisible();
  const headings = await preview.locator('.preview-heading').allInnerTexts();
  expect(headings.length).toBeGreaterThan(2);

  await preview.getByRole('button', { name: 'Use this template' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Barista' })).toBeVisible();
  const [role] = hb.rows<{ id: string; title: string }>('SELECT id, title FROM roles');
  expect(role?.title).toBe('Barista');
  const rows = sectionRows(hb, role?.id ?? '');
  expect(rows.map((r) => r.heading)).toEqual(headings);
  await expect(editorOf(page, headings[0] ?? '')).toBeVisible();
});

test('a template replaces an existing role’s description after confirming, keeping a version', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, [{ kind: 'summary', heading: 'Summary', html: '<p>Our old words.</p>' }], { title: 'Morning cook' });
  await openDescription(hb, roleId);
  await page.getByRole('button', { name: 'Use a template' }).click();
  await page.getByLabel('Search templates').fill('line cook');
  await page.getByRole('button', { name: /^Line cook/i }).click();
  await page.getByRole('button', { name: 'Use this template' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Replace the description of “Morning cook”?' });
  await confirm.getByRole('button', { name: 'Replace description' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Morning cook' })).toBeVisible();
  await expect(page.getByText('Our old words.')).toHaveCount(0);
  expect(sectionRows(hb, roleId).length).toBeGreaterThan(1);
  expect(hb.rows('SELECT reason FROM role_revisions WHERE role_id = ?', roleId)).toContainEqual({ reason: 'before_template' });
});

test('save a description as a template, find it in the gallery marked as yours, then delete it', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, [{ kind: 'summary', heading: 'Summary', html: '<p>Harbour coffee, made with care.</p>' }], { title: 'Harbour barista' });
  await openDescription(hb, roleId);
  await page.getByRole('button', { name: 'Save as template' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save as template' });
  await dialog.getByLabel('Template name').fill('Harbour house barista');
  await dialog.getByLabel('Category').selectOption('Food & drink');
  await dialog.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved “Harbour house barista” as a template')).toBeVisible();
  expect(hb.rows<{ name: string; category: string }>('SELECT name, category FROM templates')).toEqual([{ name: 'Harbour house barista', category: 'Food & drink' }]);

  await page.getByRole('button', { name: 'Open gallery' }).click();
  await page.getByLabel('Search templates').fill('harbour');
  const card = page.getByRole('button', { name: /^Harbour house barista/ });
  await expect(card).toContainText('Yours');
  await card.click();
  const preview = page.getByRole('complementary', { name: 'Template preview' });
  await expect(preview.locator('.preview-section').getByText('Harbour coffee, made with care.')).toBeVisible();
  await preview.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete template' }).click();
  await expect(card).toHaveCount(0);
  expect(hb.rows('SELECT id FROM templates')).toEqual([]);
});
