// Playwright UI: publishing every open role from the Roles screen: the careers page into a chosen folder, and
// PDFs of open roles with progress, cancel and a summary; plus the search-engine panel's links and axe.
import fs from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, roleInput, test, type Hirebook } from './fixtures';
import { choose, openPosting, preview, PRINT_TEST_MS, PRINT_WAIT_MS, seedPosting } from './postings-fixtures';

const OPEN_SAMPLE_ROLES = ['Barista', 'Bookkeeper', 'Early-Morning Delivery Driver', 'Head Baker'];

// The batch tests need the first PDF to start a browser: it keeps the progress on screen long enough to
// see, and to cancel, so these cores do not borrow the worker's warm printer.
test.use({ freshPrinter: true });

async function openRolesWithSample(hb: Hirebook): Promise<void> {
  await hb.call('sample:load', {});
  await hb.open();
  await expect(hb.page.getByRole('table')).toBeVisible();
}

test('Export careers page… writes the site into the chosen folder, listing the open roles', async ({ hb }) => {
  const { page } = hb;
  await openRolesWithSample(hb);
  await choose(page, page.getByRole('button', { name: 'Publish' }), 'Export careers page…');
  await expect(page.getByText('Careers page saved with 4 open roles')).toBeVisible();
  const [folder] = hb.platform.folders;
  if (!folder) throw new Error('no folder was chosen');
  await expect(page.getByText(folder, { exact: false })).toBeVisible();
  expect(hb.platform.folderTitles).toEqual(['Choose a folder for the careers page']);
  const index = fs.readFileSync(path.join(folder, 'index.html'), 'utf8');
  for (const title of OPEN_SAMPLE_ROLES) expect(index).toContain(`>${title}</a>`);
  expect(index).not.toContain('Weekend Pastry Cook');
  expect(fs.readdirSync(path.join(folder, 'roles')).sort()).toEqual(['barista.html', 'bookkeeper.html', 'early-morning-delivery-driver.html', 'head-baker.html']);
});

test('a cancelled folder dialog does nothing', async ({ hb }) => {
  const { page } = hb;
  await openRolesWithSample(hb);
  hb.platform.cancelNextFolder = true;
  await choose(page, page.getByRole('button', { name: 'Publish' }), 'Save PDFs of open roles…');
  await expect(page.getByRole('button', { name: 'Publish' })).toBeFocused();
  expect(hb.platform.folderTitles).toEqual(['Choose a folder for the PDFs of open roles']);
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(hb.platform.folders).toEqual([]);
});

test('Save PDFs of open roles… shows progress and writes one PDF per open role', async ({ hb }) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  await openRolesWithSample(hb);
  await choose(page, page.getByRole('button', { name: 'Publish' }), 'Save PDFs of open roles…');
  const dialog = page.getByRole('dialog', { name: /PDFs of open roles/ });
  // The first PDF starts the printer's browser, so the running state is on screen for a moment.
  await expect(dialog.getByRole('progressbar', { name: 'PDFs saved' })).toBeVisible();
  await expect(dialog.getByText('Saved 4 PDFs.')).toBeVisible({ timeout: PRINT_WAIT_MS });
  const [folder] = hb.platform.folders;
  if (!folder) throw new Error('no folder was chosen');
  await expect(dialog.getByText(folder)).toBeVisible();
  const files = fs.readdirSync(folder).sort();
  // Beside the PDFs, the marker listing them: a later batch may replace exactly those.
  expect(files).toEqual(['.hirebook-pdfs.json', 'barista.pdf', 'bookkeeper.pdf', 'early-morning-delivery-driver.pdf', 'head-baker.pdf']);
  for (const file of files.slice(1)) expect(fs.readFileSync(path.join(folder, file)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expect(dialog.getByText(/saved under another name/)).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('Save PDFs of open roles… leaves a file already in the folder as it is and says which name it used instead', async ({ hb }) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  await openRolesWithSample(hb);
  const theirs = Buffer.from('%PDF-1.4 the owner’s own barista flyer, not from Hirebook');
  hb.platform.prepareNextFolder = (chosen) => fs.writeFileSync(path.join(chosen, 'barista.pdf'), theirs);
  await choose(page, page.getByRole('button', { name: 'Publish' }), 'Save PDFs of open roles…');
  const dialog = page.getByRole('dialog', { name: /PDFs of open roles/ });
  // Four PDFs through one printer: on a busy machine that takes longer than a screen change.
  await expect(dialog.getByText('Saved 4 PDFs.')).toBeVisible({ timeout: PRINT_WAIT_MS });
  await expect(dialog.getByText(/^One PDF was saved under another name: the folder already had a file with its name/)).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['barista-2.pdf instead of barista.pdf']);
  const [folder] = hb.platform.folders;
  if (!folder) throw new Error('no folder was chosen');
  expect(fs.readFileSync(path.join(folder, 'barista.pdf'))).toEqual(theirs);
  expect(fs.readFileSync(path.join(folder, 'barista-2.pdf')).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('Cancel stops the batch and the summary says what was saved', async ({ hb }) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  for (let i = 1; i <= 14; i += 1) await hb.call('roles:create', roleInput({ title: `Seasonal Picker ${i}` }));
  await hb.open();
  await expect(page.getByRole('table')).toBeVisible();
  await choose(page, page.getByRole('button', { name: 'Publish' }), 'Save PDFs of open roles…');
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  // The PDF being printed when Cancel is pressed (the browser's start included) finishes first.
  await expect(dialog.getByText(/^Stopped\. \d+ PDFs? saved before you cancelled/)).toBeVisible({ timeout: PRINT_WAIT_MS });
  const [folder] = hb.platform.folders;
  if (!folder) throw new Error('no folder was chosen');
  const saved = fs.readdirSync(folder).filter((f) => f.endsWith('.pdf'));
  expect(saved.length).toBeLessThan(14);
  await expect(dialog.getByText(new RegExp(`^Stopped\\. ${saved.length} PDFs? saved`))).toBeVisible();
});

test('the search-engine panel lists what is missing and links to the field', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb, { closesOn: null });
  const bare = await hb.call('roles:create', roleInput({ title: 'Porter' }));
  await openPosting(hb, roleId);
  const panel = page.getByRole('region', { name: 'For search engines' });
  const recommended = panel.getByRole('list', { name: /Recommended/ });
  await expect(recommended.getByText('Add a closing date.')).toBeVisible();
  await expect(panel.getByRole('list', { name: /Required/ })).toHaveCount(0);
  await recommended.getByRole('link', { name: 'Add the closing date' }).click();
  await expect(page.getByLabel('Closing date')).toBeFocused();
  expect(page.url()).toContain(`#/roles/${roleId}/edit?field=closesOn`);

  await openPosting(hb, bare.id);
  const required = page.getByRole('region', { name: 'For search engines' }).getByRole('list', { name: /Required/ });
  await expect(required.getByText(/Write the job description/)).toBeVisible();
  await required.getByRole('link', { name: 'Add the job description' }).click();
  await expect(page.getByRole('heading', { name: 'Job description: Porter' })).toBeVisible();
});

test('the posting view and its Export menu pass axe', async ({ hb }) => {
  const { page } = hb;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const roleId = await seedPosting(hb, { closesOn: null });
  await openPosting(hb, roleId);
  await expect(preview(page).getByRole('heading', { name: 'Weekend Barista', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Export' }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoSeriousViolations(page);
});
