// Migration 0012 (anonymise): a file from schema 11 (the append-only triggers as migration 3 wrote them, no
// erasure ledger) is upgraded with its history intact; afterwards the history allows exactly one change,
// clearing its free text (a stage event's note to '', an activity entry's details to '{}'), and refuses every
// other change as before. Runs in Vitest on a real SQLite file.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, Pipeline } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { board, call, stageId } from '../helpers/applicants';
import { UNDO_MIGRATION_13, UNDO_MIGRATION_14, UNDO_MIGRATION_15, UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';

/** Opens the file for writing, as an older Hirebook (or someone with a SQLite tool) would. */
function withWritableDb<T>(dbPath: string, use: (db: Database.Database) => T): T {
  const db = new Database(dbPath, { fileMustExist: true });
  try {
    return use(db);
  } finally {
    db.close();
  }
}

/** The triggers as schema 11 had them, and no ledger. */
function backToSchemaEleven(dbPath: string): void {
  const db = new Database(dbPath);
  try {
    db.exec(`DROP TRIGGER stage_events_append_only;
      CREATE TRIGGER stage_events_append_only
      BEFORE UPDATE OF id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, note, created_at, updated_at
      ON stage_events BEGIN
        SELECT RAISE(ABORT, 'stage_events is append-only');
      END;
      DROP TRIGGER activity_log_append_only;
      CREATE TRIGGER activity_log_append_only BEFORE UPDATE ON activity_log BEGIN
        SELECT RAISE(ABORT, 'activity_log is append-only');
      END;
      DROP TABLE erasures;
      ${UNDO_MIGRATION_18}
      ${UNDO_MIGRATION_17}
      ${UNDO_MIGRATION_15}
      ${UNDO_MIGRATION_14}
      ${UNDO_MIGRATION_13}
      PRAGMA user_version = 11;`);
  } finally {
    db.close();
  }
}

type Row = Record<string, unknown>;

describe('migration 0012-anonymise', () => {
  it('keeps the history and then allows only clearing its free text', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    const role = await call<{ id: string }>(core, 'roles:create', { title: 'Cook' });
    const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: 'Ana Lima', roleId: role.id });
    const applicationId = made.candidate.applications[0]?.id ?? '';
    const pipeline = await call<Pipeline>(core, 'pipeline:get', { roleId: role.id });
    await call(core, 'applications:move', { applicationId, toStageId: stageId(pipeline, 'Screening'), note: 'Sounded keen' });
    expect((await board(core, role.id)).stages.length).toBeGreaterThan(0);
    const dbPath = core.databasePath;
    await core.close();
    backToSchemaEleven(dbPath);
    const history = (db: Database.Database) => ({
      events: db.prepare('SELECT * FROM stage_events ORDER BY created_at, rowid').all() as Row[],
      activity: db.prepare('SELECT * FROM activity_log ORDER BY rowid').all() as Row[],
    });
    const before = withRawDb(dbPath, history);
    // Schema 11 refuses even the clearing.
    withWritableDb(dbPath, (db) => expect(() => db.prepare("UPDATE stage_events SET note = ''").run()).toThrow(/append-only/));

    const upgraded = tempCore({ dataDir });
    await upgraded.close();
    withWritableDb(dbPath, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
      expect(history(db)).toEqual(before);
      expect(db.prepare('SELECT COUNT(*) FROM erasures').pluck().get()).toBe(0);
      const moved = before.events.find((e) => e.note === 'Sounded keen');
      const entry = before.activity.find((a) => a.details_json !== '{}');
      expect(moved && entry).toBeTruthy();
      const refused = [
        ["UPDATE stage_events SET note = 'Rewritten' WHERE id = ?", moved?.id],
        ["UPDATE stage_events SET note = '', to_status = 'hired' WHERE id = ?", moved?.id],
        ["UPDATE stage_events SET note = '', created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?", moved?.id],
        ["UPDATE stage_events SET note = '', to_stage_name = 'Other' WHERE id = ?", moved?.id],
        ["UPDATE stage_events SET from_stage_id = NULL WHERE id = ?", moved?.id],
        ['UPDATE activity_log SET details_json = \'{"fields":["x"]}\' WHERE id = ?', entry?.id],
        ["UPDATE activity_log SET details_json = '{}', action = 'other' WHERE id = ?", entry?.id],
        ["UPDATE activity_log SET details_json = '{}', created_at = '2020-01-01T00:00:00.000Z' WHERE id = ?", entry?.id],
        ["UPDATE activity_log SET details_json = '{}', entity_id = 'x' WHERE id = ?", entry?.id],
        ["UPDATE role_status_events SET to_status = 'closed'", undefined],
      ] as const;
      for (const [sql, id] of refused) expect(() => db.prepare(sql).run(...(id === undefined ? [] : [id])), sql).toThrow(/append-only/);
      expect(history(db)).toEqual(before);
      // The one change allowed.
      db.prepare("UPDATE stage_events SET note = '' WHERE id = ?").run(moved?.id);
      db.prepare("UPDATE activity_log SET details_json = '{}' WHERE id = ?").run(entry?.id);
      const after = history(db);
      expect(after.events.find((e) => e.id === moved?.id)).toEqual({ ...moved, note: '' });
      expect(after.activity.find((a) => a.id === entry?.id)).toEqual({ ...entry, details_json: '{}' });
    });
  });
});
