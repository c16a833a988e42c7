// Pure CSV rules: header guessing, line numbers of rows (BOM, blank lines, quoted newlines, batches), row checks,
// duplicate keys, sources, links and formula-safe export cells. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { cleanUrl, sourceFromText } from '../../electron/core/candidates/candidates-rules';
import { inertCell } from '../../electron/core/escaping/csv-cell';
import { columnsOf, guessMapping, looksLikeHeader } from '../../electron/core/csv/csv-mapping-rules';
import { CsvReader, MAX_PREAMBLE_ROWS, scanCsv } from '../../electron/core/csv/csv-parse';
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

  it('keeps every e-mail and phone column, in file order, and joins a location from its parts', () => {
    const opencats = ['First Name', 'Last Name', 'E-Mail', '2nd E-Mail', 'Home Phone', 'Cell Phone', 'Work Phone', 'Address', 'City', 'State', 'Zip', 'Web Site'];
    expect(guessMapping(opencats)).toEqual({
      firstName: 0, lastName: 1, email: 2, phone: 4, location: 8, portfolio: 11, also: { email: [3], phone: [5, 6], location: [9] },
    });
    // A street address is the location only when nothing else says where the person is.
    expect(guessMapping(['Name', 'Address'])).toEqual({ name: 0, location: 1 });
    // The job's location is not the candidate's; columns about a phone are not phones.
    expect(guessMapping(['name', 'email', 'candidate location', 'job location', 'Phone type', 'Fax'])).toEqual({ name: 0, email: 1, location: 2 });
  });

  it('reads "Position" beside "Company" as the current job, not a role applied for', () => {
    expect(guessMapping(['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'])).toEqual({
      firstName: 0, lastName: 1, portfolio: 2, email: 3,
    });
    expect(guessMapping(['Name', 'Position'])).toEqual({ name: 0, role: 1 });
  });

  it('tells a header from a preamble line', () => {
    expect(looksLikeHeader(['Notes:'])).toBe(false);
    expect(looksLikeHeader(['When exporting your connection data, you may notice that some of the email addresses are missing.'])).toBe(false);
    expect(looksLikeHeader(['Alice Smith', 'alice@example.com'])).toBe(false);
    expect(looksLikeHeader(['Joe', 'joe@email.com'])).toBe(false);
    expect(looksLikeHeader(['John Hanname', 'Berlin'])).toBe(false);
    expect(looksLikeHeader(['Email'])).toBe(true);
    expect(looksLikeHeader(['Timestamp', 'Email Address', 'Full name'])).toBe(true);
  });

  it('reads extra columns only when no other field has them', () => {
    expect(columnsOf({ phone: 1, also: { phone: [2, 3] } }, 'phone')).toEqual([1, 2, 3]);
    expect(columnsOf({ phone: 1, tags: 3, also: { phone: [2, 3] } }, 'phone')).toEqual([1, 2]);
    expect(columnsOf({ also: { email: [4] } }, 'email')).toEqual([4]);
  });
});

describe('finding the header row', () => {
  const preamble = 'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

  it('skips the lines before the first row that reads as a header, and says so', async () => {
    const scan = await scanCsv({ text: `${preamble}First Name,Last Name,Email Address\nA,B,a@b.co\n` }, 5, { isHeader: looksLikeHeader });
    expect(scan).toMatchObject({ delimiter: ',', headers: ['First Name', 'Last Name', 'Email Address'], headerLine: 4, total: 1, sampleRows: [['A', 'B', 'a@b.co']] });
    expect(scan.warnings).toEqual(['Lines 1–3 come before the header row (line 4) and were skipped.']);
    const reader = new CsvReader({ text: `${preamble}First Name,Last Name,Email Address\nA,B,a@b.co\n` }, { isHeader: looksLikeHeader });
    expect((await reader.head()).headerLine).toBe(4);
    expect((await reader.next(10)).map((r) => r.line)).toEqual([5]);
  });

  it('takes the first row as the header when none of the first rows reads as one', async () => {
    const rows = Array.from({ length: MAX_PREAMBLE_ROWS + 2 }, (_v, i) => `Person ${i},${i}`);
    const scan = await scanCsv({ text: `${rows.join('\n')}\n` }, 0, { isHeader: looksLikeHeader });
    expect(scan).toMatchObject({ headers: ['Person 0', '0'], headerLine: 1, total: MAX_PREAMBLE_ROWS + 1, warnings: [] });
    const short = await scanCsv({ text: 'x,y\n1,2\n' }, 5, { isHeader: looksLikeHeader });
    expect(short).toMatchObject({ headers: ['x', 'y'], headerLine: 1, total: 1, sampleRows: [['1', '2']] });
    // Data rows never read as a header: an e-mail address at email.com, a surname ending in "name".
    const data = await scanCsv({ text: 'Nimi,Sähköposti\nAnna,anna@example.com\nJoe,joe@email.com\nJohn Hanname,x\n' }, 0, { isHeader: looksLikeHeader });
    expect(data).toMatchObject({ headers: ['Nimi', 'Sähköposti'], headerLine: 1, total: 3, warnings: [] });
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
    expect(readRow(row(['', 'solo@x.io', '', '']), 4, mapping)).toMatchObject({
      ok: true, draft: { name: 'solo@x.io' }, warning: 'Line 2 has no name: imported as "solo@x.io", its e-mail address.',
    });
    expect(readRow(row(['Solo', 'solo@x.io', '', '']), 4, mapping)).not.toHaveProperty('warning');
  });

  it('keeps every e-mail and phone column, joins the location parts and moves a LinkedIn URL out of the portfolio', () => {
    const wide = { name: 0, email: 1, phone: 3, location: 5, portfolio: 8, also: { email: [2], phone: [4], location: [6, 7] } };
    const outcome = readRow(row(['Ana', 'a@x.io', 'A@X.io; b@x.io', '555-010-1001', '555-010-1002', 'Austin', 'TX', 'austin', 'https://www.linkedin.com/in/ana']), 9, wide);
    expect(outcome).toMatchObject({
      ok: true,
      draft: { emails: ['a@x.io', 'b@x.io'], phones: ['555-010-1001', '555-010-1002'], location: 'Austin, TX', linkedin: 'https://www.linkedin.com/in/ana', portfolio: '' },
    });
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
