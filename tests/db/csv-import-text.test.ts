// CSV files as they come from real spreadsheets, imported by path through the core: Windows-1252 (Latin-1)
// files and UTF-8 files with a few Windows-1252 lines (stored right, lines named), UTF-16 LE and BE with a
// byte-order mark, Excel's "sep=;" first line, files that are not text at all (random bytes, a PNG, a
// PDF) refused before anything else is said and nothing stored, NUL characters removed with a warning,
// and rows over the row limit (one longer than a read chunk, one quote never closed) reported by line.
// Runs in Vitest against real SQLite files.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../electron/contract';
import { makePdf } from '../fixtures/candidates/make-pdf';
import { call, errorOf, rawAll } from '../helpers/applicants';
import { PNG_1X1 } from '../helpers/images';
import { tempCore, tempDir } from '../helpers/temp-core';

type TestCore = ReturnType<typeof tempCore>;

const WINDOWS_1252_NOTICE =
  'This file is not in UTF-8: it was read as Windows-1252 (Western European). If letters look wrong, save it from your spreadsheet as “CSV UTF-8” and import that.';

/** Writes `bytes` to a fresh temp file and returns its path. */
function file(bytes: Buffer | string, name = 'people.csv'): string {
  const target = path.join(tempDir(), name);
  fs.writeFileSync(target, bytes);
  return target;
}

/** Windows-1252 bytes of `text` (Latin-1 letters map one to one). */
const cp1252 = (text: string): Buffer => Buffer.from(text, 'latin1');

async function preview(core: TestCore, filePath: string): Promise<ImportPreview> {
  return call<ImportPreview>(core, 'candidates:import-preview', { path: filePath });
}

async function importFile(core: TestCore, filePath: string): Promise<ImportResult> {
  const { mapping } = await preview(core, filePath);
  return call<ImportResult>(core, 'candidates:import', { path: filePath, mapping, jobId: randomUUID() });
}

function names(core: TestCore): string[] {
  return rawAll<{ full_name: string }>(core, 'SELECT full_name FROM candidates ORDER BY seq').map((r) => r.full_name);
}

describe('CSV text encodings', () => {
  it('imports a Windows-1252 (Latin-1) file as the names it holds, with one notice', async () => {
    const core = tempCore();
    const people = ['José Núñez', 'Zoë Müller', 'François Lefèvre', 'Søren Ågård', 'Íñigo Peña', 'Maël Çelik'];
    const csv = file(cp1252(`Name,Email,City\r\n${people.map((name, i) => `${name},p${i}@example.com,Málaga`).join('\r\n')}\r\n`));
    const seen = await preview(core, csv);
    expect(seen.sampleRows[0]).toEqual(['José Núñez', 'p0@example.com', 'Málaga']);
    expect(seen.warnings).toEqual([WINDOWS_1252_NOTICE]);
    const result = await importFile(core, csv);
    expect(result).toMatchObject({ imported: 6, errors: [], warnings: [WINDOWS_1252_NOTICE] });
    expect(names(core)).toEqual(people);
    expect(rawAll(core, "SELECT DISTINCT location FROM candidates")).toEqual([{ location: 'Málaga' }]);
    expect(rawAll(core, "SELECT count(*) AS n FROM candidates WHERE instr(full_name, char(65533)) > 0")).toEqual([{ n: 0 }]);
  });

  it('reads the few lines of a UTF-8 file that are not UTF-8 as Windows-1252 and names them', async () => {
    const core = tempCore();
    const csv = file(
      Buffer.concat([
        Buffer.from('Name,Email\nАнна Петрова,anna@example.com\n'),
        cp1252('José Núñez,jose@example.com\n'),
        Buffer.from('王小明,wang@example.com\n'),
        cp1252('Zoë Müller,zoe@example.com\n'),
      ]),
    );
    const warning = 'Lines 3 and 5 are not valid UTF-8 and were read as Windows-1252 (Western European): check the names there.';
    expect((await preview(core, csv)).warnings).toEqual([warning]);
    expect(await importFile(core, csv)).toMatchObject({ imported: 4, warnings: [warning] });
    expect(names(core)).toEqual(['Анна Петрова', 'José Núñez', '王小明', 'Zoë Müller']);
  });

  it('reads UTF-16 LE and BE files with a byte-order mark', async () => {
    const text = '\uFEFFName\tEmail\r\nАнна Петрова\tanna@example.com\r\n王小明 😀\twang@example.com\r\n';
    for (const bytes of [Buffer.from(text, 'utf16le'), Buffer.from(text, 'utf16le').swap16()]) {
      const core = tempCore();
      const csv = file(bytes);
      expect(await preview(core, csv)).toMatchObject({ delimiter: '\t', headers: ['Name', 'Email'], rowCount: 2, warnings: [] });
      expect(await importFile(core, csv)).toMatchObject({ imported: 2, errors: [], warnings: [] });
      expect(names(core)).toEqual(['Анна Петрова', '王小明 😀']);
    }
  });

  it('takes the separator from an Excel "sep=;" first line, skips that line and keeps line numbers true', async () => {
    const core = tempCore();
    const csv = file('sep=;\r\nName;Email;City\r\nLima, Ana;ana@example.com;Porto, PT\r\nBo;not-an-email;\r\n');
    const seen = await preview(core, csv);
    expect(seen).toMatchObject({ delimiter: ';', headers: ['Name', 'Email', 'City'], rowCount: 2 });
    expect(seen.sampleRows[0]).toEqual(['Lima, Ana', 'ana@example.com', 'Porto, PT']);
    const result = await importFile(core, csv);
    expect(result).toMatchObject({ imported: 1, errors: [{ line: 4, reason: 'Invalid email "not-an-email"' }] });
    expect(rawAll(core, 'SELECT full_name, location FROM candidates')).toEqual([{ full_name: 'Lima, Ana', location: 'Porto, PT' }]);
  });
});

describe('files that are not CSV', () => {
  const cases: [string, () => Buffer, string][] = [
    ['5 MB of random bytes', () => randomBytes(5 * 1024 * 1024), 'binary data'],
    ['a PNG renamed .csv', () => PNG_1X1, 'a PNG image'],
    ['a PDF renamed .csv', () => makePdf(['Ana Lima', 'ana@example.com']), 'a PDF'],
  ];

  for (const [what, bytes, looksLike] of cases) {
    it(`refuses ${what} as not a CSV file before any mapping complaint, storing nothing`, async () => {
      const core = tempCore();
      const csv = file(bytes());
      const message = `This file is not a CSV file (it looks like ${looksLike}). Export your spreadsheet as CSV and import that.`;
      expect(await errorOf(core, 'candidates:import-preview', { path: csv })).toMatchObject({ code: 'invalid_input', message });
      // No name column mapped: the file is still refused for what it is, not for the mapping.
      expect(await errorOf(core, 'candidates:import', { path: csv, mapping: {}, jobId: randomUUID() })).toMatchObject({ code: 'invalid_input', message });
      expect(await errorOf(core, 'candidates:import', { path: csv, mapping: { name: 0 }, jobId: randomUUID() })).toMatchObject({ message });
      expect(rawAll(core, 'SELECT count(*) AS n FROM candidates')).toEqual([{ n: 0 }]);
      expect(rawAll(core, 'SELECT count(*) AS n FROM activity_log')).toEqual([{ n: 0 }]);
    });
  }

  it('refuses binary text given in the request too', async () => {
    const core = tempCore();
    // Without NULs, which the contract refuses in any text before the CSV reader sees it.
    const text = Buffer.from(randomBytes(64 * 1024).map((byte) => byte || 1)).toString('latin1');
    expect(await errorOf(core, 'candidates:import-preview', { text })).toMatchObject({ message: expect.stringMatching(/^This file is not a CSV file \(it looks like binary data\)/) });
    expect(await errorOf(core, 'candidates:import-preview', { text: 'Name\nAna\0\n' })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['text'] }] });
  });
});

describe('NUL characters and long rows', () => {
  it('removes NUL characters from cells, never stores them, and names their lines', async () => {
    const core = tempCore();
    const csv = file('Name,Email,Notes\nAna\0 Lima,ana@example.com,ok\nBo,bo@example.com,fine\nCy,cy@exam\0ple.com,"two\0\0 nuls"\n');
    const warning = 'Lines 2 and 4 held NUL characters (invisible control codes); they were removed.';
    const seen = await preview(core, csv);
    expect(seen.sampleRows[0]?.[0]).toBe('Ana Lima');
    expect(seen.warnings).toEqual([warning]);
    expect(await importFile(core, csv)).toMatchObject({ imported: 3, errors: [], warnings: [warning] });
    expect(rawAll(core, 'SELECT full_name, summary FROM candidates ORDER BY seq')).toEqual([
      { full_name: 'Ana Lima', summary: 'ok' },
      { full_name: 'Bo', summary: 'fine' },
      { full_name: 'Cy', summary: 'two nuls' },
    ]);
    expect(rawAll(core, 'SELECT email FROM candidate_emails ORDER BY email')).toEqual([{ email: 'ana@example.com' }, { email: 'bo@example.com' }, { email: 'cy@example.com' }]);
    const withNul = rawAll(core, `SELECT count(*) AS n FROM candidates c WHERE instr(c.full_name || c.summary, char(0)) > 0
      OR EXISTS (SELECT 1 FROM candidate_emails e WHERE e.candidate_id = c.id AND instr(e.email, char(0)) > 0)`);
    expect(withNul).toEqual([{ n: 0 }]);
  });

  it('reports a row over the row limit by its line, also when it is longer than a chunk of the file', async () => {
    const core = tempCore();
    // 300 KB over lines 3 to 3,002 inside quotes: longer than one 256 KB read of the file.
    const huge = Array.from({ length: 3000 }, (_v, i) => `note ${i} ${'x'.repeat(90)}`).join('\n');
    const csv = file(`Name,Email,Notes\nAna,ana@example.com,short\nBo,bo@example.com,"${huge}"\nCy,not-an-email,\nDee,dee@example.com,\n`);
    expect((await preview(core, csv)).rowCount).toBe(4);
    const result = await importFile(core, csv);
    expect(result).toMatchObject({ imported: 2, warnings: [] });
    expect(result.errors).toEqual([
      { line: 3, reason: 'Row is too long (over 20,000 characters)' },
      { line: 3003, reason: 'Invalid email "not-an-email"' },
    ]);
    expect(names(core)).toEqual(['Ana', 'Dee']);
  });

  it('stops at a quote that is never closed, keeping the rows before it and naming its line', async () => {
    const core = tempCore();
    const after = Array.from({ length: 40_000 }, (_v, i) => `Person ${i},p${i}@example.com,fine`).join('\n');
    const csv = file(`Name,Email,Notes\nAna,ana@example.com,ok\nBo,bo@example.com,"never closed\n${after}\n`);
    const warning = 'Line 3 starts a row of over 1 MB, most likely a quote (") that is never closed; the rest of the file was not read.';
    expect(await preview(core, csv)).toMatchObject({ rowCount: 2, warnings: [warning] });
    const result = await importFile(core, csv);
    expect(result).toMatchObject({ imported: 1, errors: [{ line: 3, reason: 'Row is too long (over 20,000 characters)' }], warnings: [warning] });
    expect(names(core)).toEqual(['Ana']);
  });

  it('reads only the header and the first rows for a sample-only preview (the CLI), and the import still reads the whole file', async () => {
    const core = tempCore();
    const rows = Array.from({ length: 30 }, (_v, i) => `Person ${i},p${i}@example.com,fine`).join('\n');
    const after = Array.from({ length: 40_000 }, (_v, i) => `Late ${i},l${i}@example.com,fine`).join('\n');
    const csv = file(`Name,Email,Notes\n${rows}\nBo,bo@example.com,"never closed\n${after}\n`);
    const warning = 'Line 32 starts a row of over 1 MB, most likely a quote (") that is never closed; the rest of the file was not read.';
    const whole = await preview(core, csv);
    expect(whole).toMatchObject({ rowCount: 31, warnings: [warning] });
    const sample = await call<ImportPreview>(core, 'candidates:import-preview', { path: csv, sampleOnly: true });
    // The same header, guess and first rows; the unclosed quote further down was never reached.
    expect(sample).toEqual({ ...whole, rowCount: 20, warnings: [] });
    expect(sample.sampleRows).toHaveLength(20);
    const result = await call<ImportResult>(core, 'candidates:import', { path: csv, mapping: sample.mapping, jobId: randomUUID() });
    expect(result).toMatchObject({ imported: 30, errors: [{ line: 32, reason: 'Row is too long (over 20,000 characters)' }], warnings: [warning] });
  });
});
