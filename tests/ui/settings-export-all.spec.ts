// Playwright UI: Settings → Data → "Export everything…": the folder dialog, progress, the result message
// and the files written into a new folder inside the chosen one; Cancel on a large export removes the
// unfinished folder.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { EXPORT_TABLES } from '../../electron/core/export-all/export-all-tables';

test('Export everything… writes every table and file into a new folder and says where', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  const [candidate] = hb.rows<{ id: string }>("SELECT id FROM candidates WHERE full_name = 'Amara Okafor'");
  if (!candidate) throw new Error('the sample has no Amara Okafor');
  const resume = path.join(hb.dataDir, '..', `resume-${randomUUID()}.txt`);
  fs.writeFileSync(resume, 'Amara Okafor, baker\n');
  await hb.call('attachments:add', { candidateId: candidate.id, kind: 'resume', fileName: 'cv.txt', path: resume });
  fs.rmSync(resume);

  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export finished' });
  await expect(dialog).toBeVisible();
  expect(hb.platform.folderTitles).toEqual(['Choose a folder for the export']);
  const [chosen] = hb.platform.folders;
  if (!chosen) throw new Error('no folder was chosen');
  const [made] = fs.readdirSync(chosen);
  const folder = path.join(chosen, made ?? '');
  await expect(dialog).toContainText(`Exported ${EXPORT_TABLES.length} tables and 1 file to ${folder}`);
  expect(made).toMatch(/^Hirebook export \d{4}-\d{2}-\d{2}$/);
  expect(fs.readdirSync(path.join(folder, 'csv'))).toHaveLength(EXPORT_TABLES.length);
  expect(fs.readdirSync(path.join(folder, 'json'))).toHaveLength(EXPORT_TABLES.length);
  expect(fs.readdirSync(path.join(folder, 'files'))).toEqual(['Amara Okafor - cv.txt']);
  expect(fs.readFileSync(path.join(folder, 'README.txt'), 'utf8')).toContain('HIREBOOK EXPORT');
  await expectNoSeriousViolations(page);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Export everything…' })).toBeFocused();
});

test('a cancelled folder dialog exports nothing', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  hb.platform.cancelNextFolder = true;
  await page.getByRole('button', { name: 'Export everything…' }).click();
  await expect.poll(() => hb.platform.folderTitles).toEqual(['Choose a folder for the export']);
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(hb.platform.folders).toEqual([]);
});

test('Cancel during a large export stops it and removes the unfinished folder', async ({ hb }) => {
  test.setTimeout(180_000);
  const { page } = hb;
  const lines = ['Name,Email,Phone'];
  for (let i = 1; i <= 40_000; i += 1) lines.push(`Person ${i},person${i}@example.test,+1 503 ${String(i).padStart(7, '0')}`);
  await hb.call('candidates:import', { text: `${lines.join('\n')}\n`, mapping: { name: 0, email: 1, phone: 2 }, jobId: randomUUID() });

  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Export everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Exporting everything' });
  const progress = dialog.getByRole('progressbar', { name: 'Rows and files exported' });
  await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, { timeout: 60_000 });
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  const stopped = page.getByRole('dialog', { name: 'Export stopped' });
  await expect(stopped).toContainText('Nothing was kept: the unfinished export folder was removed.', { timeout: 60_000 });
  const [chosen] = hb.platform.folders;
  if (!chosen) throw new Error('no folder was chosen');
  expect(fs.readdirSync(chosen)).toEqual([]);
});
