// Migration 0010 (search-purge): a person deleted before this version left their words in the search index's
// own rows (candidates_fts_data: the index only marked them gone); after the upgrade those rows hold none of
// them, and the people still there are still found. Runs in Vitest on a real SQLite file.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, CandidateList } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { call } from '../helpers/applicants';
import { UNDO_MIGRATION_11, UNDO_MIGRATION_13, UNDO_MIGRATION_14, UNDO_MIGRATION_15, UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';

const leftovers = (dbPath: string) =>
  withRawDb(dbPath, (db) => db.prepare("SELECT COUNT(*) FROM candidates_fts_data WHERE instr(block, CAST('qzxgone' AS BLOB)) > 0").pluck().get() as number);

describe('migration 0010-search-purge', () => {
  it('drops what the index kept of people deleted before it', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    const gone = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Qzxgone Person', emails: ['qzxgone@example.com'] });
    await call(core, 'candidates:create', { fullName: 'Kept Person', emails: ['kept@example.com'] });
    const dbPath = core.databasePath;
    await core.close();
    // As an older version deleted: the row goes, the index only marks the entry gone.
    const db = new Database(dbPath);
    db.prepare('DELETE FROM candidates WHERE id = ?').run(gone.candidate.id);
    db.exec('DROP TABLE erasures');
    db.exec(UNDO_MIGRATION_18);
    db.exec(UNDO_MIGRATION_17);
    db.exec(UNDO_MIGRATION_15);
    db.exec(UNDO_MIGRATION_14);
    db.exec(UNDO_MIGRATION_13);
    db.exec(UNDO_MIGRATION_11);
    db.pragma('user_version = 9');
    db.close();
    expect(leftovers(dbPath)).toBeGreaterThan(0);

    const upgraded = tempCore({ dataDir });
    const found = await call<CandidateList>(upgraded, 'candidates:list', { search: 'kept' });
    withRawDb(dbPath, (raw) => expect(raw.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION));
    expect(leftovers(dbPath)).toBe(0);
    expect(found.rows.map((r) => r.fullName)).toEqual(['Kept Person']);
    expect((await call<CandidateList>(upgraded, 'candidates:list', { search: 'qzxgone' })).rows).toEqual([]);
    await upgraded.close();
  });
});
