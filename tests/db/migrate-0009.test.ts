// Migration 0009 (report facts read from an index) on the reports' fixture history: every fact row carries
// its candidate and their source, and every stay its place on the board, its ended tenths of a day and the
// epoch ms its current stay began, as worked out here from the other tables; a schema-8 file upgraded by
// the migration holds exactly what the lifecycle wrote, and the reports read the same; then the triggers
// keep the source and the interview count right when a candidate's source changes or an interview is
// cancelled. Runs in Vitest on real SQLite files.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { reportsWorld, REPORTS_NOW } from '../helpers/reports-seed';
import { UNDO_MIGRATION_11, UNDO_MIGRATION_13, UNDO_MIGRATION_14, UNDO_MIGRATION_15, UNDO_MIGRATION_17, UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

type Row = Record<string, unknown>;
const facts = (dbPath: string) =>
  withRawDb(dbPath, (db) => ({
    applications: db.prepare('SELECT * FROM application_facts ORDER BY application_id').all() as Row[],
    stages: db.prepare('SELECT * FROM application_stage_time ORDER BY application_id, stage_id').all() as Row[],
  }));

/** The file as schema 8 had it: no migration 9 triggers, indexes or columns, and the stays kept WITHOUT ROWID. */
function backToSchemaEight(dbPath: string): void {
  const db = new Database(dbPath);
  try {
    db.exec(`${UNDO_MIGRATION_18}
      DROP TRIGGER application_facts_follow_source; DROP TRIGGER application_facts_follow_candidate;
      DROP TRIGGER application_facts_interview_added; DROP TRIGGER application_facts_interview_changed; DROP TRIGGER application_facts_interview_removed;
      DROP INDEX application_facts_by_source;
      DROP INDEX application_facts_new; CREATE INDEX application_facts_new ON application_facts (application_id) WHERE status = 'active' AND moves = 0;
      DROP INDEX pipeline_stages_by_role; CREATE INDEX pipeline_stages_by_role ON pipeline_stages (role_id, position);
      ALTER TABLE application_facts DROP COLUMN candidate_id; ALTER TABLE application_facts DROP COLUMN source_kind; ALTER TABLE application_facts DROP COLUMN interviews;
      CREATE TABLE stays_8 (
        application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE, stage_id TEXT NOT NULL, role_id TEXT NOT NULL,
        applied_at TEXT NOT NULL, board_ms INTEGER, open_since TEXT, PRIMARY KEY (application_id, stage_id)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO stays_8 SELECT application_id, stage_id, role_id, applied_at, board_ms, open_since FROM application_stage_time;
      DROP TABLE application_stage_time; ALTER TABLE stays_8 RENAME TO application_stage_time;
      CREATE INDEX application_stage_time_by_applied ON application_stage_time (applied_at, role_id);
      CREATE INDEX application_stage_time_by_role ON application_stage_time (role_id, applied_at);
      DROP TABLE erasures;
      ${UNDO_MIGRATION_17}
      ${UNDO_MIGRATION_15}
      ${UNDO_MIGRATION_14}
      ${UNDO_MIGRATION_13}
      ${UNDO_MIGRATION_11}
      PRAGMA user_version = 8;`);
  } finally {
    db.close();
  }
}

const reportsOf = async (core: ReturnType<typeof tempCore>) => {
  const out: Record<string, Report['rows']> = {};
  for (const name of ['sources', 'time-in-stage', 'time-to-hire', 'funnel']) {
    out[name] = value<Report>(await core.dispatch('reports:get', { name, timeZone: 'Europe/London' })).rows;
  }
  return out;
};

describe('migration 0009-report-facts-indexes', () => {
  it('carries each fact’s source and each stay’s board place and tenths, fills an older file the same way, and follows a source change', async () => {
    const dataDir = tempDir();
    const world = await reportsWorld(dataDir);
    const written = facts(world.core.databasePath);
    const before = await reportsOf(world.core);
    await world.core.close();

    // What the lifecycle wrote equals the other tables, worked out here in JavaScript.
    withRawDb(path.join(dataDir, 'hirebook.db'), (db) => {
      const people = new Map((db.prepare(`SELECT a.id, a.candidate_id, p.source_kind,
          (SELECT COUNT(*) FROM interviews i WHERE i.application_id = a.id AND i.status <> 'cancelled') AS held
        FROM applications a JOIN candidates p ON p.id = a.candidate_id`).all() as Row[]).map((r) => [r.id, r]));
      for (const row of written.applications) {
        const person = people.get(row.application_id);
        expect([row.candidate_id, row.source_kind, row.interviews]).toEqual([person?.candidate_id, person?.source_kind, person?.held]);
      }
      const stages = db.prepare('SELECT id, role_id, position, kind FROM pipeline_stages ORDER BY role_id, position, id').all() as { id: string; role_id: string; kind: string }[];
      const slotOf = new Map<string, number>();
      const seen = new Map<string, number>();
      for (const s of stages.filter((x) => x.kind !== 'hired')) {
        slotOf.set(s.id, seen.get(s.role_id) ?? 0);
        seen.set(s.role_id, (seen.get(s.role_id) ?? 0) + 1);
      }
      for (const row of written.stages) {
        const boardMs = row.board_ms as number | null;
        const openSince = row.open_since as string | null;
        expect(row.board_slot).toBe(slotOf.get(row.stage_id as string) ?? null);
        expect(row.closed_tenths).toBe(openSince === null && boardMs !== null ? Math.floor((boardMs * 10 + 43_200_000) / 86_400_000) : null);
        expect(row.open_since_ms).toBe(openSince === null ? null : Date.parse(openSince));
      }
    });
    // The fixture has a stay in a removed stage and in a hired stage (no place), stays going on and ended ones.
    expect(written.stages.some((r) => r.board_slot === null)).toBe(true);
    expect(written.stages.some((r) => r.open_since_ms !== null) && written.stages.some((r) => r.closed_tenths !== null)).toBe(true);
    expect(new Set(written.applications.map((r) => r.source_kind)).size).toBeGreaterThan(3);

    backToSchemaEight(path.join(dataDir, 'hirebook.db'));
    const core = tempCore({ dataDir, now: () => new Date(REPORTS_NOW) });
    await core.dispatch('app:info', {});
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    expect(facts(core.databasePath)).toEqual(written);
    expect(await reportsOf(core)).toEqual(before);

    // A candidate's source changed after the upgrade: the facts follow it (a trigger of migration 9).
    const ivy = withRawDb(core.databasePath, (db) => db.prepare("SELECT id, source_kind FROM candidates WHERE full_name = 'Ivy Moss'").get() as { id: string; source_kind: string } | undefined);
    expect(ivy?.source_kind).toBe('website');
    value(await core.dispatch('candidates:update', { id: ivy?.id, patch: { source: 'agency' } }));
    const sources = value<Report>(await core.dispatch('reports:get', { name: 'sources', timeZone: 'Europe/London' })).rows;
    expect(sources.filter((r) => r.source === 'Agency' || r.source === 'Company website').map((r) => [r.source, r.applications])).toEqual([['Agency', 2], ['Company website', 1]]);

    // An interview cancelled after the upgrade: the facts follow it (another trigger).
    const booked = withRawDb(core.databasePath, (db) => db.prepare(`SELECT i.id FROM interviews i JOIN applications a ON a.id = i.application_id
      JOIN candidates p ON p.id = a.candidate_id WHERE p.source_kind = 'job_board' AND i.status <> 'cancelled'`).pluck().all() as string[]);
    expect(booked).toHaveLength(1);
    value(await core.dispatch('interviews:update', { id: booked[0], status: 'cancelled' }));
    const held = value<Report>(await core.dispatch('reports:get', { name: 'sources', timeZone: 'Europe/London' })).rows;
    expect(held.find((r) => r.source === 'Job board')?.interviews).toBe(0);
    await core.close();
  });
});
