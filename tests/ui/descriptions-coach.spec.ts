// Playwright UI: the quality coach beside the editor: findings for a posting with coded words and clichés,
// their highlights inside the editor, swapping a word for a suggestion, and "Go to" a role field.
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
