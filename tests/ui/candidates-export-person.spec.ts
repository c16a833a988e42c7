// Playwright UI: a candidate's profile → More → "Export everything about this person…": the folder dialog,
// the zip written there (summary, data, their file, README) and the toast saying where; the timeline then
// shows the export. A cancelled folder dialog writes nothing; a person erased meanwhile is said plainly.
import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { expect, test } from './fixtures';

function memberNames(file: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error ?? new Error('no zip'));
      const names: string[] = [];
      zip.on('entry', (entry: yauzl.Entry) => {
        names.push(entry.fileName);
        zip.readEntry();
      });
      zip.on('end', () => resolve(names.sort()));
      zip.on('error', reject);
      zip.readEntry();
    });
  });
}

test('Export everything about this person… saves one zip in the chosen folder and says where', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Dana Whitfield', emails: ['dana@example.com'] });
  await hb.call('attachments:add', { candidateId: candidate.id, kind: 'resume', fileName: 'dana-cv.txt', path: await hb.file('dana-cv.txt', 'Dana Whitfield, sommelier\n') });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  await page.getByRole('button', { name: 'More actions for Dana Whitfield' }).click();
  await page.getByRole('menuitem', { name: 'Export everything about this person…' }).click();
  await expect.poll(() => hb.platform.folderTitles).toEqual(['Choose where to save everything about Dana Whitfield']);
  const [chosen] = hb.platform.folders;
  if (!chosen) throw new Error('no folder was chosen');
  await expect(page.getByText('Saved everything about “Dana Whitfield”')).toBeVisible();
  const [made] = fs.readdirSync(chosen);
  expect(made).toMatch(/^Dana Whitfield - Hirebook data \d{4}-\d{2}-\d{2}-\d{6}\.zip$/);
  const archive = path.join(chosen, made ?? '');
  await expect(page.getByText(`${archive} — a readable summary, the data as JSON, 0 applications and 1 file.`)).toBeVisible();
  expect(await memberNames(archive)).toEqual(['README.txt', 'data.json', 'files/dana-cv.txt', 'summary.html']);
  await expect(page.getByText('Everything about them exported')).toBeVisible();
});

test('a cancelled folder dialog saves nothing, and a person erased meanwhile is said plainly', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Eli Park' });
  await hb.open(`#/candidates/${candidate.id}`);
  hb.platform.cancelNextFolder = true;
  await page.getByRole('button', { name: 'More actions for Eli Park' }).click();
  await page.getByRole('menuitem', { name: 'Export everything about this person…' }).click();
  await expect.poll(() => hb.platform.folderTitles).toHaveLength(1);
  expect(hb.platform.folders).toEqual([]);
  await expect(page.getByText('Saved everything about')).toBeHidden();

  // Erased by another window while the folder dialog is open: the export says so and writes nothing.
  hb.platform.prepareNextFolder = () => {
    void hb.call('candidates:delete', { id: candidate.id });
  };
  await page.getByRole('button', { name: 'More actions for Eli Park' }).click();
  await page.getByRole('menuitem', { name: 'Export everything about this person…' }).click();
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: 'Could not export their data' });
  await expect(toast).toContainText('That candidate was not found. It may have been deleted.');
  const [chosen] = hb.platform.folders;
  expect(fs.readdirSync(chosen ?? '')).toEqual([]);
});
