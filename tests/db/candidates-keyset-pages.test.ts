// The candidates table's pages found by key (candidates-pages-repo.ts): for every sort both ways, with and
// without filters, scrolling on (afterId) and jumping to any position (offset alone, through the list's kept
// marks) give exactly the rows the old query gave (LIMIT … OFFSET in the old ORDER BY, the rating by a
// subquery over the applications), on a file with many ties in every sort value; the marks and the count are
// found again after a change made through the core or by another connection; migration 17's best_rating
// follows ratings, moved applications and deleted ones. Runs in Vitest on real SQLite files.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_SORTS, CandidateDraft, type CandidateList, type CandidateListQuery, type CandidateSort } from '../../electron/contract';
import { insertCandidate, newCandidate } from '../../electron/core/candidates/candidates-repo';
import { MARK_EVERY } from '../../electron/core/candidates/candidates-pages-repo';
import { migrate } from '../../electron/core/db/migrate';
import { openDatabase } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { insertRoleRow } from '../helpers/schema-folder';
import type { Core } from '../../electron/core';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';
import { BEST_RATING, OFFSET_ORDER } from '../helpers/offset-order';

const PEOPLE = 2 * MARK_EVERY + 437;
// Names that tie: the same letters in other cases (NOCASE), and the same name many times.
const NAMES = ['Amara Okafor', 'amara okafor', 'AMARA OKAFOR', 'Bo Chen', 'bo chen', 'Zoë Wright', 'zoë wright', 'Émile Roy', 'Kenji Watanabe', 'Sam'];
const TAGS = ['baker', 'barista', 'driver'];
const SOURCES = ['job_board', 'referral', 'walk_in'] as const;
const ROLES = [randomUUID(), randomUUID()];
const ROLE = ROLES[0] as string;
const STAGES = [randomUUID(), randomUUID()];

/**
 * PEOPLE candidates: ten names over and over, added in groups of seven at the same instant, updated at one of
 * thirteen instants, each tagged and sourced in turn; two in three applied to one role, one in five to the
 * other, rated 1–4 or not at all.
 */
function seeded(): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  migrate(db);
  db.transaction(() => {
    const at = new Date(Date.UTC(2026, 0, 1)).toISOString();
    // Two roles of one stage each.
    ROLES.forEach((roleId, n) => {
      insertRoleRow(db, roleId, `Role ${n}`, at);
      db.prepare('INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)')
        .run(STAGES[n], roleId, 'Applied', 'active', at, at);
    });
    const app = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, position, stage_entered_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)`);
    for (let i = 0; i < PEOPLE; i += 1) {
      const added = new Date(Date.UTC(2026, 0, 1) + Math.floor(i / 7) * 60_000).toISOString();
      const draft = CandidateDraft.parse({ fullName: NAMES[(i * 7) % NAMES.length], tags: [TAGS[i % TAGS.length]], source: SOURCES[(i >> 1) % SOURCES.length] });
      const candidate = newCandidate(randomUUID(), draft, added);
      insertCandidate(db, candidate);
      const ratings = [null, 1, 2, 3, 4, 4, 2];
      if (i % 3 !== 0) app.run(randomUUID(), candidate.id, ROLE, STAGES[0], ratings[i % ratings.length], i, added, added, added);
      if (i % 5 === 1) app.run(randomUUID(), candidate.id, ROLES[1], STAGES[1], ratings[(i * 3) % ratings.length], i, added, added, added);
    }
    db.prepare("UPDATE candidates SET updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', '2026-02-01', '+' || (seq % 13) || ' hours')").run();
  })();
  db.close();
  return dataDir;
}

interface Filter {
  query: Partial<CandidateListQuery>;
  where: string;
}

const FILTERS: Filter[] = [
  { query: {}, where: '1' },
  { query: { tag: 'baker' }, where: "c.id IN (SELECT candidate_id FROM candidate_tags WHERE tag_norm = 'baker')" },
  { query: { roleId: ROLE, ratingMin: 3 }, where: `c.id IN (SELECT candidate_id FROM applications WHERE role_id = '${ROLE}' AND rating >= 3)` },
  { query: { source: 'referral', addedFrom: '2026-01-01', addedTo: '2026-01-01' }, where: "c.source_kind = 'referral' AND c.created_at < '2026-01-02'" },
];

/** Every matching candidate's id in the old order. */
function oldOrder(core: Core, sort: CandidateSort, direction: 'asc' | 'desc', where: string): string[] {
  return withRawDb(core.databasePath, (db) => db.prepare(`SELECT c.id FROM candidates c WHERE ${where} ORDER BY ${OFFSET_ORDER[sort][direction]}`).pluck().all() as string[]);
}

async function ids(core: Core, query: CandidateListQuery): Promise<{ ids: string[]; total: number }> {
  const list = await call<CandidateList>(core, 'candidates:list', query);
  return { ids: list.rows.map((row) => row.id), total: list.total };
}

/** The whole list read page after page, each found past the last row of the one before. */
async function scrolled(core: Core, query: CandidateListQuery, limit: number): Promise<string[]> {
  const all: string[] = [];
  for (;;) {
    const afterId = all.at(-1);
    const page = await ids(core, { ...query, offset: all.length, limit, ...(afterId !== undefined ? { afterId } : {}) });
    all.push(...page.ids);
    if (page.ids.length < limit) return all;
  }
}

/** Positions either side of the marks, and near the end. */
function jumps(total: number): number[] {
  return [0, 1, MARK_EVERY - 1, MARK_EVERY, MARK_EVERY + 1, 2 * MARK_EVERY - 3, 2 * MARK_EVERY + 250, total - 1, total - 40, total, total + 5].filter((n) => n >= 0);
}

describe('candidates:list pages by key', () => {
  it('gives the old pages, scrolling on and jumping anywhere, for every sort both ways, with and without filters', async () => {
    const core = tempCore({ dataDir: seeded() });
    for (const filter of FILTERS) {
      for (const sort of CANDIDATE_SORTS) {
        for (const direction of ['asc', 'desc'] as const) {
          const query: CandidateListQuery = { ...filter.query, sort, direction };
          const expected = oldOrder(core, sort, direction, filter.where);
          const what = JSON.stringify(query);
          expect(expected.length, what).toBeGreaterThan(filter.where === '1' ? 2 * MARK_EVERY : 10);
          expect(await scrolled(core, query, 97), what).toEqual(expected);
          for (const offset of jumps(expected.length)) {
            const page = await ids(core, { ...query, offset, limit: 61 });
            expect(page, `${what} at ${offset}`).toEqual({ ids: expected.slice(offset, offset + 61), total: expected.length });
          }
        }
      }
    }
    await core.close();
  });

  it('with a search, a page found past a row is the page at its offset', async () => {
    const core = tempCore({ dataDir: seeded() });
    for (const sort of CANDIDATE_SORTS) {
      for (const direction of ['asc', 'desc'] as const) {
        const query: CandidateListQuery = { search: 'amara', sort, direction };
        const byOffset: string[] = [];
        for (let offset = 0; ; offset += 83) {
          const page = await ids(core, { ...query, offset, limit: 83 });
          byOffset.push(...page.ids);
          if (page.ids.length < 83) break;
        }
        expect(byOffset.length).toBe(withRawDb(core.databasePath, (db) => db.prepare("SELECT count(*) FROM candidates WHERE full_name LIKE 'amara%'").pluck().get()));
        expect(await scrolled(core, query, 83), JSON.stringify(query)).toEqual(byOffset);
      }
    }
    await core.close();
  });

  it('finds the marks and the count again after any change, by the core or by another connection', async () => {
    const core = tempCore({ dataDir: seeded() });
    const query: CandidateListQuery = { sort: 'name', direction: 'asc' };
    const deep = 2 * MARK_EVERY + 10;
    expect((await ids(core, { ...query, offset: deep, limit: 5 })).ids).toEqual(oldOrder(core, 'name', 'asc', '1').slice(deep, deep + 5));
    // A new first name moves every row down one place.
    await call(core, 'candidates:create', { fullName: 'Aaron Abbott' });
    let expected = oldOrder(core, 'name', 'asc', '1');
    expect(expected[0]).not.toBe(undefined);
    expect(await ids(core, { ...query, offset: deep, limit: 5 })).toEqual({ ids: expected.slice(deep, deep + 5), total: PEOPLE + 1 });
    // Another program renames the first hundred people after the marks were found.
    const other = new Database(core.databasePath, { fileMustExist: true });
    other.prepare("UPDATE candidates SET full_name = 'Zz ' || seq WHERE seq <= 100").run();
    other.close();
    expected = oldOrder(core, 'name', 'asc', '1');
    expect(await ids(core, { ...query, offset: deep, limit: 5 })).toEqual({ ids: expected.slice(deep, deep + 5), total: PEOPLE + 1 });
    expect(await ids(core, { ...query, offset: expected.length - 3, limit: 5 })).toEqual({ ids: expected.slice(-3), total: PEOPLE + 1 });
    await core.close();
  });

  it('keeps each person\'s best rating (migration 17) as their applications are rated, moved and deleted', async () => {
    const core = tempCore({ dataDir: seeded() });
    const best = () => withRawDb(core.databasePath, (db) => db.prepare(`SELECT count(*) FROM candidates c WHERE c.best_rating IS NOT ${BEST_RATING}`).pluck().get());
    const apps = withRawDb(core.databasePath, (db) => db.prepare('SELECT id, candidate_id FROM applications ORDER BY rowid LIMIT 40').all() as { id: string; candidate_id: string }[]);
    expect(best()).toBe(0);
    for (const [n, app] of apps.slice(0, 20).entries()) await call(core, 'applications:rate', { applicationId: app.id, rating: n % 5 === 0 ? null : (n % 4) + 1 });
    expect(best()).toBe(0);
    // A merge moves every application of one person to the other; erasing deletes them.
    const [a, b] = [apps[20]?.candidate_id, apps[30]?.candidate_id];
    await call(core, 'candidates:merge', { keepId: a, mergeId: b });
    await call(core, 'candidates:delete', { id: apps[35]?.candidate_id });
    expect(best()).toBe(0);
    for (const direction of ['asc', 'desc'] as const) {
      expect(await scrolled(core, { sort: 'rating', direction }, 500)).toEqual(oldOrder(core, 'rating', direction, '1'));
    }
    await core.close();
  });
});
