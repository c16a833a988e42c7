// Playwright UI: the quality coach beside the editor: findings for a posting with coded words and clichés,
// their highlights inside the editor, swapping a word for a suggestion (exactly where it was flagged, and
// undoable), asking for the owner's own words, and "Go to" a role field.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorOf, expectSaved, openDescription, sectionRows, seedRole } from './descriptions-fixtures';

const POSTING = [
  { kind: 'summary' as const, heading: 'Summary', html: '<p>We want a competitive rockstar to lead our kitchen.</p>' },
  { kind: 'responsibilities' as const, heading: 'Duties and responsibilities', html: '<ul><li><p>Cook lunch for forty guests</p></li></ul>' },
];

test('the coach shows its score and findings, and marks coded words and clichés in the editor', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, POSTING);
  await openDescription(hb, roleId);
  const coach = page.getByRole('tabpanel');
  await expect(coach.getByText(/^Posting score: \d+ out of 100/)).toBeVisible();
  await expect(coach.getByRole('heading', { name: 'Top fixes' })).toBeVisible();
  await expect(coach.locator('[data-finding="no-salary"]')).toBeVisible();
  await expect(coach.locator('[data-finding="masculine-coded-words"]')).toContainText('competitive');

  const summary = editorOf(page, 'Summary');
  const rockstar = summary.locator('.coach-mark', { hasText: 'rockstar' });
  await expect(rockstar).toBeVisible();
  await expect(rockstar).toHaveAttribute('title', /Try:/);
  await expect(summary.locator('.coach-mark-masculine-coded', { hasText: 'competitive' })).toBeVisible();
  // Headings are not scored: the heading input carries no marks and the coach never names it.
  await expect(page.locator('.section-card-head .coach-mark')).toHaveCount(0);

  // Typing moves the marks with the text, and the next check follows the new words.
  await summary.click();
  await page.keyboard.press('Home');
  await page.keyboard.type('Hello. ');
  await expect(summary.locator('.coach-mark', { hasText: 'rockstar' })).toBeVisible();
});

test('a suggested word replaces the coded word in the editor and the database', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, POSTING);
  await openDescription(hb, roleId);
  const finding = page.locator('[data-finding="masculine-coded-words"]');
  const swap = finding.getByRole('button', { name: /^Replace “lead” with/ }).first();
  await expect(swap).toBeVisible();
  const word = (await swap.innerText()).trim();
  await swap.click();
  await expect(editorOf(page, 'Summary')).toContainText(`rockstar to ${word} our kitchen`);
  await expectSaved(page);
  expect(sectionRows(hb, roleId)[0]?.html).toContain(`to ${word} our kitchen`);
});

test('the “no salary” finding takes the owner to the salary field of the role form', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, POSTING);
  await openDescription(hb, roleId);
  await page.locator('[data-finding="no-salary"]').first().getByRole('button', { name: 'Go to minimum salary' }).click();
  await expect(page.getByLabel('Minimum salary')).toBeFocused();
  expect(page.url()).toContain(`#/roles/${roleId}/edit?field=salaryMin`);
});

// The same cliché in two sections, typed by the owner: each fix must change only the place it flagged.
const TWO_SECTIONS = [
  { kind: 'summary' as const, heading: 'Summary', html: '' },
  { kind: 'responsibilities' as const, heading: 'Duties and responsibilities', html: '' },
];
const SUMMARY_TEXT = 'Join our fast-paced environment every day.';
const DUTIES_TEXT = 'Stay calm in a fast-paced environment at lunch.';
const PHRASE = '“fast-paced environment”';

async function typeTwoSections(page: Page): Promise<void> {
  for (const [heading, text] of [['Duties and responsibilities', DUTIES_TEXT], ['Summary', SUMMARY_TEXT]] as const) {
    const editor = editorOf(page, heading);
    await editor.click();
    await page.keyboard.type(text);
    await expect(editor).toHaveText(text);
  }
}

test('a swap changes only the occurrence it flagged, in its own section, and undo puts it back', async ({ hb }) => {
  // Typing two sentences key by key takes a while on a busy machine (up to ~50 s seen at load).
  test.setTimeout(150_000);
  const { page } = hb;
  const roleId = await seedRole(hb, TWO_SECTIONS);
  await openDescription(hb, roleId);
  await typeTwoSections(page);
  const cliches = page.locator('[data-finding="cliches"]');
  // Both places are offered, each named by its section.
  await expect(cliches.getByText('in Summary', { exact: true })).toBeVisible();
  await expect(cliches.getByText('in Duties and responsibilities', { exact: true })).toBeVisible();

  await cliches.getByRole('button', { name: `Replace ${PHRASE} with “busy”, in Duties and responsibilities`, exact: true }).click();
  const summary = editorOf(page, 'Summary');
  const duties = editorOf(page, 'Duties and responsibilities');
  await expect(duties).toHaveText('Stay calm in a busy at lunch.');
  await expect(summary).toHaveText(SUMMARY_TEXT);
  // The coach checks again: the first section is still flagged, the second no longer.
  await expect(summary.locator('.coach-mark', { hasText: 'fast-paced environment' })).toBeVisible();
  await expect(duties.locator('.coach-mark')).toHaveCount(0);
  await expect(cliches.getByRole('button', { name: new RegExp(`^Replace ${PHRASE} with “busy”`) })).toHaveCount(1);
  await expect.poll(() => sectionRows(hb, roleId).map((r) => r.html)).toEqual([`<p>${SUMMARY_TEXT}</p>`, '<p>Stay calm in a busy at lunch.</p>']);

  // The swap is one step in the editor's history.
  await expect(duties).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(duties).toHaveText(DUTIES_TEXT);
  await expect(summary).toHaveText(SUMMARY_TEXT);
  await expect.poll(() => sectionRows(hb, roleId).map((r) => r.html)).toEqual([`<p>${SUMMARY_TEXT}</p>`, `<p>${DUTIES_TEXT}</p>`]);
});

test('a fix that needs the owner’s words asks for them and inserts only what was typed; an empty box changes nothing', async ({ hb }) => {
  // Typing two sentences key by key takes a while on a busy machine (up to ~50 s seen at load).
  test.setTimeout(150_000);
  const { page } = hb;
  const roleId = await seedRole(hb, TWO_SECTIONS);
  await openDescription(hb, roleId);
  await typeTwoSections(page);
  const summary = editorOf(page, 'Summary');
  const duties = editorOf(page, 'Duties and responsibilities');
  const cliches = page.locator('[data-finding="cliches"]');

  await cliches.getByRole('button', { name: `Say how busy: replace ${PHRASE} with your own words, in Summary`, exact: true }).click();
  const words = cliches.getByRole('textbox', { name: `Say how busy, in your words, instead of ${PHRASE}:`, exact: true });
  await expect(words).toBeFocused();
  await expect(words).toHaveAttribute('placeholder', 'e.g. about 200 orders a day');
  const replace = cliches.getByRole('button', { name: 'Replace', exact: true });

  // Empty, or only spaces: nothing is inserted, and the owner is told why.
  for (const typed of ['', '   ']) {
    await words.fill(typed);
    await replace.click();
    await expect(cliches.getByRole('alert')).toHaveText('Type your words first. Nothing was changed.');
    await expect(summary).toHaveText(SUMMARY_TEXT);
    await expect(duties).toHaveText(DUTIES_TEXT);
  }

  await words.fill('kitchen of 150 covers a night');
  await replace.click();
  await expect(summary).toHaveText('Join our kitchen of 150 covers a night every day.');
  await expect(duties).toHaveText(DUTIES_TEXT);
  await expect(words).toHaveCount(0);
  for (const instruction of ['how busy', 'e.g.', '200 orders']) {
    await expect(summary).not.toContainText(instruction);
    await expect(duties).not.toContainText(instruction);
  }
  await expect.poll(() => sectionRows(hb, roleId).map((r) => r.html)).toEqual(['<p>Join our kitchen of 150 covers a night every day.</p>', `<p>${DUTIES_TEXT}</p>`]);

  await expect(summary).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(summary).toHaveText(SUMMARY_TEXT);
});

test('when the text changed since the coach read it, a fix changes nothing and says so', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, [
    { kind: 'summary', heading: 'Summary', html: `<p>${SUMMARY_TEXT}</p>` },
    { kind: 'responsibilities', heading: 'Duties and responsibilities', html: `<p>${DUTIES_TEXT}</p>` },
  ]);
  await openDescription(hb, roleId);
  const cliches = page.locator('[data-finding="cliches"]');
  const swapInSummary = cliches.getByRole('button', { name: `Replace ${PHRASE} with “busy”, in Summary`, exact: true });
  await expect(swapInSummary).toBeVisible();

  // The owner types before the phrase while the coach has not yet read the new text.
  const release = hb.hold('jd:check');
  const summary = editorOf(page, 'Summary');
  await summary.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('Hi. ');
  await expect(summary).toHaveText(`Hi. ${SUMMARY_TEXT}`);
  await swapInSummary.click();
  await expect(cliches.getByRole('alert')).toHaveText(
    'That text has changed since the coach read it, so nothing was replaced. The coach will check the new text in a moment.',
  );
  await expect(summary).toHaveText(`Hi. ${SUMMARY_TEXT}`);
  await expect(editorOf(page, 'Duties and responsibilities')).toHaveText(DUTIES_TEXT);

  // Once the coach has read the new text, the same fix lands where the phrase now is. Its row is keyed by the
  // phrase's offset, so the row read before the typing is replaced when the new reading arrives: mark it, and
  // wait for it to go (the highlight alone was already there from the old reading).
  await swapInSummary.evaluate((button) => (button as { setAttribute(name: string, value: string): void }).setAttribute('data-old-reading', ''));
  release();
  await expect(cliches.locator('[data-old-reading]')).toHaveCount(0);
  await expect(summary.locator('.coach-mark', { hasText: 'fast-paced environment' })).toBeVisible();
  await swapInSummary.click();
  await expect(summary).toHaveText('Hi. Join our busy every day.');
  await expect(cliches.getByRole('alert')).toHaveCount(0);
});
