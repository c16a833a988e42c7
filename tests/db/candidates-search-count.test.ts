// The candidates table's search at more matches than it counts: a page straight from the search index (newest
// first), a count that stops COUNT_AHEAD past the page and says so, candidates:count counting every match,
// and the CSV export of the view holding every one. The people are written with the core's own repo (as the
// benchmarks seed), then read through the real channels. Runs in Vitest on a real SQLite file.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateDraft, type CandidateCount, type CandidateList } from '../../electron/contract';
import { insertCandidate, newCandidate } from '../../electron/core/candidates/candidates-repo';
import { COUNT_AHEAD } from '../../electron/core/candidates/candidates-search-repo';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { tempCore, tempDir } from '../helpers/temp-core';

const SAMS = COUNT_AHEAD + 300;

/** SAMS people named "Sam Nnnn" (every third tagged "baker"), and 50 named "Kim Nnnn", added a minute apart. */
function seeded(): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  migrate(db);
  db.transaction(() => {
    for (let i = 0; i < SAMS + 50; i += 1) {
      const name = i < SAMS ? `Sam ${String(i).padStart(4, '0')}` : `Kim ${String(i).padStart(4, '0')}`;
      const draft = CandidateDraft.parse({ fullName: name, tags: i % 3 === 0 ? ['baker'] : [] });
      insertCandidate(db, newCandidate(randomUUID(), draft, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString()));
    }
  })();
  db.close();
  return dataDir;
}

describe('candidates:list with a search', () => {
  it('pages from the index, counts only a little past the page, and candidates:count and the CSV export see them all', async () => {
    const core = tempCore({ dataDir: seeded() });
    const first = await call<CandidateList>(core, 'candidates:list', { search: 'sam', limit: 100 });
    expect(first.rows.map((r) => r.fullName).slice(0, 3)).toEqual(['Sam 1299', 'Sam 1298', 'Sam 1297']);
    expect(first.rows).toHaveLength(100);
    expect(first).toMatchObject({ total: 100 + COUNT_AHEAD, totalExact: false });
    // Oldest first is the index's order too.
    const oldest = await call<CandidateList>(core, 'candidates:list', { search: 'sam', direction: 'asc', limit: 2 });
    expect(oldest.rows.map((r) => r.fullName)).toEqual(['Sam 0000', 'Sam 0001']);
    // Deeper pages count further: near the end the count is exact, and the last page ends where it says.
    const deep = await call<CandidateList>(core, 'candidates:list', { search: 'sam', offset: 1200, limit: 200 });
    expect(deep).toMatchObject({ total: SAMS, totalExact: true });
    expect(deep.rows.map((r) => r.fullName).at(-1)).toBe('Sam 0000');
    expect(deep.rows).toHaveLength(SAMS - 1200);
    // Other sorts still sort every match, with the same bounded count.
    const byName = await call<CandidateList>(core, 'candidates:list', { search: 'sam', sort: 'name', direction: 'asc', limit: 3 });
    expect(byName.rows.map((r) => r.fullName)).toEqual(['Sam 0000', 'Sam 0001', 'Sam 0002']);
    expect(byName.totalExact).toBe(false);
    // With a filter: only the people it keeps are counted and shown.
    const bakers = await call<CandidateList>(core, 'candidates:list', { search: 'sam', tag: 'baker', limit: 5 });
    expect(bakers.rows.map((r) => r.fullName)).toEqual(['Sam 1299', 'Sam 1296', 'Sam 1293', 'Sam 1290', 'Sam 1287']);
    expect(bakers).toMatchObject({ total: 434, totalExact: true });
    // A search with fewer matches than the bound is counted exactly; no search is always counted exactly.
    expect(await call<CandidateList>(core, 'candidates:list', { search: 'kim', limit: 10 })).toMatchObject({ total: 50, totalExact: true });
    expect(await call<CandidateList>(core, 'candidates:list', { limit: 10 })).toMatchObject({ total: SAMS + 50, totalExact: true });

    expect(await call<CandidateCount>(core, 'candidates:count', { search: 'sam' })).toEqual({ total: SAMS });
    expect(await call<CandidateCount>(core, 'candidates:count', { search: 'sam', tag: 'baker' })).toEqual({ total: 434 });
    expect(await call<CandidateCount>(core, 'candidates:count', {})).toEqual({ total: SAMS + 50 });

    const csv = await call<{ rows: number; content: string }>(core, 'candidates:export', { search: 'sam', sort: 'added', direction: 'desc' });
    expect(csv.rows).toBe(SAMS);
    const names = csv.content.split('\r\n').slice(1, -1).map((line) => line.split(',')[0]);
    expect(names.slice(0, 2)).toEqual(['Sam 1299', 'Sam 1298']);
    expect(new Set(names).size).toBe(SAMS);
    await core.close();
  });
});
