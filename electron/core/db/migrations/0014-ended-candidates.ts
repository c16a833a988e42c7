// Migration 14: a candidate row says whether every one of their applications has ended without a hire
// (`applications_ended` = 1: at least one application, each rejected or withdrawn), kept true by triggers
// on applications whatever writes them, with an index of those candidates by when their own record last
// changed. Today's "Due for deletion" reminder and the Privacy list then walk only people who could be due
// instead of asking every long-quiet candidate about their applications (at 100,000 candidates, ~48,000
// look-ups per Today). Runs in plain Node inside migrate(). Released migrations are frozen.
import type { Migration } from './migration';

// 1 when candidate `id` has applications and none is still open or ended in a hire; a constant, written
// into the statements below with the candidate's id expression.
const ENDED = (id: string) => `(EXISTS (SELECT 1 FROM applications a WHERE a.candidate_id = ${id})
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status
    WHERE a.candidate_id = ${id} AND a.status IN ('active', 'hired')))`;

const COLUMN = `
ALTER TABLE candidates ADD COLUMN applications_ended INTEGER NOT NULL DEFAULT 0 CHECK (applications_ended IN (0, 1));
UPDATE candidates SET applications_ended = ${ENDED('candidates.id')};
CREATE INDEX candidates_ended_by_updated ON candidates (updated_at) WHERE applications_ended = 1;
`;

// Only the candidate's flag changes: no updated_at, so a trigger never counts as the person's activity.
const TRIGGERS = `
CREATE TRIGGER candidates_ended_after_application_insert AFTER INSERT ON applications BEGIN
  UPDATE candidates SET applications_ended = ${ENDED('NEW.candidate_id')} WHERE id = NEW.candidate_id;
END;
CREATE TRIGGER candidates_ended_after_application_update AFTER UPDATE OF status, candidate_id ON applications BEGIN
  UPDATE candidates SET applications_ended = ${ENDED('candidates.id')} WHERE id IN (NEW.candidate_id, OLD.candidate_id);
END;
CREATE TRIGGER candidates_ended_after_application_delete AFTER DELETE ON applications BEGIN
  UPDATE candidates SET applications_ended = ${ENDED('OLD.candidate_id')} WHERE id = OLD.candidate_id;
END;
`;

export const migration0014: Migration = {
  version: 14,
  name: 'ended-candidates',
  up(db) {
    db.exec(COLUMN);
    db.exec(TRIGGERS);
  },
};
