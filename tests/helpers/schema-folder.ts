// Data folders at an earlier schema version, for the migration tests: the first N migrations run on a fresh
// hirebook.db, then the test's own rows go in with raw SQL (the channels only speak today's schema).
// Runs in Vitest (Node).
import path from 'node:path';
import { expect } from 'vitest';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase, readUserVersion, type Db } from '../../electron/core/db/open-database';
import { tempDir } from './temp-core';

/** A data folder whose hirebook.db went through the first `version` migrations and holds what `seed` wrote. */
export function schemaFolderAt(version: number, seed: (db: Db) => void): string {
  const dataDir = tempDir();
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    migrate(db, { migrations: MIGRATIONS.slice(0, version) });
    seed(db);
    expect(readUserVersion(db)).toBe(version);
  } finally {
    db.close();
  }
  return dataDir;
}

/** An open, on-site, full-time role paid by the hour, as every schema since the first stores it. */
export function insertRoleRow(db: Db, id: string, title: string, at: string): void {
  db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
    VALUES (?, ?, 'onsite', 'full_time', 'USD', 'hour', 2, 'open', ?, ?)`).run(id, title, at, at);
}

/**
 * SQL that takes migration 11's columns out again, for tests that turn a current file back into an older one
 * (the migrations then run again on it and must find the file as that version had it).
 */
export const UNDO_MIGRATION_11 = `DROP INDEX applications_by_candidate_status;
  ALTER TABLE companies DROP COLUMN retention_months; ALTER TABLE companies DROP COLUMN retention_action;
  ALTER TABLE candidates DROP COLUMN retention_reason; ALTER TABLE candidates DROP COLUMN consent_future_roles_on;
  ALTER TABLE candidates DROP COLUMN consent_note;`;

/** SQL that takes migration 13's tables out again (messages and their templates), as UNDO_MIGRATION_11 does. */
export const UNDO_MIGRATION_13 = 'DROP TABLE messages; DROP TABLE message_templates;';

/** SQL that takes migration 14's flag out again (whether a candidate's applications all ended), as UNDO_MIGRATION_11 does. */
export const UNDO_MIGRATION_14 = `DROP TRIGGER candidates_ended_after_application_insert;
  DROP TRIGGER candidates_ended_after_application_update; DROP TRIGGER candidates_ended_after_application_delete;
  DROP INDEX candidates_ended_by_updated; ALTER TABLE candidates DROP COLUMN applications_ended;`;

/** SQL that takes migration 15's table out again (offers); the built-in offer template's wording goes with UNDO_MIGRATION_13. */
export const UNDO_MIGRATION_15 = 'DROP TABLE offers;';

/** SQL that takes migration 17's sort key out again (each person's best rating, its triggers and indexes), as UNDO_MIGRATION_11 does. */
export const UNDO_MIGRATION_17 = `DROP TRIGGER candidates_best_rating_after_insert; DROP TRIGGER candidates_best_rating_after_update;
  DROP TRIGGER candidates_best_rating_after_delete; DROP INDEX candidates_by_rating_up; DROP INDEX candidates_by_rating_down;
  ALTER TABLE candidates DROP COLUMN best_rating;`;
/**
 * SQL that takes migration 18's counts out again (each application's stage while active on its report facts,
 * and the per-stage counts the Roles list reads), as UNDO_MIGRATION_11 does.
 */
export const UNDO_MIGRATION_18 = `DROP TRIGGER application_facts_follow_stage; DROP TRIGGER board_counts_after_facts_insert;
  DROP TRIGGER board_counts_after_facts_update; DROP TRIGGER board_counts_after_facts_delete;
  DROP TABLE board_counts; ALTER TABLE application_facts DROP COLUMN active_stage_id;`;
