// Playwright UI: a role's interview kit: built from the requirements (one criterion each), edited, an own
// question added and moved by keyboard, saved (read back from the database), remove with undo, the leave
// guard, the PDF and the printout, and an axe check.
import fs from 'node:fs';
import { expectNoSeriousViolations } from './axe';
import { expect, roleInput, test, type Hirebook } from './fixtures';
import { keyboardDragReady } from './pipeline-fixtures';
import { choose, pdfText, PRINT_TEST_MS } from './postings-fixtures';

const REQUIREMENTS = ['Two years behind an espresso bar', 'Weekend availability', 'Calm with a queue out the door'];

async function seedRole(hb: Hirebook): Promise<string> {
  const role = await hb.call('roles:create', roleInput());
  const html = `<ul>${REQUIREMENTS.map((r) => `<li>${r}</li>`).join('')}</ul>`;
  await hb.call('descriptions:save', { roleId: role.id, sections: [{ kind: 'requirements', heading: 'What you bring', html }] });
  return role.id;
}

function storedKit(hb: Hirebook): { kind: string; label: string; question: string; source: string }[] {
  return hb.rows('SELECT kind, label, question, source FROM kit_items WHERE removed_at IS NULL ORDER BY position');
}

test('a kit built from the requirements is edited, reordered by keyboard and saved', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb);
  await hb.open(`#/roles/${roleId}/pipeline`);
  await page.getByRole('button', { name: 'Interview kit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Interview kit: Weekend Barista' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'This role has no interview kit yet' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Add 3 from requirements' }).click();
  await expect(page.getByText('Added 3 criteria from the requirements')).toBeVisible();
  const items = page.getByRole('list', { name: 'Kit items' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  expect(storedKit(hb)).toEqual(REQUIREMENTS.map((label) => ({ kind: 'criterion', label, question: '', source: 'requirement' })));
  await expect(page.getByRole('button', { name: /from requirements/ })).toHaveCount(0);

  await page.getByLabel('Criterion 1', { exact: true }).fill('Three years behind an espresso bar');
  await page.getByLabel('Question for criterion 2 (optional)').fill('Which weekends could you not work?');
  await page.getByRole('button', { name: 'Add question' }).click();
  await expect(page.getByLabel('Question 4', { exact: true })).toBeFocused();
  await page.keyboard.type('Why this café?');
  await expect(page.getByText('Unsaved changes')).toBeVisible();

  const handle = page.getByRole('button', { name: 'Drag to reorder Question 4' });
  await handle.focus();
  await page.keyboard.press('Space');
  await keyboardDragReady(page);
  for (const position of [3, 2, 1]) {
    await page.keyboard.press('ArrowUp');
    await expect(page.getByText(`Question 4 is over position ${position} of 4.`)).toBeAttached();
  }
  await page.keyboard.press('Space');
  await expect(items.first()).toHaveAccessibleName('Question 1: Why this café?');
  await expectNoSeriousViolations(page);

  await page.keyboard.press('Control+s');
  await expect(page.getByText('Kit saved')).toBeVisible();
  await expect(page.getByText('4 items · all changes saved')).toBeVisible();
  expect(storedKit(hb)).toEqual([
    { kind: 'question', label: 'Why this café?', question: '', source: 'owner' },
    { kind: 'criterion', label: 'Three years behind an espresso bar', question: '', source: 'requirement' },
    { kind: 'criterion', label: 'Weekend availability', question: 'Which weekends could you not work?', source: 'requirement' },
    { kind: 'criterion', label: 'Calm with a queue out the door', question: '', source: 'requirement' },
  ]);
});

test('removing has undo, a blank item is refused, and leaving with unsaved edits asks first', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb);
  await hb.call('kits:generate', { roleId });
  await hb.open(`#/roles/${roleId}/kit`);
  const items = page.getByRole('list', { name: 'Kit items' }).getByRole('listitem');
  await expect(items).toHaveCount(3);

  await page.getByRole('button', { name: 'Remove Criterion 2' }).click();
  await expect(items).toHaveCount(2);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  await expect(items.nth(1)).toHaveAccessibleName('Criterion 2: Weekend availability');

  await page.getByRole('button', { name: 'Move Criterion 3 up' }).click();
  await page.getByRole('button', { name: 'Add criterion' }).click();
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByText('Write the criterion or question')).toBeVisible();
  await expect(page.getByLabel('Criterion 4', { exact: true })).toBeFocused();
  expect(storedKit(hb).map((i) => i.label)).toEqual(REQUIREMENTS);

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  const guard = page.getByRole('alertdialog', { name: 'Discard unsaved changes?' });
  await guard.getByRole('button', { name: 'Keep editing' }).click();
  await page.getByLabel('Criterion 4', { exact: true }).fill('Latte art');
  await page.getByRole('button', { name: 'Save kit' }).click();
  await expect(page.getByText('Kit saved')).toBeVisible();
  expect(storedKit(hb).map((i) => i.label)).toEqual([REQUIREMENTS[0], REQUIREMENTS[2], REQUIREMENTS[1], 'Latte art']);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
});

test('the kit saves as a PDF and prints through the posting printer', async ({ hb }, testInfo) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  const roleId = await seedRole(hb);
  await hb.call('kits:generate', { roleId });
  await hb.open('#/roles');
  await choose(page, page.getByRole('button', { name: 'More actions for Weekend Barista' }), 'Interview kit');
  await expect(page.getByRole('list', { name: 'Kit items' }).getByRole('listitem')).toHaveCount(3);
  // An unsaved edit is saved first, so the PDF shows what is on screen.
  await page.getByLabel('Question for criterion 1 (optional)').fill('Tell me about your busiest shift.');
  const download = page.waitForEvent('download');
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Save PDF…');
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(file);
  for (const words of ['Weekend Barista', ...REQUIREMENTS, 'Tell me about your busiest shift.']) expect(text).toContain(words);
  expect(storedKit(hb)[0]?.question).toBe('Tell me about your busiest shift.');

  await choose(page, page.getByRole('button', { name: 'Export' }), 'Print…');
  await expect(page.getByText('Sent to the printer')).toBeVisible();
  expect(hb.platform.printed).toHaveLength(1);
  expect(hb.platform.printed[0]?.html).toBe((await hb.call('kits:html', { roleId })).html);
});
