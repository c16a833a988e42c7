// Playwright UI: Cancel during a large CSV import (150,000 rows from a temp file): the report says it stopped,
// and the database holds exactly the rows it reports as imported — whole rows from the start of the file,
// each with its email and search entry, none half-written. Holds for an in-thread or a worker-based import.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const ROWS = 150_000;
const name = (i: number): string => `Person ${String(i).padStart(6, '0')}`;

function writeLargeCsv(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-import-cancel-'));
  const file = path.join(dir, 'applicants.csv');
  const lines = ['Name,Email,Phone'];
  for (let i = 1; i <= ROWS; i += 1) lines.push(`${name(i)},person${i}@example.test,+1 503 ${String(i).padStart(7, '0')}`);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

test('Cancel during a 150,000-row import stops it; the database holds exactly the rows reported as imported', async ({ hb }) => {
  test.setTimeout(240_000);
  const { page } = hb;
  const file = writeLargeCsv();
  try {
    await hb.open('#/candidates');
    await page.getByRole('button', { name: 'Import CSV' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'Import candidates from CSV' });
    await dialog.getByLabel('CSV file').setInputFiles(await hb.offer(file));
    await dialog.getByRole('button', { name: `Import ${ROWS.toLocaleString('en-US')} rows` }).click();

    // Cancel as soon as the first progress shows.
    const progress = dialog.getByRole('progressbar', { name: 'Rows imported' });
    await expect(progress).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, { timeout: 120_000 });
    await dialog.getByRole('button', { name: 'Cancel import' }).click();

    await expect(dialog).toContainText('Import stopped. Rows from finished batches were kept.', { timeout: 120_000 });
    const count = async (term: string) => Number((await dialog.getByRole('term').filter({ hasText: term }).locator('xpath=../dd').innerText()).replace(/\D/g, ''));
    const imported = await count('Imported');
    expect(imported).toBeGreaterThan(0);
    expect(imported).toBeLessThan(ROWS);
    expect(await count('Refused')).toBe(0);

    // Exactly the first `imported` rows of the file are stored, each whole.
    const stored = hb.rows<{ full_name: string }>('SELECT full_name FROM candidates ORDER BY full_name').map((r) => r.full_name);
    expect(stored.length).toBe(imported);
    expect(stored[0]).toBe(name(1));
    expect(stored.at(-1)).toBe(name(imported));
    const [whole] = hb.rows<{ emails: number; phones: number; indexed: number }>(
      `SELECT (SELECT count(*) FROM candidate_emails) AS emails, (SELECT count(*) FROM candidate_phones) AS phones,
        (SELECT count(*) FROM candidates_fts) AS indexed`,
    );
    expect(whole).toEqual({ emails: imported, phones: imported, indexed: imported });

    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByText(`${imported.toLocaleString('en-US')} candidates`)).toBeVisible();
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
});
