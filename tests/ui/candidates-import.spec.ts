// Playwright UI: the CSV import wizard with a messy file (BOM, semicolons, a quoted newline, a bad row),
// its report by line, the table it fills (with an axe check) and the CSV export of the current view.
import fs from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

const MESSY = [
  '\uFEFFName;E-mail;Phone;Tags;Notes',
  'Ana Lima;ana@example.com;+1 207 555 0101;barista;"Opens at six.',
  'Closes at two."',
  'Bad Row;not-an-email;;;an email that is not one',
  'Bruno Díaz;bruno@example.com;+34 600 000 000;kitchen;',
  'Zoë 山田;zoe@example.com;;barista;names in any script',
].join('\r\n');

test('a messy CSV is mapped, imported with a report naming the bad row by line, and exported again', async ({ hb }) => {
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Barista', status: 'open' });
  await hb.open('#/candidates');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(await hb.file('applicants.csv', MESSY));

  await expect(dialog).toContainText('4 rows found, separated by “;”');
  await expect(dialog.getByLabel('Column “Name” is')).toHaveValue('name');
  await expect(dialog.getByLabel('Column “E-mail” is')).toHaveValue('email');
  await dialog.getByLabel('Column “Notes” is').selectOption({ label: 'Summary' });
  await expect(dialog.getByRole('region', { name: 'Columns and first rows' })).toContainText('Zoë 山田');
  await dialog.getByLabel('Add them as new candidates anyway').check();
  await dialog.getByLabel('Add everyone to a role (optional)').selectOption({ label: 'Barista' });
  await dialog.getByRole('button', { name: 'Import 4 rows' }).click();

  await expect(dialog).toContainText('Import finished.');
  await expect(dialog.getByRole('term').filter({ hasText: 'Imported' }).locator('xpath=..')).toContainText('3');
  const refused = dialog.getByRole('list', { name: 'Refused rows' });
  await expect(refused.getByRole('listitem')).toHaveCount(1);
  await expect(refused).toContainText('Line 4');
  await expect(refused).toContainText('Invalid email');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await expect(page.getByText('3 candidates')).toBeVisible();
  const table = page.getByRole('table', { name: 'Candidates' });
  await expect(table.getByRole('row').filter({ hasText: 'Zoë 山田' })).toContainText('Barista · Applied');
  const stored = hb.rows<{ full_name: string; summary: string }>('SELECT full_name, summary FROM candidates ORDER BY full_name');
  expect(stored.map((r) => r.full_name)).toEqual(['Ana Lima', 'Bruno Díaz', 'Zoë 山田']);
  expect(stored[0]?.summary).toMatch(/^Opens at six\.\r?\nCloses at two\.$/);
  expect(hb.rows('SELECT id FROM applications WHERE role_id = ?', role.id)).toHaveLength(3);
  await expectNoSeriousViolations(page);

  // Export what the table shows: only the baristas.
  await page.getByLabel('Tag').fill('barista');
  await expect(page.getByText('2 candidates match')).toBeVisible();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv).toContain('Ana Lima');
  expect(csv).toContain('Zoë 山田');
  expect(csv).not.toContain('Bruno');
  expect(download.suggestedFilename()).toMatch(/\.csv$/);
});

test('the first screen offers both ways in: add a candidate or import a CSV', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/candidates');
  const empty = page.getByRole('region', { name: 'No candidates yet' });
  await empty.getByRole('button', { name: 'Import CSV' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(await hb.file('empty.csv', ''));
  await expect(dialog.getByRole('alert')).not.toBeEmpty();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await empty.getByRole('button', { name: 'Add candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add candidate' })).toBeVisible();
});

test('an OpenCATS export: every phone and e-mail column shows as read, and the report names the skipped duplicate and whom it matched', async ({ hb }) => {
  const { page } = hb;
  const opencats = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'csv', 'real', 'opencats-datagrid.csv'));
  await hb.open('#/candidates');
  await page.getByRole('button', { name: 'Import CSV' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Import candidates from CSV' });
  await dialog.getByLabel('CSV file').setInputFiles(await hb.file('opencats.csv', opencats));
  for (const [column, field] of [['E-Mail', 'email'], ['2nd E-Mail', 'email'], ['Home Phone', 'phone'], ['Cell Phone', 'phone'], ['Work Phone', 'phone'], ['City', 'location'], ['State', 'location']]) {
    await expect(dialog.getByLabel(`Column “${column}” is`)).toHaveValue(field as string);
  }
  // Setting a further phone column to nothing leaves the others read.
  await dialog.getByLabel('Column “Work Phone” is').selectOption('');
  await expect(dialog.getByLabel('Column “Home Phone” is')).toHaveValue('phone');
  await expect(dialog.getByLabel('Column “Cell Phone” is')).toHaveValue('phone');
  await dialog.getByRole('button', { name: /^Import \d+ rows$/ }).click();

  await expect(dialog).toContainText('Import finished.');
  const skipped = dialog.getByRole('list', { name: 'Skipped duplicates' });
  await expect(skipped.getByRole('listitem')).toHaveCount(1);
  await expect(skipped).toContainText(/Line 5: Hannah K\. — already here as Hannah Kowalczyk/);
  const hannah = hb.rows<{ id: string }>("SELECT id FROM candidates WHERE full_name = 'Hannah Kowalczyk'")[0];
  const phones = hb.rows<{ value: string }>('SELECT phone AS value FROM candidate_phones WHERE candidate_id = ? ORDER BY position', hannah?.id);
  expect(phones.map((p) => p.value.replace(/\D/g, ''))).toEqual(['5550101001', '5550101002']);
  await expectNoSeriousViolations(page);
});
