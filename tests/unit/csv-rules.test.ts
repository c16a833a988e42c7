// Pure CSV rules: header guessing, line numbers of rows (BOM, blank lines, quoted newlines, batches), row checks,
// duplicate keys, sources, links and formula-safe export cells. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { cleanUrl, sourceFromText } from '../../electron/core/candidates/candidates-rules';
import { inertCell } from '../../electron/core/escaping/csv-cell';
import { guessMapping } from '../../electron/core/csv/csv-mapping-rules';
import { CsvReader, scanCsv } from '../../electron/core/csv/csv-parse';
import { duplicateKeys, readRow } from '../../electron/core/csv/csv-row-rules';
import { timeOrderedUuid } from '../../electron/core/csv/time-ordered-id';
import { Uuid } from '../../electron/contract';

describe('guessMapping', () => {
  it('reads common header names and spellings', () => {
    expect(guessMapping(['Full Name', 'E-mail', 'Mobile', 'City', 'How did you hear?', 'Labels', 'LinkedIn URL', 'Website', 'Comments', 'Position'])).toEqual({
      name: 0, email: 1, phone: 2, location: 3, source: 4, tags: 5, linkedin: 6, portfolio: 7, summary: 8, role: 9,
    });
    expect(guessMapping(['given name', 'family name', 'Telephone'])).toEqual({ firstName: 0, lastName: 1, phone: 2 });
    expect(guessMapping(['Candidate', 'Something else'])).toEqual({ name: 0 });
  });
});

describe('CsvReader and scanCsv', () => {
  it('numbers rows by the file line they start on, counting the header as line 1', async () => {
    const reader = new CsvReader({ text: '\uFEFFname;email\r\n\r\n"A\nB";a@b.co\r\n  \r\nC;c@d.co' });
    expect(await reader.head()).toMatchObject({ delimiter: ';', headers: ['name', 'email'], headerLine: 1 });
    expect((await reader.next(10)).map((r) => [r.line, r.cells[0]])).toEqual([[3, 'A\nB'], [6, 'C']]);
    expect(await reader.next(10)).toEqual([]);
  });

  it('hands rows over a batch at a time, with the right lines across chunks of the file', async () => {
    const rows = Array.from({ length: 30_000 }, (_v, i) => (i % 1000 === 7 ? `"Multi\nline ${i}",${i}` : `Person ${i},${i}`));
    const reader = new CsvReader({ text: `Name,N\n${rows.join('\n')}\n` }, { highWater: 1000 });
    await reader.head();
    const lines: number[] = [];
    for (let batch = await reader.next(1000); batch.length > 0; batch = await reader.next(1000)) {
      expect(batch.length).toBeLessThanOrEqual(1000);
      for (const row of batch) lines.push(row.line);
    }
    // Each multi-line row pushes the rows after it one line further down.
    const expected = rows.map((_r, i) => 2 + i + Math.floor((i + 992) / 1000));
    expect(lines).toEqual(expected);
  });

  it('ends a batch early once its rows reach the character limit, so long rows never pile up', async () => {
    const rows = Array.from({ length: 50 }, (_v, i) => `Person ${i},${'n'.repeat(990)}`);
    const reader = new CsvReader({ text: `Name,Notes\n${rows.join('\n')}\n` }, { highWater: 5000, highWaterChars: 10_000 });
    await reader.head();
    const sizes: number[] = [];
    for (let batch = await reader.next(5000, 10_000); batch.length > 0; batch = await reader.next(5000, 10_000)) sizes.push(batch.length);
    // About 1,000 characters a row: ten rows reach 10,000.
    expect(sizes).toEqual([10, 10, 10, 10, 10]);
    const single = new CsvReader({ text: `Name,Notes\nAna,${'n'.repeat(50_000)}\nBo,x\n` });
    await single.head();
    expect((await single.next(5000, 10_000)).map((r) => r.cells[0])).toEqual(['Ana']);
    expect((await single.next(5000, 10_000)).map((r) => r.cells[0])).toEqual(['Bo']);
  });

  it('scans the whole file, keeping only the first rows but counting all', async () => {
    const scan = await scanCsv({ text: 'a,b\n1,2\n3,4\n5,6\n' }, 2);
    expect(scan).toMatchObject({ delimiter: ',', headers: ['a', 'b'], sampleRows: [['1', '2'], ['3', '4']], total: 3, warnings: [] });
  });

  it('refuses an empty file', async () => {
    await expect(scanCsv({ text: '\n\n' })).rejects.toThrow('The file is empty: there is no header row.');
  });
});

describe('readRow', () => {
  const mapping = { name: 0, email: 1, phone: 2, tags: 3 };
  const row = (cells: string[], chars = 10) => ({ line: 2, cells, chars });

  it('normalizes names to NFC, splits lists and uses the email when the name is missing', () => {
    const outcome = readRow(row(['Jose\u0301  Nu\u0301n\u0303ez', 'J@X.io; j2@x.io', '+1 503 555 0101 / n/a', 'a, b; A']), 4, mapping);
    expect(outcome).toEqual({ ok: true, draft: expect.objectContaining({ name: 'José Núñez', emails: ['J@X.io', 'j2@x.io'], phones: ['+1 503 555 0101'], tags: ['a', 'b'] }) });
    expect(readRow(row(['', 'solo@x.io', '', '']), 4, mapping)).toMatchObject({ ok: true, draft: { name: 'solo@x.io' } });
  });

  it('refuses rows without name and email, bad emails, wrong column counts and long rows', () => {
    expect(readRow(row(['', '', '555', '']), 4, mapping)).toEqual({ ok: false, reason: 'Missing a name and an email' });
    expect(readRow(row(['A', 'a@', '', '']), 4, mapping)).toEqual({ ok: false, reason: 'Invalid email "a@"' });
    expect(readRow(row(['A', 'a@b.co']), 4, mapping)).toEqual({ ok: false, reason: 'Expected 4 columns, found 2' });
    expect(readRow(row(['A', 'a@b.co', '', '', '', '']), 4, mapping)).toMatchObject({ ok: true });
    expect(readRow(row(['A', 'a@b.co', '', ''], 20_001), 4, mapping)).toMatchObject({ ok: false, reason: expect.stringMatching(/too long/) });
  });

  it('matches phones on their last nine digits and emails case-insensitively', () => {
    expect(duplicateKeys({ emails: ['Ana@X.io'], phones: ['+1 (503) 555-0101', '12'] })).toEqual(['e:ana@x.io', 'p:035550101']);
    expect(duplicateKeys({ emails: [], phones: ['503.555.0101'] })).toEqual(['p:035550101']);
  });
});

describe('sources, links and export cells', () => {
  it('reads sources and links', () => {
    expect(sourceFromText('Referred by Dev')).toEqual({ source: 'referral', detail: 'Referred by Dev' });
    expect(sourceFromText('Indeed')).toEqual({ source: 'job_board', detail: 'Indeed' });
    expect(sourceFromText('walk-in')).toMatchObject({ source: 'walk_in' });
    expect(cleanUrl('linkedin.com/in/ana')).toBe('https://linkedin.com/in/ana');
    expect(cleanUrl('javascript:alert(1)')).toBe('');
    expect(cleanUrl('not a url')).toBe('');
  });

  it('makes formula-like cells inert', () => {
    expect(['=1+1', '+1 503', '-x', '@SUM(A1)', '\tx', 'plain'].map(inertCell)).toEqual(["'=1+1", "'+1 503", "'-x", "'@SUM(A1)", "'\tx", 'plain']);
  });
});

describe('timeOrderedUuid', () => {
  it('makes valid version-7 UUIDs that sort in creation order, even within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => timeOrderedUuid(1_800_000_000_000));
    expect(ids.every((id) => Uuid.safeParse(id).success && id[14] === '7')).toBe(true);
    expect(ids.every((id, i) => i === 0 || id > (ids[i - 1] as string))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
