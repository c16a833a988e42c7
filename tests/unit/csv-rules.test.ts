// Pure CSV rules: header guessing, line numbers of rows (BOM, blank lines, quoted newlines), row checks,
// duplicate keys, sources, links and formula-safe export cells. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { cleanUrl, sourceFromText } from '../../electron/core/candidates/candidates-rules';
import { inertCell } from '../../electron/core/escaping/csv-cell';
import { guessMapping } from '../../electron/core/csv/csv-mapping-rules';
import { parseCsv, sourceText } from '../../electron/core/csv/csv-parse';
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

describe('parseCsv', () => {
  it('numbers rows by the file line they start on, counting the header as line 1', () => {
    const text = sourceText({ base64: Buffer.from('\uFEFFname;email\r\n\r\n"A\nB";a@b.co\r\n  \r\nC;c@d.co').toString('base64') });
    const parsed = parseCsv(text);
    expect(parsed.delimiter).toBe(';');
    expect(parsed.headers).toEqual(['name', 'email']);
    expect(parsed.rows.map((r) => [r.line, r.cells[0]])).toEqual([[3, 'A\nB'], [6, 'C']]);
  });

  it('stops keeping rows at the limit but still counts them', () => {
    const parsed = parseCsv('a,b\n1,2\n3,4\n5,6\n', 2);
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.total).toBe(3);
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
