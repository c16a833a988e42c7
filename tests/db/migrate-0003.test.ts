// Migration 3 (applicant tracking) on top of a schema-2 database that already holds data: roles and
// their descriptions survive, existing roles get the default pipeline, rejection reasons are seeded,
// and the new tables enforce their rules. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Role } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const T = '2025-05-01T10:00:00.000Z';

/** A data folder whose hirebook.db is at schema 2 with one role and a description section. */
function schemaTwoFolder(): string {
  return schemaFolderAt(2, (db) => {
    insertRoleRow(db, ROLE_ID, 'Line Cook', T);
    db.prepare(
      "INSERT INTO role_sections (id, role_id, position, kind, heading, html, created_at, updated_at) VALUES ('s1', ?, 0, 'summary', 'Summary', '<p>Cook.</p>', ?, ?)",
    ).run(ROLE_ID, T, T);
  });
}

describe('migration 0003-applicant-tracking', () => {
  it('upgrades a schema-2 file with data, keeping a backup and seeding stages and reasons', async () => {
    const dataDir = schemaTwoFolder();
    const core = tempCore({ dataDir });
    expect(value<Role>(await core.dispatch('roles:get', { id: ROLE_ID }))).toMatchObject({ title: 'Line Cook', updatedAt: T });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(LATEST_SCHEMA_VERSION).toBeGreaterThanOrEqual(3);
      const tables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all() as string[]);
      expect(tables).toEqual(expect.arrayContaining([
        'candidates', 'candidate_emails', 'candidate_phones', 'candidate_links', 'candidate_tags', 'attachments', 'candidates_fts',
        'pipeline_stages', 'applications', 'stage_events', 'rejection_reasons', 'application_notes', 'activity_log',
      ]));
      expect(db.prepare('SELECT count(*) FROM role_sections').pluck().get()).toBe(1);
      const stages = db.prepare('SELECT name, kind FROM pipeline_stages WHERE role_id = ? ORDER BY position').all(ROLE_ID);
      expect(stages).toEqual([
        { name: 'Applied', kind: 'active' }, { name: 'Screening', kind: 'active' }, { name: 'Interview', kind: 'active' },
        { name: 'Offer', kind: 'active' }, { name: 'Hired', kind: 'hired' },
      ]);
      const reasons = db.prepare('SELECT kind, label FROM rejection_reasons ORDER BY kind, position').all() as { kind: string; label: string }[];
      expect(reasons.filter((r) => r.kind === 'we_rejected').map((r) => r.label)).toEqual(expect.arrayContaining(['Lacks qualifications', 'Did not attend the interview']));
      expect(reasons.filter((r) => r.kind === 'they_withdrew').map((r) => r.label)).toEqual(expect.arrayContaining(['Accepted another offer', 'No response']));
    });
  });

  it('refuses rows that break the new tables’ rules', () => {
    const dataDir = schemaTwoFolder();
    tempCore({ dataDir }).close();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    db.pragma('foreign_keys = ON');
    try {
      const candidate = db.prepare("INSERT INTO candidates (id, full_name, source_kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)");
      expect(() => candidate.run('c0', 'Ana', 'carrier_pigeon', T, T)).toThrow(/CHECK/);
      expect(() => candidate.run('c0', '  ', 'other', T, T)).toThrow(/CHECK/);
      candidate.run('c1', 'Ana Lima', 'referral', T, T);
      const stage = db.prepare('SELECT id FROM pipeline_stages WHERE role_id = ? ORDER BY position').pluck().get(ROLE_ID) as string;
      const app = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, stage_entered_at, created_at, updated_at)
        VALUES (?, 'c1', ?, ?, ?, ?, ?, ?, ?)`);
      expect(() => app.run('a0', ROLE_ID, stage, 'active', 5, T, T, T)).toThrow(/CHECK/);
      expect(() => app.run('a0', ROLE_ID, stage, 'ghosted', null, T, T, T)).toThrow(/CHECK/);
      expect(() => app.run('a0', ROLE_ID, 'no-such-stage', 'active', null, T, T, T)).toThrow(/FOREIGN KEY/);
      app.run('a1', ROLE_ID, stage, 'active', 4, T, T, T);
      expect(() => app.run('a2', ROLE_ID, stage, 'active', null, T, T, T)).toThrow(/UNIQUE/);
      db.prepare("INSERT INTO activity_log (id, entity_type, entity_id, action, created_at, updated_at) VALUES ('l1', 'candidate', 'c1', 'created', ?, ?)").run(T, T);
      expect(() => db.prepare("UPDATE activity_log SET action = 'x'").run()).toThrow(/append-only/);
      db.prepare('DELETE FROM roles WHERE id = ?').run(ROLE_ID);
      expect(db.prepare('SELECT count(*) FROM applications').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM pipeline_stages').pluck().get()).toBe(0);
      db.prepare("DELETE FROM candidates WHERE id = 'c1'").run();
      expect(db.prepare('SELECT count(*) FROM candidates').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
