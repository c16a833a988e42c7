// Playwright UI: revision history: save a version, edit, compare (added text in <ins>, removed in <del>),
// and restore it (the database has the old text back and a 'before_restore' revision of what was replaced).
import { expect, test } from './fixtures';
import { editorOf, expectSaved, openDescription, sectionRows, seedRole } from './descriptions-fixtures';

test('save a version, edit, compare with the current text, then restore the version', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, [{ kind: 'summary', heading: 'Summary', html: '<p>Make espresso drinks for regulars.</p>' }]);
  await openDescription(hb, roleId);

  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText('Version saved')).toBeVisible();
  expect(hb.rows('SELECT reason FROM role_revisions WHERE role_id = ?', roleId)).toEqual([{ reason: 'manual' }]);

  const summary = editorOf(page, 'Summary');
  await summary.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('Bake bread for the morning rush.');
  await expectSaved(page);
  expect(sectionRows(hb, roleId)[0]?.html).toContain('Bake bread');

  await page.getByRole('button', { name: 'History' }).click();
  const drawer = page.getByRole('dialog', { name: 'History' });
  await drawer.getByRole('button', { name: /Saved version/ }).click();
  await expect(drawer.getByText('Make espresso drinks for regulars.')).toBeVisible();
  await drawer.getByRole('button', { name: 'Compare' }).click();
  await expect(drawer.getByLabel('Compare with')).toHaveValue('current');
  await expect(drawer.locator('ins').filter({ hasText: 'Bake' })).toBeVisible();
  await expect(drawer.locator('del').filter({ hasText: 'espresso' })).toBeVisible();

  await drawer.getByRole('button', { name: 'Restore this version' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Restore version' }).click();
  await expect(drawer).toBeHidden();
  await expect(editorOf(page, 'Summary')).toHaveText('Make espresso drinks for regulars.');
  expect(sectionRows(hb, roleId)[0]?.html).toContain('Make espresso drinks for regulars.');
  const reasons = hb.rows<{ reason: string; sections_json: string }>('SELECT reason, sections_json FROM role_revisions WHERE role_id = ?', roleId);
  const before = reasons.find((r) => r.reason === 'before_restore');
  expect(before?.sections_json).toContain('Bake bread');

  // The restored text is what the editor shows and keeps editing from.
  await page.reload();
  await expect(editorOf(page, 'Summary')).toHaveText('Make espresso drinks for regulars.');
});
