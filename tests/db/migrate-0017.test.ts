// Migration 0017 (list sort keys) on a schema-16 file: each person's best rating is filled from their
// applications (NULL for people with none rated or none at all), without touching updated_at, the rating sort
// then reads the two new indexes and lists people as the old per-row subquery ordered them, and the column
// refuses a rating outside 1–4. Runs in Vitest on real SQLite files.
import { randomUUID } from 'node:crypto';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateList } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, withRawDb } from '../helpers/temp-core';

const AT = '2026-01-05T09:00:00.000Z';
// name → the ratings of their applications (one role each).
const PEOPLE: Record<string, (number | null)[]> = {
  'Ana Two': [2, null],
  'Bo Four': [1, 4, 3],
  'Cy Unrated': [null],
  'Di Nothing': [],
  'Ed Three': [3],
  'Fa Two': [2],
};

describe('migration 0017-list-sort-keys', () => {
  it('fills each best rating from the applications and sorts by it as before', async () => {
    const roles = [randomUUID(), randomUUID(), randomUUID()];
    const dataDir = schemaFolderAt(16, (db) => {
      roles.forEach((id, n) => {
        insertRoleRow(db, id, `Role ${n}`, AT);
        db.prepare("INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, 'Applied', 0, 'active', ?, ?)").run(`s${n}`, id, AT, AT);
      });
      for (const [name, ratings] of Object.entries(PEOPLE)) {
        const id = randomUUID();
        db.prepare('INSERT INTO candidates (id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(id, name, AT, AT);
        ratings.forEach((rating, n) =>
          db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, position, stage_entered_at, created_at, updated_at)
            VALUES (?, ?, ?, ?, 'active', ?, 0, ?, ?, ?)`).run(randomUUID(), id, roles[n], `s${n}`, rating, AT, AT, AT),
        );
      }
    });
    const core = tempCore({ dataDir });
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT full_name, best_rating, updated_at FROM candidates ORDER BY full_name').all()).toEqual([
        { full_name: 'Ana Two', best_rating: 2, updated_at: AT },
        { full_name: 'Bo Four', best_rating: 4, updated_at: AT },
        { full_name: 'Cy Unrated', best_rating: null, updated_at: AT },
        { full_name: 'Di Nothing', best_rating: null, updated_at: AT },
        { full_name: 'Ed Three', best_rating: 3, updated_at: AT },
        { full_name: 'Fa Two', best_rating: 2, updated_at: AT },
      ]);
      const plan = (direction: string) => (db.prepare(`EXPLAIN QUERY PLAN SELECT c.seq FROM candidates c ORDER BY coalesce(c.best_rating, ${direction === 'ASC' ? 5 : 0}) ${direction}, c.seq ${direction} LIMIT 5`).all() as { detail: string }[]).map((r) => r.detail).join(' ');
      expect(plan('ASC')).toContain('candidates_by_rating_up');
      expect(plan('DESC')).toContain('candidates_by_rating_down');
    });
    const names = async (direction: 'asc' | 'desc') => (await call<CandidateList>(core, 'candidates:list', { sort: 'rating', direction })).rows.map((r) => r.fullName);
    // Unrated last both ways; ties in the order people were added, reversed with the direction.
    expect(await names('desc')).toEqual(['Bo Four', 'Ed Three', 'Fa Two', 'Ana Two', 'Di Nothing', 'Cy Unrated']);
    expect(await names('asc')).toEqual(['Ana Two', 'Fa Two', 'Ed Three', 'Bo Four', 'Cy Unrated', 'Di Nothing']);
    await core.close();

    const db = new Database(core.databasePath, { fileMustExist: true });
    try {
      expect(() => db.prepare("UPDATE candidates SET best_rating = 5 WHERE full_name = 'Ana Two'").run()).toThrow(/CHECK constraint failed/);
    } finally {
      db.close();
    }
  });
});
