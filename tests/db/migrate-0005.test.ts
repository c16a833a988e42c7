// Migration 5 (sample marker) on top of a schema-4 database holding a role and a candidate: the data
// survives (with a backup), both are the owner's (not sample), and sample:remove leaves them alone.
// Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CandidateList, RoleList, SampleRemoveResult } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const CANDIDATE_ID = '6b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const T = '2026-05-01T10:00:00.000Z';

function schemaFourFolder(): string {
  return schemaFolderAt(4, (db) => {
    insertRoleRow(db, ROLE_ID, 'Barista', T);
    db.prepare('INSERT INTO candidates (id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(CANDIDATE_ID, 'Ana Lima', T, T);
  });
}

describe('migration 0005-sample-marker', () => {
  it("upgrades a schema-4 file: existing rows are the owner's, and removing sample data keeps them", async () => {
    const dataDir = schemaFourFolder();
    const core = tempCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    const roles = value<RoleList>(await core.dispatch('roles:list', {})).roles;
    expect(roles.map((r) => [r.title, r.sample])).toEqual([['Barista', false]]);
    const people = value<CandidateList>(await core.dispatch('candidates:list', {})).rows;
    expect(people.map((p) => [p.fullName, p.sample])).toEqual([['Ana Lima', false]]);
    value(await core.dispatch('sample:load', {}));
    const removed = value<SampleRemoveResult>(await core.dispatch('sample:remove', {}));
    expect(removed.candidates).toBe(12);
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare('SELECT id, sample FROM roles').all()).toEqual([{ id: ROLE_ID, sample: 0 }]);
      expect(db.prepare('SELECT id, sample FROM candidates').all()).toEqual([{ id: CANDIDATE_ID, sample: 0 }]);
    });
  });
});
