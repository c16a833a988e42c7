// Migration 12: anonymising, and the erasure ledger.
// - The append-only history allows exactly one change from now on: clearing its free text. A stage event's
//   note may be set to '' and an activity entry's details to '{}' (the empty object: the column must hold a
//   JSON object), with every other column of the row unchanged; any other update is still refused. That is
//   what anonymising a person needs (candidates-service.ts anonymiseCandidate): the history keeps its times,
//   stages and statuses (the reports count them) and loses what was written about the person.
// - erasures: the erasure ledger, one row per candidate id erased or anonymised and when, nothing personal.
//   It lives in hirebook.db, so it is written in the same transaction as the erasure and every backup's
//   snapshot carries it; a restore applies it (core/candidates/erasure-ledger-repo.ts).
// Runs in plain Node inside migrate(). Released migrations are frozen: the trigger text is written out here.
import type { Migration } from './migration';

const HISTORY = `
DROP TRIGGER stage_events_append_only;
CREATE TRIGGER stage_events_append_only
BEFORE UPDATE OF id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, note, created_at, updated_at
ON stage_events
WHEN NOT (NEW.note = '' AND NEW.id IS OLD.id AND NEW.from_stage_id IS OLD.from_stage_id AND NEW.to_stage_id IS OLD.to_stage_id
  AND NEW.from_stage_name IS OLD.from_stage_name AND NEW.to_stage_name IS OLD.to_stage_name AND NEW.from_status IS OLD.from_status
  AND NEW.to_status IS OLD.to_status AND NEW.created_at IS OLD.created_at AND NEW.updated_at IS OLD.updated_at)
BEGIN
  SELECT RAISE(ABORT, 'stage_events is append-only');
END;

DROP TRIGGER activity_log_append_only;
CREATE TRIGGER activity_log_append_only BEFORE UPDATE ON activity_log
WHEN NOT (NEW.details_json = '{}' AND NEW.id IS OLD.id AND NEW.entity_type IS OLD.entity_type AND NEW.entity_id IS OLD.entity_id
  AND NEW.action IS OLD.action AND NEW.created_at IS OLD.created_at AND NEW.updated_at IS OLD.updated_at)
BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;
`;

const LEDGER = `
CREATE TABLE erasures (
  candidate_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('erased', 'anonymised')),
  erased_at TEXT NOT NULL,
  PRIMARY KEY (candidate_id, kind)
) STRICT, WITHOUT ROWID;
`;

export const migration0012: Migration = {
  version: 12,
  name: 'anonymise',
  up(db) {
    db.exec(HISTORY);
    db.exec(LEDGER);
  },
};
