// Migration 7 (role status history) on top of a schema-6 database holding an open role: the role survives
// (with a backup), nothing is backfilled for it, and from then on every status change — creating a role,
// changing its status, duplicating it — is recorded once, at the role's own stamp. Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '7b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const T = '2026-05-01T10:00:00.000Z';

function schemaSixFolder(): string {
  return schemaFolderAt(6, (db) => insertRoleRow(db, ROLE_ID, 'Barista', T));
}

const history = (dbPath: string, roleId: string) =>
  withRawDb(dbPath, (db) => db.prepare('SELECT from_status, to_status, created_at FROM role_status_events WHERE role_id = ? ORDER BY created_at, rowid').all(roleId));

describe('migration 0007-role-status-history', () => {
  it('upgrades a schema-6 file without backfilling, then records every status change', async () => {
    const dataDir = schemaSixFolder();
    let tick = Date.parse('2026-06-01T09:00:00.000Z');
    const core = tempCore({ dataDir, now: () => new Date((tick += 60_000)) });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    // The old role keeps its data and gets no invented history.
    expect(history(core.databasePath, ROLE_ID)).toEqual([]);
    const closed = value<Role>(await core.dispatch('roles:update', { id: ROLE_ID, patch: { status: 'filled' } }));
    // A save that changes something else but not the status records nothing more.
    value(await core.dispatch('roles:update', { id: ROLE_ID, patch: { department: 'Front' } }));
    expect(history(core.databasePath, ROLE_ID)).toEqual([{ from_status: 'open', to_status: 'filled', created_at: closed.updatedAt }]);

    const fresh = value<Role>(await core.dispatch('roles:create', { title: 'Cook' }));
    const opened = value<Role>(await core.dispatch('roles:update', { id: fresh.id, patch: { status: 'open' } }));
    const held = value<Role>(await core.dispatch('roles:update', { id: fresh.id, patch: { status: 'on_hold' } }));
    expect(history(core.databasePath, fresh.id)).toEqual([
      { from_status: null, to_status: 'draft', created_at: fresh.createdAt },
      { from_status: 'draft', to_status: 'open', created_at: opened.updatedAt },
      { from_status: 'open', to_status: 'on_hold', created_at: held.updatedAt },
    ]);
    const copy = value<Role>(await core.dispatch('roles:duplicate', { id: fresh.id }));
    expect(history(core.databasePath, copy.id)).toEqual([{ from_status: null, to_status: 'draft', created_at: copy.createdAt }]);
    // The history is append-only and goes with its role.
    const writable = new Database(core.databasePath);
    try {
      expect(() => writable.prepare("UPDATE role_status_events SET to_status = 'open'").run()).toThrow(/append-only/);
    } finally {
      writable.close();
    }
    value(await core.dispatch('roles:delete', { id: fresh.id }));
    expect(history(core.databasePath, fresh.id)).toEqual([]);
  });
});
