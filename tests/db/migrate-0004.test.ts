// Migration 4 (interviews) on top of a schema-3 database that already holds a role, a candidate and an
// application: the data survives (with a backup), the new tables exist, enforce their rules and cascade.
// Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { InterviewList } from '../../electron/contract';
import { LATEST_SCHEMA_VERSION } from '../../electron/core/db/migrations';
import { readUserVersion } from '../../electron/core/db/open-database';
import { insertRoleRow, schemaFolderAt } from '../helpers/schema-folder';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const ROLE_ID = '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const CANDIDATE_ID = '6b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const APP_ID = '7b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f';
const T = '2026-05-01T10:00:00.000Z';

/** A data folder whose hirebook.db is at schema 3 with one role, one candidate and their application. */
function schemaThreeFolder(): string {
  return schemaFolderAt(3, (db) => {
    insertRoleRow(db, ROLE_ID, 'Line Cook', T);
    db.prepare("INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES ('st1', ?, 'Applied', 0, 'active', ?, ?)").run(ROLE_ID, T, T);
    db.prepare('INSERT INTO candidates (id, full_name, created_at, updated_at) VALUES (?, ?, ?, ?)').run(CANDIDATE_ID, 'Ana Lima', T, T);
    db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, stage_entered_at, created_at, updated_at)
      VALUES (?, ?, ?, 'st1', ?, ?, ?)`).run(APP_ID, CANDIDATE_ID, ROLE_ID, T, T, T);
  });
}

function rawDb(dataDir: string): Database.Database {
  const db = new Database(path.join(dataDir, 'hirebook.db'));
  db.pragma('foreign_keys = ON');
  return db;
}

describe('migration 0004-interviews', () => {
  it('upgrades a schema-3 file with data, keeping a backup, and the application can be interviewed', async () => {
    const dataDir = schemaThreeFolder();
    const core = tempCore({ dataDir });
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toHaveLength(1);
    const booked = value(await core.dispatch('interviews:schedule', {
      applicationId: APP_ID, startsAt: '2026-06-01T09:00:00Z', timeZone: 'America/Chicago', kind: 'phone', interviewers: ['Dev'],
    }));
    expect(booked).toMatchObject({ candidateName: 'Ana Lima', roleTitle: 'Line Cook', stageName: 'Applied' });
    expect(value<InterviewList>(await core.dispatch('interviews:list', {})).interviews).toHaveLength(1);
    withRawDb(core.databasePath, (db) => {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      const tables = db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").pluck().all();
      expect(tables).toEqual(expect.arrayContaining(['interviews', 'interview_interviewers', 'kit_items', 'scorecards', 'scorecard_ratings']));
      expect(db.prepare('SELECT full_name FROM candidates').pluck().all()).toEqual(['Ana Lima']);
    });
  });

  it('refuses rows that break the new tables’ rules and cascades deletes', () => {
    const dataDir = schemaThreeFolder();
    tempCore({ dataDir }).close();
    const db = rawDb(dataDir);
    try {
      const interview = db.prepare(`INSERT INTO interviews (id, application_id, starts_at, duration_minutes, time_zone, kind, status, created_at, updated_at)
        VALUES (?, ?, '2026-06-01T09:00:00.000Z', ?, 'UTC', ?, ?, ?, ?)`);
      expect(() => interview.run('i0', APP_ID, 45, 'carrier_pigeon', 'scheduled', T, T)).toThrow(/CHECK/);
      expect(() => interview.run('i0', APP_ID, 2, 'phone', 'scheduled', T, T)).toThrow(/CHECK/);
      expect(() => interview.run('i0', APP_ID, 45, 'phone', 'postponed', T, T)).toThrow(/CHECK/);
      expect(() => interview.run('i0', 'no-such-app', 45, 'phone', 'scheduled', T, T)).toThrow(/FOREIGN KEY/);
      interview.run('i1', APP_ID, 45, 'phone', 'scheduled', T, T);
      db.prepare("INSERT INTO interview_interviewers (id, interview_id, name, position, created_at, updated_at) VALUES ('p1', 'i1', 'Dev', 0, ?, ?)").run(T, T);
      const item = db.prepare(`INSERT INTO kit_items (id, role_id, kind, label, source, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)`);
      expect(() => item.run('k0', ROLE_ID, 'essay', 'X', 'owner', T, T)).toThrow(/CHECK/);
      expect(() => item.run('k0', ROLE_ID, 'criterion', ' ', 'owner', T, T)).toThrow(/CHECK/);
      item.run('k1', ROLE_ID, 'criterion', 'Knife skills', 'requirement', T, T);
      const card = db.prepare('INSERT INTO scorecards (id, interview_id, interviewer_id, recommendation, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      expect(() => card.run('s0', 'i1', 'p1', 'maybe', T, T)).toThrow(/CHECK/);
      card.run('s1', 'i1', 'p1', 'yes', T, T);
      expect(() => card.run('s2', 'i1', 'p1', null, T, T)).toThrow(/UNIQUE/);
      const rating = db.prepare("INSERT INTO scorecard_ratings (scorecard_id, kit_item_id, label, rating, created_at, updated_at) VALUES ('s1', 'k1', 'Knife skills', ?, ?, ?)");
      expect(() => rating.run(5, T, T)).toThrow(/CHECK/);
      expect(() => rating.run(0, T, T)).toThrow(/CHECK/);
      rating.run(4, T, T);
      db.prepare('DELETE FROM applications WHERE id = ?').run(APP_ID);
      for (const table of ['interviews', 'interview_interviewers', 'scorecards', 'scorecard_ratings']) {
        expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
      }
      db.prepare('DELETE FROM roles WHERE id = ?').run(ROLE_ID);
      expect(db.prepare('SELECT count(*) FROM kit_items').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});
