// Playwright UI: importing an existing job description: paste a messy posting, correct the review, create a
// role; split a section at a missed heading and merge it back, each with Undo; leave a section out and undo it;
// open a .md file; replace an existing role's description; refuse oversized input and unreadable files.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorOf, sectionRows, seedRole } from './descriptions-fixtures';

const MESSY = `Job Title: Line Cook
Location: Portland, ME
Salary Range: $18 - $22 per hour
Employment Type: Full-time

ABOUT US
Harbour Kitchen is a 40-seat neighbourhood restaurant on the waterfront.

What will you do?
•\u00a0Prep vegetables, sauces and proteins before service
• Cook lunch and dinner on the grill and
  sauté stations
• Keep your station clean through service

Requirements:
- One year of kitchen experience
- A food handler card (or get one in your first month)

Perks
1. Staff meal every shift
2) Paid time off

Top`;

test('a pasted messy posting is reviewed, one kind corrected, and becomes a new role', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  await page.getByRole('button', { name: 'Import a job description' }).click();
  await page.getByLabel('Job description text').fill(MESSY);
  await page.getByRole('button', { name: 'Read pasted text' }).click();

  await expect(page.getByRole('heading', { name: 'Review the import' })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Line Cook');
  await expect(page.getByLabel('Minimum salary')).toHaveValue('18');
  await expect(page.getByLabel('Maximum salary')).toHaveValue('22');
  await expect(page.getByLabel('City')).toHaveValue('Portland');
  await expect(page.getByLabel('Heading of section 2')).toHaveValue('What will you do?');
  await expect(page.getByLabel('Kind of section 2')).toHaveValue('responsibilities');
  const duties = page.getByRole('listitem', { name: 'Section 2: What will you do?' });
  await expect(duties.getByLabel('Bullets')).toHaveValue(
    'Prep vegetables, sauces and proteins before service\nCook lunch and dinner on the grill and sauté stations\nKeep your station clean through service',
  );
  await expect(page.getByLabel('Heading of section 4')).toHaveValue('Perks');
  await page.getByLabel('Kind of section 1').selectOption({ label: 'Summary' });
  await page.getByLabel('Job title').fill('Line Cook (weekends)');
  await page.getByRole('button', { name: 'Create role' }).click();

  await expect(page.getByRole('heading', { name: 'Job description: Line Cook (weekends)' })).toBeVisible();
  await expect(editorOf(page, 'What will you do?')).toContainText('Cook lunch and dinner on the grill and sauté stations');
  const [role] = hb.rows<{ id: string; title: string; salary_min: number; salary_max: number; salary_period: string; location_city: string }>(
    'SELECT id, title, salary_min, salary_max, salary_period, location_city FROM roles',
  );
  expect(role).toMatchObject({ title: 'Line Cook (weekends)', salary_min: 18, salary_max: 22, salary_period: 'hour', location_city: 'Portland' });
  const rows = sectionRows(hb, role?.id ?? '');
  expect(rows.map((r) => [r.kind, r.heading])).toEqual([
    ['summary', 'ABOUT US'],
    ['responsibilities', 'What will you do?'],
    ['requirements', 'Requirements'],
    ['benefits', 'Perks'],
  ]);
  expect(rows[1]?.html.match(/<li>/g)).toHaveLength(3);
});

/** The toast that says `text` (several may be stacked). */
const toast = (page: Page, text: string) => page.locator('[data-sonner-toast]').filter({ hasText: text });

const MISSED_HEADING = `Line Cook

ABOUT US
Harbour Kitchen is a 40-seat neighbourhood restaurant on the waterfront.

Duties:
- Prep vegetables, sauces and proteins before service
- Cook lunch and dinner on the grill
- Also good to know
- Staff meal every shift
- Paid time off after 90 days`;

test('a section is split at a heading the reader missed and merged back, each with Undo, and the split is saved', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/jd-import');
  await page.getByLabel('Job description text').fill(MISSED_HEADING);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  const duties = page.getByRole('listitem', { name: 'Section 2: Duties' });
  await expect(duties.getByLabel('Bullets')).toHaveValue(/Also good to know\nStaff meal every shift/);

  // Split at the bullet that is really a heading, by keyboard in the dialog.
  await page.getByRole('button', { name: 'More for section 2' }).click();
  await page.getByRole('menuitem', { name: 'Split at a line…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Split section 2' });
  await dialog.getByRole('radio', { name: /Also good to know/ }).check();
  await dialog.getByLabel('Kind of the new section').selectOption({ label: 'Benefits' });
  await dialog.getByRole('button', { name: 'Split section' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Heading of section 3')).toHaveValue('Also good to know');
  await expect(page.getByLabel('Kind of section 3')).toHaveValue('benefits');
  await expect(page.getByRole('listitem', { name: 'Section 3: Also good to know' }).getByLabel('Bullets')).toHaveValue('Staff meal every shift\nPaid time off after 90 days');
  await expect(duties.getByLabel('Bullets')).toHaveValue('Prep vegetables, sauces and proteins before service\nCook lunch and dinner on the grill');

  // Undo puts the section back whole; splitting again, then merging back, then undoing the merge.
  await toast(page, '“Also good to know” now heads section 3').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Heading of section 3')).toHaveCount(0);
  await expect(duties.getByLabel('Bullets')).toHaveValue(/Also good to know\nStaff meal every shift/);
  await expect(toast(page, '“Also good to know” now heads section 3')).toHaveCount(0);
  await page.getByRole('button', { name: 'More for section 2' }).click();
  await page.getByRole('menuitem', { name: 'Split at a line…' }).click();
  await dialog.getByRole('button', { name: 'Split section' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Choose the line that starts the new section');
  await dialog.getByRole('radio', { name: /Also good to know/ }).check();
  await dialog.getByLabel('Kind of the new section').selectOption({ label: 'Benefits' });
  await dialog.getByRole('button', { name: 'Split section' }).click();
  await page.getByRole('button', { name: 'More for section 3' }).click();
  await page.getByRole('menuitem', { name: 'Merge into the section above' }).click();
  await expect(page.getByLabel('Heading of section 3')).toHaveCount(0);
  await expect(duties.getByLabel('Bullets')).toHaveValue(/Cook lunch and dinner on the grill\nAlso good to know\nStaff meal every shift/);
  await toast(page, 'Merged “Also good to know” into section 2').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Heading of section 3')).toHaveValue('Also good to know');
  await expect(toast(page, 'Merged “Also good to know” into section 2')).toHaveCount(0);

  // Text typed after a merge is never taken back by its Undo: it says so and keeps the sections as they are now.
  await page.getByRole('button', { name: 'More for section 3' }).click();
  await page.getByRole('menuitem', { name: 'Merge into the section above' }).click();
  await duties.getByLabel('Bullets').press('End');
  await duties.getByLabel('Bullets').pressSequentially('\nWash up at close');
  await toast(page, 'Merged “Also good to know” into section 2').getByRole('button', { name: 'Undo' }).click();
  await expect(toast(page, 'Could not undo')).toContainText('kept as they are now');
  await expect(duties.getByLabel('Bullets')).toHaveValue(/Paid time off after 90 days\nWash up at close$/);
  await expect(page.getByLabel('Heading of section 3')).toHaveCount(0);
  // Split it out again, as the owner wants it (once the dismissed toast has gone: it hands focus back as it leaves,
  // which would close a menu opened meanwhile).
  await expect(toast(page, 'Merged “Also good to know” into section 2')).toHaveCount(0);
  await page.getByRole('button', { name: 'More for section 2' }).click();
  // A menu opened near the window's foot is drawn over any toast still showing there.
  const item = page.getByRole('menuitem', { name: 'Split at a line…' });
  await expect(item).toBeVisible();
  const onTop = await page.evaluate(`(() => {
    const el = [...document.querySelectorAll('[role="menuitem"]')].find((m) => m.textContent.includes('Split at a line'));
    const box = el.getBoundingClientRect();
    const toaster = document.querySelector('[data-sonner-toaster]');
    const z = (node) => Number(getComputedStyle(node).zIndex) || 0;
    return { over: z(el.closest('[data-radix-popper-content-wrapper]') ?? el) > (toaster ? z(toaster) : 0), hit: el.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2)) };
  })()`);
  expect(onTop).toEqual({ over: true, hit: true });
  await item.click();
  await dialog.getByRole('radio', { name: /Also good to know/ }).check();
  await dialog.getByLabel('Kind of the new section').selectOption({ label: 'Benefits' });
  await dialog.getByRole('button', { name: 'Split section' }).click();
  await expect(page.getByRole('listitem', { name: 'Section 3: Also good to know' }).getByLabel('Bullets')).toHaveValue(
    'Staff meal every shift\nPaid time off after 90 days\nWash up at close',
  );

  // Leaving a section out offers Undo too.
  await page.getByRole('button', { name: 'Leave out section 1' }).click();
  await expect(page.getByLabel('Heading of section 1')).toHaveValue('Duties');
  await toast(page, 'Left out section 1, “ABOUT US”').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByLabel('Heading of section 1')).toHaveValue('ABOUT US');

  // The toasts are still showing: they float above the review's action bar, so "Create role" takes the click.
  await expect(page.locator('[data-sonner-toast]').first()).toBeVisible();
  await page.getByRole('button', { name: 'Create role' }).click({ trial: true, timeout: 5_000 });
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Line Cook' })).toBeVisible();
  const [role] = hb.rows<{ id: string }>('SELECT id FROM roles');
  const rows = sectionRows(hb, role?.id ?? '');
  expect(rows.map((r) => [r.kind, r.heading, r.html.match(/<li>/g)?.length ?? 0])).toEqual([
    ['about', 'ABOUT US', 0],
    ['responsibilities', 'Duties', 2],
    ['benefits', 'Also good to know', 3],
  ]);
});

test('a Markdown file opened from the file input is imported', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/jd-import');
  const md = '# Dental Assistant\n\n## About the role\n\nSupport two dentists in a friendly practice.\n\n## Requirements\n\n* Dental assisting certificate\n* Calm with nervous patients\n';
  await page.getByLabel('Open a file…').setInputFiles(await hb.file('dental.md', md));
  await expect(page.getByText('From: dental.md')).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Dental Assistant');
  await page.getByRole('button', { name: 'Create role' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Dental Assistant' })).toBeVisible();
  const [role] = hb.rows<{ id: string }>('SELECT id FROM roles');
  const rows = sectionRows(hb, role?.id ?? '');
  expect(rows.map((r) => r.kind)).toEqual(['description', 'requirements']);
  expect(rows[1]?.html).toContain('Calm with nervous patients');
});

test('an import replaces an existing role’s description after confirming, keeping a version', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedRole(hb, [{ kind: 'summary', heading: 'Summary', html: '<p>Old text.</p>' }], { title: 'Line cook' });
  await hb.open(`#/roles/${roleId}/jd-import`);
  await page.getByLabel('Job description text').fill(MESSY);
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.getByRole('button', { name: 'Replace description of “Line cook”' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Replace description' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Line cook' })).toBeVisible();
  expect(sectionRows(hb, roleId).map((r) => r.heading)).toEqual(['ABOUT US', 'What will you do?', 'Requirements', 'Perks']);
  expect(hb.rows('SELECT reason FROM role_revisions WHERE role_id = ?', roleId)).toContainEqual({ reason: 'before_import' });
});

test('oversized text and unreadable files get a clear message and save nothing', async ({ hb }) => {
  // Over 5 MB of text goes into the field, then across the bridge to the core: over a minute at load 24.
  test.setTimeout(180_000);
  const { page } = hb;
  await hb.open('#/jd-import');
  await page.getByLabel('Open a file…').setInputFiles(await hb.file('posting.pdf', '%PDF-1.4'));
  await expect(page.getByRole('alert')).toContainText('not a file Hirebook can read');
  await page.getByLabel('Open a file…').setInputFiles(await hb.file('broken.docx', 'not a zip at all'));
  await expect(page.getByRole('alert')).not.toContainText('not a file Hirebook can read');
  await expect(page.getByRole('alert')).toBeVisible();
  await page.getByLabel('Job description text').fill('x'.repeat(5 * 1024 * 1024 + 10));
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('alert')).toContainText('over 5 MB', { timeout: 60_000 });
  await expect(page.getByRole('heading', { name: 'Import a job description' })).toBeVisible();
  expect(hb.rows('SELECT id FROM roles')).toEqual([]);
});
