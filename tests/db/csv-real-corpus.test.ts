// The real-export corpus (tests/fixtures/csv/real, see SOURCES.md): each file imported through
// candidates:import with the mapping candidates:import-preview guessed, then what is in the database and
// the report compared with the file's .expected.json (written before the import code was changed). Prints
// the score of the tuning set and of the held-out set. Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportPreview, ImportResult } from '../../electron/contract';
import { call, rawAll } from '../helpers/applicants';
import { tempCore } from '../helpers/temp-core';

const REAL = path.join(__dirname, '..', 'fixtures', 'csv', 'real');

interface ExpectedCandidate {
  name: string;
  emails: string[];
  phones: string[];
  location: string;
  linkedin?: string;
}

interface Expected {
  set: 'tuning' | 'held-out';
  candidates: ExpectedCandidate[];
  skipped: { line: number; name: string; matched: string }[];
  refused: { line: number }[];
  warnings: { line: number | null; contains: string }[];
}

interface StoredCandidate extends ExpectedCandidate {
  linkedin: string;
}

const files = fs
  .readdirSync(REAL)
  .filter((name) => name.endsWith('.csv'))
  .sort();

function stored(core: ReturnType<typeof tempCore>): StoredCandidate[] {
  const rows = rawAll<{ id: string; full_name: string; location: string; linkedin_url: string }>(
    core,
    'SELECT id, full_name, location, linkedin_url FROM candidates ORDER BY seq',
  );
  return rows.map((row) => ({
    name: row.full_name,
    location: row.location,
    linkedin: row.linkedin_url,
    emails: rawAll<{ email: string }>(core, 'SELECT email FROM candidate_emails WHERE candidate_id = ? ORDER BY position', row.id).map((r) => r.email),
    phones: rawAll<{ phone: string }>(core, 'SELECT phone FROM candidate_phones WHERE candidate_id = ? ORDER BY position', row.id).map((r) => r.phone),
  }));
}

/** Each expectation is one check; the score is the share of checks met. */
function score(expected: Expected, got: StoredCandidate[], result: ImportResult): { met: number; total: number; misses: string[] } {
  const misses: string[] = [];
  let total = 0;
  const check = (ok: boolean, what: string): void => {
    total += 1;
    if (!ok) misses.push(what);
  };
  for (const want of expected.candidates) {
    const have = got.find((c) => c.name === want.name);
    const same =
      have !== undefined &&
      JSON.stringify(have.emails) === JSON.stringify(want.emails) &&
      JSON.stringify(have.phones) === JSON.stringify(want.phones) &&
      have.location === want.location &&
      (want.linkedin === undefined || have.linkedin === want.linkedin);
    check(same, `candidate ${JSON.stringify(want)} (stored: ${JSON.stringify(have ?? null)})`);
  }
  check(got.length === expected.candidates.length, `${expected.candidates.length} candidates (stored ${got.length})`);
  const duplicates = result.duplicates ?? [];
  for (const want of expected.skipped) {
    const found = duplicates.some((d) => d.line === want.line && d.name === want.name && d.matchedName === want.matched);
    check(found, `skipped line ${want.line} ${want.name} matching ${want.matched} (report: ${JSON.stringify(duplicates)})`);
  }
  check(result.skipped === expected.skipped.length, `skipped ${expected.skipped.length} (report: ${result.skipped})`);
  const lines = result.errors.map((e) => e.line);
  for (const want of expected.refused) check(lines.includes(want.line), `refused line ${want.line} (errors: ${JSON.stringify(result.errors)})`);
  check(result.errors.length === expected.refused.length, `refused ${expected.refused.length} (errors: ${JSON.stringify(result.errors)})`);
  for (const want of expected.warnings) {
    const found = result.warnings.some((w) => {
      const text = w.toLowerCase();
      return text.includes(want.contains.toLowerCase()) && (want.line === null || new RegExp(`\\bline ${want.line}\\b`).test(text));
    });
    check(found, `warning on line ${want.line} with "${want.contains}" (warnings: ${JSON.stringify(result.warnings)})`);
  }
  return { met: total - misses.length, total, misses };
}

const totals: Record<Expected['set'], { met: number; total: number; files: string[] }> = {
  tuning: { met: 0, total: 0, files: [] },
  'held-out': { met: 0, total: 0, files: [] },
};

afterAll(() => {
  for (const [set, t] of Object.entries(totals)) {
    console.log(`CSV corpus score, ${set} set: ${t.met}/${t.total} checks (${t.files.join('; ')})`);
  }
});

describe('real exports through candidates:import', () => {
  it('has a held-out set of at least two files', () => {
    expect(files.filter((f) => f.startsWith('heldout-')).length).toBeGreaterThanOrEqual(2);
  });

  for (const file of files) {
    it(`imports ${file} as expected`, async () => {
      const expected = JSON.parse(fs.readFileSync(path.join(REAL, file.replace(/\.csv$/, '.expected.json')), 'utf8')) as Expected;
      const core = tempCore();
      const filePath = path.join(REAL, file);
      let got: StoredCandidate[] = [];
      let result: ImportResult = { imported: 0, merged: 0, skipped: 0, errors: [], cancelled: false, warnings: [] };
      try {
        const preview = await call<ImportPreview>(core, 'candidates:import-preview', { path: filePath });
        result = await call<ImportResult>(core, 'candidates:import', { path: filePath, fileName: file, mapping: preview.mapping, jobId: randomUUID() });
        got = stored(core);
      } catch (error) {
        result = { ...result, warnings: [`(import failed: ${String(error)})`] };
      }
      const { met, total, misses } = score(expected, got, result);
      const t = totals[expected.set];
      t.met += met;
      t.total += total;
      t.files.push(`${file} ${met}/${total}`);
      expect(misses).toEqual([]);
    });
  }
});

describe('candidates:import-preview on real exports', () => {
  const preview = (file: string): Promise<ImportPreview> => call<ImportPreview>(tempCore(), 'candidates:import-preview', { path: path.join(REAL, file) });

  it('shows the header found after LinkedIn\'s preamble, and says the lines before it were skipped', async () => {
    expect(await preview('linkedin-connections.csv')).toMatchObject({
      headers: ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'],
      mapping: { firstName: 0, lastName: 1, portfolio: 2, email: 3 },
      rowCount: 4,
      warnings: ['Lines 1–3 come before the header row (line 4) and were skipped.'],
    });
  });

  it('shows every e-mail and phone column and the location parts of an OpenCATS export', async () => {
    const { mapping } = await preview('opencats-datagrid.csv');
    expect(mapping).toEqual({ firstName: 0, lastName: 1, email: 2, phone: 4, location: 8, source: 14, portfolio: 12, also: { email: [3], phone: [5, 6], location: [9] } });
  });

  it('maps the Google Forms questions it recognises', async () => {
    expect((await preview('google-forms-responses.csv')).mapping).toEqual({ name: 2, email: 1, phone: 3, location: 4, also: { location: [5] } });
  });
});
