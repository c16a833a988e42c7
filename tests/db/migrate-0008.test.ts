// Migration 0008 (report facts) on top of a schema-7 file holding the reports' fixture history (cards moved
// back, rejected and reactivated, a merged duplicate, a removed stage, hires): the SQL fill gives exactly
// the facts the application lifecycle writes with the live rule (applicationFacts), so an upgraded file and
// a file that grew under this version report the same. Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../electron/contract';
import { applicationFacts } from '../../electron/core/applications/applications-rules';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { reportsWorld, REPORTS_NOW } from '../helpers/reports-seed';
import { UNDO_MIGRATION_11, UNDO_MIGRATION_13, UNDO_MIGRATION_14, UNDO_MIGRATION_15, UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

type Rows = Record<string, unknown>[];
const facts = (dbPath: string) =>
  withRawDb(dbPath, (db) => ({
    applications: db.prepare('SELECT * FROM application_facts ORDER BY application_id').all() as Rows,
    stages: db.prepare('SELECT * FROM application_stage_time ORDER BY application_id, stage_id').all() as Rows,
  }));

/** The file as schema 7 had it: no facts tables (nor migration 9's triggers that write them), no stage waiting limits, the old Today index. */
function backToSchemaSeven(dbPath: string): void {
  const db = new Database(dbPath);
  try {
    db.exec(`${UNDO_MIGRATION_18}
      DROP TRIGGER application_facts_follow_source; DROP TRIGGER application_facts_follow_candidate;
      DROP TRIGGER application_facts_interview_added; DROP TRIGGER application_facts_interview_changed; DROP TRIGGER application_facts_interview_removed; DROP TABLE application_facts; DROP TABLE application_stage_time; ALTER TABLE pipeline_stages DROP COLUMN wait_days;
      DROP INDEX applications_by_status_entered; CREATE INDEX applications_by_status_entered ON applications (status, stage_entered_at);
      DROP TABLE erasures;
      ${UNDO_MIGRATION_17}
      ${UNDO_MIGRATION_15}
      ${UNDO_MIGRATION_14}
      ${UNDO_MIGRATION_13}
      ${UNDO_MIGRATION_11}
      PRAGMA user_version = 7;`);
  } finally {
    db.close();
  }
}

describe('migration 0008-report-facts', () => {
  it('fills the facts of an older file exactly as the lifecycle writes them, and the reports read the same', async () => {
    const dataDir = tempDir();
    const world = await reportsWorld(dataDir);
    const written = facts(world.core.databasePath);
    const before = value<Report>(await world.core.dispatch('reports:get', { name: 'time-in-stage', timeZone: 'Europe/London' }));
    await world.core.close();

    // The lifecycle's facts are the live rule applied to each application's stored history.
    withRawDb(path.join(dataDir, 'hirebook.db'), (db) => {
      const apps = db.prepare('SELECT id, role_id, status, created_at FROM applications ORDER BY id').all() as { id: string; role_id: string; status: 'active'; created_at: string }[];
      expect(apps.length).toBeGreaterThanOrEqual(10);
      expect(written.applications).toHaveLength(apps.length);
      const stages = new Map((db.prepare('SELECT id, position, kind FROM pipeline_stages').all() as { id: string; position: number; kind: string }[]).map((s) => [s.id, s]));
      for (const app of apps) {
        const events = db.prepare('SELECT from_status, to_stage_id, to_status, created_at FROM stage_events WHERE application_id = ? ORDER BY created_at, rowid').all(app.id) as Parameters<typeof applicationFacts>[0][number][];
        const rule = applicationFacts(events, app.status, app.created_at);
        const entered = rule.stages.map((t) => stages.get(t.stageId)).filter((s) => s !== undefined);
        const board = entered.filter((s) => s.kind === 'active').map((s) => s.position);
        // Migration 8's columns (migrations 9's and 19's are checked in their own tests).
        const { candidate_id: _candidate, source_kind: _source, interviews: _interviews, active_stage_id: _stage, ...eight } = written.applications.find((r) => r.application_id === app.id) ?? {};
        expect(eight).toEqual({
          application_id: app.id, role_id: app.role_id, applied_at: rule.appliedAt, hired_at: rule.hiredAt, status: rule.status, status_at: rule.statusAt,
          moves: rule.moves, ever_hired: rule.status === 'hired' || rule.hiredAt !== null || entered.some((s) => s.kind === 'hired') ? 1 : 0,
          reached_position: board.length === 0 ? null : Math.max(...board),
        });
        const stored = written.stages.filter((r) => r.application_id === app.id).map((r) => ({ stageId: r.stage_id, boardMs: r.board_ms, openSince: r.open_since }));
        expect(stored.sort((a, b) => String(a.stageId).localeCompare(String(b.stageId)))).toEqual([...rule.stages].sort((a, b) => a.stageId.localeCompare(b.stageId)));
      }
    });
    // Somebody was moved back and forth (more than one ended stay in a stage), someone is rejected now, and a
    // removed stage is still among the stages entered (and counted in no reached position).
    expect(written.stages.some((r) => typeof r.board_ms === 'number' && r.board_ms > 0 && r.open_since === null)).toBe(true);
    expect(written.applications.some((r) => r.status === 'rejected' || r.status === 'withdrawn')).toBe(true);
    withRawDb(path.join(dataDir, 'hirebook.db'), (db) =>
      expect(db.prepare('SELECT COUNT(*) FROM application_stage_time t WHERE NOT EXISTS (SELECT 1 FROM pipeline_stages s WHERE s.id = t.stage_id)').pluck().get()).toBeGreaterThan(0));

    backToSchemaSeven(path.join(dataDir, 'hirebook.db'));
    const core = tempCore({ dataDir, now: () => new Date(REPORTS_NOW) });
    await core.dispatch('app:info', {});
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    expect(fs.readdirSync(path.join(dataDir, 'backups')).length).toBeGreaterThan(0);
    expect(facts(core.databasePath)).toEqual(written);
    const after = value<Report>(await core.dispatch('reports:get', { name: 'time-in-stage', timeZone: 'Europe/London' }));
    expect(after.rows).toEqual(before.rows);
  });
});
