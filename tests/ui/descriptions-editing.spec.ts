// Playwright UI: editing a job description: typing autosaves (status, database, reload), undo/redo, adding,
// removing and reordering sections by keyboard and by mouse, and hostile paste ending up inert.
import { expect, test } from './fixtures';
import { editorOf, expectSaved, openDescription, sectionRows, seedRole } from './descriptions-fixtures';

const THREE = [
  { kind: 'summary' as const, heading: 'Summary', html: '<p>Pour great coffee.</p>' },
  { kind: 'responsibilities' as const, heading: 'Duties and responsibilities', html: '<ul><li><p>Greet guests</p></li></ul>' },
  { kind: 'benefits' as const, heading: 'Benefits', html: '<p>Free coffee.</p>' },
];

test('typing in a section autosaves within a second, shows Saved, and survives a reload', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  const summary = editorOf(page, 'Summary');
  await summary.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Weekend shifts, 7am to 1pm.');
  await expect(page.getByRole('status').filter({ hasText: /Saving…|Saved/ })).toBeVisible();
  await expectSaved(page);
  expect(sectionRows(hb, roleId)[0]?.html).toContain('Weekend shifts, 7am to 1pm.');

  await page.reload();
  await expect(editorOf(page, 'Summary')).toContainText('Pour great coffee. Weekend shifts, 7am to 1pm.');
});

test('undo and redo in the editor, by keyboard and toolbar, reach the database', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  const benefits = editorOf(page, 'Benefits');
  await benefits.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' And a staff meal.');
  await expect(benefits).toContainText('And a staff meal.');
  await page.keyboard.press('Control+z');
  await expect(benefits).not.toContainText('And a staff meal.');
  await expectSaved(page);
  expect(sectionRows(hb, roleId)[2]?.html).not.toContain('staff meal');
  await page.getByRole('toolbar', { name: 'Formatting: Text: Benefits' }).getByRole('button', { name: 'Redo' }).click();
  await expect(benefits).toContainText('And a staff meal.');
  await expectSaved(page);
  expect(sectionRows(hb, roleId)[2]?.html).toContain('staff meal');
});

test('sections are added, removed (with undo) and reordered with Move up / Move down', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);

  await page.getByLabel('Add a section').selectOption({ label: 'How to apply' });
  await page.getByRole('button', { name: 'Add section' }).click();
  await expect(editorOf(page, 'How to apply')).toBeFocused();
  await page.keyboard.type('Email jobs@example.com');
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.kind)).toEqual(['summary', 'responsibilities', 'benefits', 'how_to_apply']);

  await page.getByRole('button', { name: 'Move How to apply up' }).click();
  await page.getByRole('button', { name: 'Move How to apply up' }).click();
  await expect(page.getByRole('button', { name: 'Move How to apply up' })).toBeFocused();
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.heading)).toEqual(['Summary', 'How to apply', 'Duties and responsibilities', 'Benefits']);
  await page.getByRole('button', { name: 'Move Summary down' }).click();
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.heading)).toEqual(['How to apply', 'Summary', 'Duties and responsibilities', 'Benefits']);

  await page.getByRole('button', { name: 'Remove Benefits' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove section' }).click();
  await expect(editorOf(page, 'Benefits')).toHaveCount(0);
  await expectSaved(page);
  expect(sectionRows(hb, roleId)).toHaveLength(3);
  await page.getByRole('button', { name: 'Undo' }).last().click();
  await expect(editorOf(page, 'Benefits')).toContainText('Free coffee.');
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.heading)).toEqual(['How to apply', 'Summary', 'Duties and responsibilities', 'Benefits']);
});

test('a section is reordered with the keyboard through its drag handle (Space, ArrowUp, Space)', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  const handle = page.getByRole('button', { name: 'Drag to reorder Benefits' });
  await handle.focus();
  await page.keyboard.press('Space');
  // dnd-kit starts listening for the arrow keys just after the drag starts, as a person's next key would be.
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Benefits is over position 2 of 3.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Benefits dropped at position 2 of 3.')).toBeAttached();
  await expect(page.getByRole('listitem', { name: /^Section 2: Benefits$/ })).toBeVisible();
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.kind)).toEqual(['summary', 'benefits', 'responsibilities']);
});

test('a section is reordered by dragging its handle with the mouse', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  const handle = page.getByRole('button', { name: 'Drag to reorder Summary' });
  const target = page.getByRole('listitem', { name: 'Section 3: Benefits' });
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('no boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + 20, { steps: 4 });
  await page.mouse.move(from.x + from.width / 2, to.y + to.height - 10, { steps: 12 });
  await page.mouse.up();
  await expect(page.getByRole('listitem', { name: 'Section 3: Summary' })).toBeVisible();
  await expectSaved(page);
  expect(sectionRows(hb, roleId).map((r) => r.kind)).toEqual(['responsibilities', 'benefits', 'summary']);
});

test('pasting hostile HTML leaves nothing that runs, on screen or in the database', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  await editorOf(page, 'Summary').click();
  await page.keyboard.press('End');
  const hostile =
    '<p>Safe words <img src="x" onerror="window.__pwned = true"><script>window.__pwned = true</script>' +
    '<a href="javascript:window.__pwned=true">click</a> <b style="color:red" onclick="window.__pwned=true">bold</b></p>';
  // Strings run in the page (the tests are compiled without DOM types): a paste event carrying that HTML.
  await page.evaluate(`window.__pwned = false;
    (() => {
      const data = new DataTransfer();
      data.setData('text/html', ${JSON.stringify(hostile)});
      data.setData('text/plain', 'Safe words click bold');
      const target = document.querySelector('[aria-label="Text: Summary"]');
      target.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    })()`);
  await expect(editorOf(page, 'Summary')).toContainText('Safe words');
  await expectSaved(page);
  const html = sectionRows(hb, roleId)[0]?.html ?? '';
  expect(html).toContain('Safe words');
  expect(html).not.toMatch(/<img|<script|onerror|onclick|javascript:|style=/i);
  await expect(page.locator('.section-editor img, .section-editor script')).toHaveCount(0);
  expect(await page.evaluate('window.__pwned')).toBe(false);
});

test('a save refused because the description changed elsewhere asks the owner which version to keep', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, THREE);
  await openDescription(hb, roleId);
  // Another window (or the CLI) saves a different description meanwhile.
  await hb.call('descriptions:save', { roleId, sections: [{ kind: 'summary', heading: 'Summary', html: '<p>Written elsewhere.</p>' }] });
  await editorOf(page, 'Benefits').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' Mine.');
  const banner = page.getByRole('alert').filter({ hasText: 'This description was changed somewhere else' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /^Not saved/ })).toHaveText('Not saved — changed elsewhere');
  expect(sectionRows(hb, roleId)).toHaveLength(1);

  await banner.getByRole('button', { name: 'Keep my version' }).click();
  await expectSaved(page);
  await expect(banner).toBeHidden();
  expect(sectionRows(hb, roleId).map((r) => r.heading)).toEqual(['Summary', 'Duties and responsibilities', 'Benefits']);
  expect(sectionRows(hb, roleId)[2]?.html).toContain('Free coffee. Mine.');
});
