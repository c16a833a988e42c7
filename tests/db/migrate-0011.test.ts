// Migration 0011 (retention) on a schema-10 file holding a candidate with a keep-until date: the company
// gets the retention default (12 months, erase), the candidate keeps their date and gets an empty reason and
// no recorded consent; the new columns refuse what their CHECKs forbid. Runs in Vitest on real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateProfile, RetentionSettings } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { call } from '../helpers/applicants';
import { schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, withRawDb } from '../helpers/temp-core';

const ID = '3c1f6d2e-8b4a-4c7e-9f10-2a3b4c5d6e7f';
const T = '2025-04-01T09:00:00.000Z';

describe('migration 0011-retention', () => {
  it('adds the retention default and the consent record, keeping what was there', async () => {
    const dataDir = schemaFolderAt(10, (db) => {
      db.prepare(`INSERT INTO candidates (id, full_name, name_key, source_kind, retention_until, created_at, updated_at)
        VALUES (?, 'Ana Lima', 'ana lima', 'walk_in', '2027-01-31', ?, ?)`).run(ID, T, T);
    });
    const core = tempCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
    expect(await call<RetentionSettings>(core, 'retention:settings', {})).toEqual({ months: 12, action: 'erase' });
    const ana = await call<CandidateProfile>(core, 'candidates:get', { id: ID });
    expect([ana.source, ana.createdAt, ana.retentionUntil, ana.retentionReason, ana.consentFutureRolesOn, ana.consentNote]).toEqual(['walk_in', T, '2027-01-31', '', null, '']);

    const raw = new Database(core.databasePath);
    try {
      const refuse = (sql: string) => expect(() => raw.exec(sql)).toThrow(/CHECK constraint failed/);
      refuse("UPDATE companies SET retention_action = 'shred'");
      refuse('UPDATE companies SET retention_months = 0');
      refuse('UPDATE companies SET retention_months = 121');
      refuse("UPDATE candidates SET consent_future_roles_on = 'soon'");
      refuse(`UPDATE candidates SET retention_reason = '${'x'.repeat(501)}'`);
      raw.exec('UPDATE companies SET retention_months = NULL');
    } finally {
      raw.close();
    }
    expect(await call<RetentionSettings>(core, 'retention:settings', {})).toEqual({ months: null, action: 'erase' });
  });
});
