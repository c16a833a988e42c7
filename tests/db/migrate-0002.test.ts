// Migration 2 (job descriptions) on top of a schema-1 database that already holds data: the data
// survives, a backup of the old file is made, and the new tables work with cascading deletes.
// Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Role, RoleDescription } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';

/** A data folder whose hirebook.db is at schema 1 with one role, as the previous release left it. */
function schemaOneFolder(): string {
  return schemaFolderAt(1, (db) => insertRoleRow(db, ROLE_ID, 'Line Cook', '2025-05-01T10:00:00.000Z'));
}

describe('migration 0002-job-descriptions', () => {
  it('upgrades a schema-1 file with data, keeping a backup of it', async () => {
    const dataDir = schemaOneFolder();
    const core = tempCore({ dataDir });

    const role = value<Role>(await core.dispatch('roles:get', { id: ROLE_ID }));
    expect(role).toMatchObject({ title: 'Line Cook', openings: 2, status: 'open', updatedAt: '2025-05-01T10:00:00.000Z' });
    const description = value<RoleDescription>(await core.dispatch('descriptions:get', { roleId: ROLE_ID }));
    expect(description).toEqual({ roleId: ROLE_ID, sections: [], updatedAt: null });

    const backups = fs.readdirSync(path.join(dataDir, 'backups'));
    expect(backups).toHaveLength(1);
    withRawDb(path.join(dataDir, 'backups', backups[0] ?? ''), (copy) => {
      expect(readUserVersion(copy)).toBe(1);
      expect(copy.prepare('SELECT title FROM roles').all()).toEqual([{ title: 'Line Cook' }]);
    });
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[];
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['role_sections', 'role_revisions', 'templates']));
    });
  });

  it('refuses rows that break the new tables’ rules', () => {
    const dataDir = schemaOneFolder();
    tempCore({ dataDir }).close();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    db.pragma('foreign_keys = ON');
    try {
      const insert = db.prepare(
        'INSERT INTO role_sections (id, role_id, position, kind, heading, html, created_at, updated_at) VALUES (?, ?, 0, ?, ?, ?, ?, ?)',
      );
      const now = '2026-01-01T00:00:00.000Z';
      expect(() => insert.run('s1', ROLE_ID, 'poem', 'H', '', now, now)).toThrow(/CHECK/);
      expect(() => insert.run('s1', 'no-such-role', 'summary', 'H', '', now, now)).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare("INSERT INTO templates (id, name, category, role_json, sections_json, created_at, updated_at) VALUES ('barista', 'B', 'x', '{}', '[]', ?, ?)").run(now, now)).toThrow(/CHECK/);
      insert.run('s1', ROLE_ID, 'summary', 'H', '<p>x</p>', now, now);
      db.prepare('DELETE FROM roles WHERE id = ?').run(ROLE_ID);
      expect(db.prepare('SELECT count(*) AS n FROM role_sections').get()).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
