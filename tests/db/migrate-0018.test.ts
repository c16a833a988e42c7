// Migration 0018 (board counts) on a schema-17 file holding the reports' fixture history (cards moved back,
// rejected and reactivated, a merged duplicate, a removed stage, hires) and a few untouched applications:
// the fill gives each active application's stage on its facts and the per-stage counts exactly as the
// triggers of a file that grew under this version keep them, the Roles list shows the same counts, and the
// triggers go on keeping them after the upgrade. Runs in Vitest on real SQLite files.
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApplicationList, RoleList } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { addPeople, board, call } from '../helpers/applicants';
import { reportsWorld, REPORTS_NOW } from '../helpers/reports-seed';
import { UNDO_MIGRATION_18 } from '../helpers/schema-folder';
import { tempCore, tempDir, withRawDb } from '../helpers/temp-core';

type Rows = Record<string, unknown>[];

const stored = (dbPath: string) =>
  withRawDb(dbPath, (db) => ({
    stages: db.prepare('SELECT application_id, active_stage_id FROM application_facts ORDER BY application_id').all() as Rows,
    counts: db.prepare('SELECT * FROM board_counts ORDER BY role_id, stage_id').all() as Rows,
  }));

/** The per-stage counts worked out again from the applications and their facts. */
const recounted = (dbPath: string) =>
  withRawDb(dbPath, (db) => db.prepare(`SELECT a.role_id, a.stage_id, COUNT(*) AS active, SUM(f.status = 'active' AND f.moves = 0) AS untouched
    FROM applications a JOIN application_facts f ON f.application_id = a.id WHERE a.status = 'active'
    GROUP BY a.role_id, a.stage_id ORDER BY a.role_id, a.stage_id`).all() as Rows);

const counts = async (core: ReturnType<typeof tempCore>) =>
  Object.fromEntries(Object.entries((await call<RoleList>(core, 'roles:list', { timeZone: 'Europe/London' })).counts).map(([id, n]) => [id, { new: n.new, inProcess: n.inProcess }]));

describe('migration 0018-board-counts', () => {
  it('fills the counts of an older file as the triggers keep them, and the triggers go on after the upgrade', async () => {
    const dataDir = tempDir();
    const world = await reportsWorld(dataDir);
    // Untouched applications: two in the Barista's first stage, one added straight into its second.
    const [ivy = '', jo = '', kai = ''] = await addPeople(world.core, ['Ivy', 'Jo', 'Kai']);
    const second = (await board(world.core, world.roles.barista.id)).stages[1]?.id;
    const apply = async (candidateId: string, stageId?: string) =>
      (await call<ApplicationList>(world.core, 'applications:create', { candidateId, roleIds: [world.roles.barista.id], ...(stageId ? { stageId } : {}) })).applications[0]?.id ?? '';
    const ivyApp = await apply(ivy);
    await apply(jo);
    await apply(kai, second);
    const grown = stored(world.core.databasePath);
    const shown = await counts(world.core);
    await world.core.close();
    expect(grown.counts).toEqual(recounted(path.join(dataDir, 'hirebook.db')));
    expect(shown[world.roles.barista.id]?.new).toBe(2);
    expect(Object.values(shown).reduce((sum, n) => sum + n.inProcess, 0)).toBeGreaterThan(1);

    // Back to schema 17: no stage on the facts, no counts, no triggers.
    const raw = new Database(path.join(dataDir, 'hirebook.db'));
    raw.exec(`${UNDO_MIGRATION_18} PRAGMA user_version = 17;`);
    raw.close();

    const core = tempCore({ dataDir, now: () => new Date(REPORTS_NOW) });
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    expect(stored(core.databasePath)).toEqual(grown);
    expect(await counts(core)).toEqual(shown);

    // The triggers came with the upgrade: moving Ivy on leaves one new application, counted again the same.
    await call(core, 'applications:move', { applicationId: ivyApp, toStageId: second });
    expect((await counts(core))[world.roles.barista.id]).toEqual({ new: 1, inProcess: (shown[world.roles.barista.id]?.inProcess ?? 0) + 1 });
    expect(stored(core.databasePath).counts).toEqual(recounted(core.databasePath));
    await core.close();
  });
});
