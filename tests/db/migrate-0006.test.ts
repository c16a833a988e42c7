// Migration 6 (four-point ratings) on top of a schema-4 database (migrated through 5 on the way) holding one application per star rating
// (1–5) and one unrated: every rating maps to a word as README.md's "Ratings" says (1 → Strong no, 2 → No,
// 3 and 4 → Yes, 5 → Strong yes), none is cleared, the rest of each row is untouched, the indexes are back,
// and the column now refuses 5. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ratingLabel, type Pipeline } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const T = '2026-05-01T10:00:00.000Z';
/** Stars as stored before, and the word each must become (README.md, "Ratings"). */
const EXPECTED: readonly [stars: number | null, point: number | null, word: string | null][] = [
  [1, 1, 'Strong no'],
  [2, 2, 'No'],
  [3, 3, 'Yes'],
  [4, 3, 'Yes'],
  [5, 4, 'Strong yes'],
  [null, null, null],
];
const candidateId = (i: number) => `6b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4${i}`;
const applicationId = (i: number) => `7b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4${i}`;

/** A data folder whose hirebook.db is at schema 4 with one application per star rating and one unrated. */
function schemaFourFolder(): string {
  return schemaFolderAt(4, (db) => {
    insertRoleRow(db, ROLE_ID, 'Line Cook', T);
    db.prepare("INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES ('8b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f', ?, 'Applied', 0, 'active', ?, ?)").run(ROLE_ID, T, T);
    EXPECTED.forEach(([stars], i) => {
      db.prepare('INSERT INTO candidates (id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(candidateId(i), `Person ${i}`, T, T);
      db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, rating, position, rejection_note, stage_entered_at, created_at, updated_at)
        VALUES (?, ?, ?, '8b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f', ?, ?, ?, ?, ?, ?)`).run(applicationId(i), candidateId(i), ROLE_ID, stars, i + 0.5, `note ${i}`, T, T, T);
    });
    db.prepare("INSERT INTO application_notes (id, application_id, body, created_at, updated_at) VALUES ('n1', ?, 'Kind', ?, ?)").run(applicationId(4), T, T);
  });
}

describe('migration 0006-four-point-ratings', () => {
  it('maps every stored star rating to a word (none cleared), keeps the rest of each row and makes a backup', async () => {
    const dataDir = schemaFourFolder();
    const core = tempCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const rows = db.prepare('SELECT id, rating, position, rejection_note FROM applications ORDER BY position').all();
      expect(rows).toEqual(EXPECTED.map(([, point], i) => ({ id: applicationId(i), rating: point, position: i + 0.5, rejection_note: `note ${i}` })));
      // Every rated row is still rated: as many ratings as before the migration.
      expect(db.prepare('SELECT count(rating) FROM applications').pluck().get()).toBe(EXPECTED.filter(([stars]) => stars !== null).length);
      expect(db.prepare("SELECT count(*) FROM application_notes WHERE application_id = ?").pluck().get(applicationId(4))).toBe(1);
      const indexes = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'applications'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['applications_by_candidate', 'applications_by_role_rating', 'applications_by_board']));
      expect(db.pragma('foreign_key_check')).toEqual([]);
    });
    // What the board shows: the word for each, from the owner's rating.
    const pipeline = value<Pipeline>(await core.dispatch('pipeline:get', { roleId: ROLE_ID }));
    const byId = new Map(pipeline.cards.map((c) => [c.applicationId, c.cardRating]));
    EXPECTED.forEach(([stars, point, word], i) => {
      const shown = byId.get(applicationId(i));
      expect(shown, `stars ${String(stars)}`).toMatchObject({ value: point, from: point === null ? null : 'owner' });
      expect(ratingLabel(shown?.value, '')).toBe(word ?? '');
    });
    core.close();
  });

  it('leaves a column that refuses anything off the four-point scale', () => {
    const dataDir = schemaFourFolder();
    tempCore({ dataDir }).close();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    try {
      const rate = db.prepare('UPDATE applications SET rating = ? WHERE id = ?');
      expect(() => rate.run(5, applicationId(0))).toThrow(/CHECK/);
      expect(() => rate.run(0, applicationId(0))).toThrow(/CHECK/);
      rate.run(4, applicationId(0));
      rate.run(null, applicationId(0));
    } finally {
      db.close();
    }
  });
});
