// Migration 9: report facts that read from small indexes. Sources compared and time in stage walked the
// whole cohort joined to applications, candidates and interviews, or worked out every stay's tenths of a day
// in SQL, and took 1–2 s at 200,000 applications. Now each fact row carries what those reports group by:
// - application_facts: the candidate, their source and the application's interviews not cancelled (kept
//   equal by triggers when a candidate's source, an application's candidate or an interview changes, and
//   written with the rest by report-facts-repo.ts);
// - application_stage_time, rebuilt as a rowid table (an index entry then carries an integer, not the two
//   36-character ids of its primary key): the stage's place among its role's board stages as they stand now
//   (board_slot, NULL for a hired or removed stage; rewritten when a role's stages change, like
//   reached_position), the tenths of a day on the board when no stay is going on (closed_tenths), and when
//   the stay going on began in epoch ms (open_since_ms), with its time on the board as one start split
//   into tenths of a day and the rest (open_bucket, open_rem).
// Partial indexes ordered by what the reports group by let SQLite count without sorting the cohort; Today's
// new applicants and a role's first stage are read in index order too. Nothing
// here is new information: the live rules are in report-facts-repo.ts; a test checks that this fill equals
// them. Runs in plain Node inside migrate(). Released migrations are frozen: the rules are copied here.
import type { Migration } from './migration';

const FACTS = `
ALTER TABLE application_facts ADD COLUMN candidate_id TEXT;
ALTER TABLE application_facts ADD COLUMN source_kind TEXT;
ALTER TABLE application_facts ADD COLUMN interviews INTEGER NOT NULL DEFAULT 0;

UPDATE application_facts SET candidate_id = a.candidate_id, source_kind = p.source_kind,
  interviews = (SELECT COUNT(*) FROM interviews i WHERE i.application_id = a.id AND i.status <> 'cancelled')
FROM applications a JOIN candidates p ON p.id = a.candidate_id WHERE a.id = application_facts.application_id;

-- Sources compared: by source, then person (applications, distinct people, hires and interviews in one
-- ordered pass). One role is read through application_facts_by_role.
CREATE INDEX application_facts_by_source ON application_facts (source_kind, candidate_id, applied_at, status, interviews);

CREATE TRIGGER application_facts_follow_source AFTER UPDATE OF source_kind ON candidates BEGIN
  UPDATE application_facts SET source_kind = NEW.source_kind
  WHERE application_id IN (SELECT id FROM applications WHERE candidate_id = NEW.id);
END;
CREATE TRIGGER application_facts_follow_candidate AFTER UPDATE OF candidate_id ON applications BEGIN
  UPDATE application_facts SET candidate_id = NEW.candidate_id,
    source_kind = (SELECT source_kind FROM candidates WHERE id = NEW.candidate_id)
  WHERE application_id = NEW.id;
END;
CREATE TRIGGER application_facts_interview_added AFTER INSERT ON interviews BEGIN
  UPDATE application_facts SET interviews = (SELECT COUNT(*) FROM interviews i WHERE i.application_id = NEW.application_id AND i.status <> 'cancelled')
  WHERE application_id = NEW.application_id;
END;
CREATE TRIGGER application_facts_interview_changed AFTER UPDATE OF status, application_id ON interviews BEGIN
  UPDATE application_facts SET interviews = (SELECT COUNT(*) FROM interviews i WHERE i.application_id = application_facts.application_id AND i.status <> 'cancelled')
  WHERE application_id IN (OLD.application_id, NEW.application_id);
END;
CREATE TRIGGER application_facts_interview_removed AFTER DELETE ON interviews BEGIN
  UPDATE application_facts SET interviews = (SELECT COUNT(*) FROM interviews i WHERE i.application_id = OLD.application_id AND i.status <> 'cancelled')
  WHERE application_id = OLD.application_id;
END;
`;

const STAYS = `
CREATE TABLE application_stage_time_9 (
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  -- Every stage the history ever entered (the stage may since have been removed).
  stage_id TEXT NOT NULL,
  role_id TEXT NOT NULL,
  applied_at TEXT NOT NULL,
  -- Milliseconds on the board (active or hired) in this stage over the stays that have ended; NULL when it
  -- was never on the board here (entered only as rejected or withdrawn).
  board_ms INTEGER,
  -- When the stay still going on began, if the application is on the board in this stage now.
  open_since TEXT,
  -- The stage's place among its role's board stages now (0 is the first); NULL for hired or removed.
  board_slot INTEGER,
  -- board_ms in whole tenths of a day, rounded half up, when no stay is going on.
  closed_tenths INTEGER,
  -- open_since in epoch ms.
  open_since_ms INTEGER,
  -- When the time on the board here would have begun had it all been one stay (open_since_ms - board_ms),
  -- as whole tenths of a day since the epoch and the ms left over: its tenths now are then worked out per
  -- group of equal open_bucket, in index order, without sorting every stay.
  open_bucket INTEGER,
  open_rem INTEGER,
  UNIQUE (application_id, stage_id)
) STRICT;

INSERT INTO application_stage_time_9 (application_id, stage_id, role_id, applied_at, board_ms, open_since, board_slot, closed_tenths, open_since_ms)
SELECT t.application_id, t.stage_id, t.role_id, t.applied_at, t.board_ms, t.open_since,
  (SELECT (SELECT COUNT(*) FROM pipeline_stages o WHERE o.role_id = s.role_id AND o.kind <> 'hired'
      AND (o.position < s.position OR (o.position = s.position AND o.id < s.id)))
    FROM pipeline_stages s WHERE s.id = t.stage_id AND s.kind <> 'hired'),
  CASE WHEN t.open_since IS NULL AND t.board_ms IS NOT NULL THEN (t.board_ms * 10 + 43200000) / 86400000 END,
  CASE WHEN t.open_since IS NOT NULL THEN CAST(ROUND((julianday(t.open_since) - 2440587.5) * 86400000.0) AS INTEGER) END
FROM application_stage_time t ORDER BY t.application_id, t.stage_id;
UPDATE application_stage_time_9 SET open_bucket = (open_since_ms - board_ms) / 8640000, open_rem = (open_since_ms - board_ms) % 8640000
WHERE open_since_ms IS NOT NULL;

DROP TABLE application_stage_time;
ALTER TABLE application_stage_time_9 RENAME TO application_stage_time;
CREATE INDEX application_stage_time_by_applied ON application_stage_time (applied_at, role_id);
CREATE INDEX application_stage_time_by_role ON application_stage_time (role_id, applied_at);
-- Time in stage for all roles: ended stays by place and tenths, and stays going on by place and start.
CREATE INDEX application_stage_time_closed ON application_stage_time (board_slot, closed_tenths, applied_at)
  WHERE closed_tenths IS NOT NULL AND board_slot IS NOT NULL;
CREATE INDEX application_stage_time_open ON application_stage_time (board_slot, open_bucket, open_rem, applied_at, open_since_ms, board_ms)
  WHERE open_bucket IS NOT NULL AND board_slot IS NOT NULL;
`;

const TODAY = `
-- Today's new applicants newest first (by the day they applied) straight from the index of untouched ones.
DROP INDEX application_facts_new;
CREATE INDEX application_facts_new ON application_facts (applied_at, application_id) WHERE status = 'active' AND moves = 0;
-- A role's first stage (position, then id) read from the index, not sorted per application.
DROP INDEX pipeline_stages_by_role;
CREATE INDEX pipeline_stages_by_role ON pipeline_stages (role_id, position, id);
`;

export const migration0009: Migration = {
  version: 9,
  name: 'report-facts-indexes',
  up(db) {
    db.exec(FACTS);
    db.exec(STAYS);
    db.exec(TODAY);
  },
};
