// Migration 8: report facts. Two derived tables that the reports and Today read instead of walking the whole
// stage history on every request: per application, the day it applied, its latest move into hired, its
// status and since when, how many moves it has had and how far it got (application_facts); per application
// and stage it ever entered, the time it spent there on the board and when its current stay began
// (application_stage_time). Also each stage's own waiting limit for Today (pipeline_stages.wait_days). They hold nothing that is
// not in applications and stage_events: the live rule is applicationFacts (core/applications/
// applications-rules.ts), written by the one application lifecycle (applications-service.ts) after every
// stage event and merge, and "how far it got" again for a role whose stages change (report-facts-repo.ts). This step fills them once, in SQL, for the history already in the file; a test
// checks that the fill equals the live rule. Not part of "Export everything" (derived, like the search
// indexes). Runs in plain Node inside migrate(). Released migrations are frozen: the fill is copied here.
import type { Migration } from './migration';

const TABLES = `
CREATE TABLE application_facts (
  application_id TEXT PRIMARY KEY NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  role_id TEXT NOT NULL,
  -- The first stage event (the day it applied; a merged duplicate's earlier one counts), else created_at.
  applied_at TEXT NOT NULL,
  -- The latest stage event into status hired; NULL when never hired.
  hired_at TEXT,
  status TEXT NOT NULL,
  -- The latest stage event into the current status; NULL when none.
  status_at TEXT,
  -- Stage events after the one that created it (those with a from_status): 0 for a new application.
  moves INTEGER NOT NULL,
  -- How far it got, as the role's stages stand today (rewritten when they change): 1 when it is or ever was
  -- hired, and the highest position of a board stage (still existing) it ever entered, or NULL.
  ever_hired INTEGER NOT NULL DEFAULT 0,
  reached_position INTEGER
) STRICT, WITHOUT ROWID;
CREATE INDEX application_facts_by_applied ON application_facts (applied_at, role_id, ever_hired, reached_position);
CREATE INDEX application_facts_by_role ON application_facts (role_id, applied_at, ever_hired, reached_position);
-- Hires and closed applications by when, read from the index alone.
CREATE INDEX application_facts_by_status ON application_facts (status, status_at, role_id, applied_at);
CREATE INDEX application_facts_new ON application_facts (application_id) WHERE status = 'active' AND moves = 0;

CREATE TABLE application_stage_time (
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
  PRIMARY KEY (application_id, stage_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX application_stage_time_by_applied ON application_stage_time (applied_at, role_id);
CREATE INDEX application_stage_time_by_role ON application_stage_time (role_id, applied_at);

-- Today: how many days a card may wait in a stage before it is listed as waiting too long (NULL: 5).
ALTER TABLE pipeline_stages ADD COLUMN wait_days INTEGER CHECK (wait_days IS NULL OR wait_days BETWEEN 1 AND 365);

-- Today: active applications by how long they have been in their stage, read from the index alone.
DROP INDEX applications_by_status_entered;
CREATE INDEX applications_by_status_entered ON applications (status, stage_entered_at, role_id, stage_id);
`;

const FILL = `
INSERT INTO application_facts (application_id, role_id, applied_at, hired_at, status, status_at, moves, ever_hired)
SELECT a.id, a.role_id, COALESCE(h.first_at, a.created_at), h.hired_at, a.status, h.status_at, COALESCE(h.moves, 0),
  a.status = 'hired' OR h.hired_at IS NOT NULL
FROM applications a LEFT JOIN (
  SELECT e.application_id, MIN(e.created_at) AS first_at,
    MAX(CASE WHEN e.to_status = 'hired' THEN e.created_at END) AS hired_at,
    MAX(CASE WHEN e.to_status = x.status THEN e.created_at END) AS status_at,
    SUM(e.from_status IS NOT NULL) AS moves
  FROM stage_events e JOIN applications x ON x.id = e.application_id
  GROUP BY e.application_id
) h ON h.application_id = a.id;

INSERT INTO application_stage_time (application_id, stage_id, role_id, applied_at, board_ms, open_since)
SELECT o.application_id, o.to_stage_id, f.role_id, f.applied_at,
  SUM(CASE WHEN o.to_status IN ('active', 'hired') THEN
    CASE WHEN o.next_at IS NULL THEN 0
      ELSE MAX(0, CAST(ROUND((julianday(o.next_at) - julianday(o.created_at)) * 86400000.0) AS INTEGER)) END
  END),
  MAX(CASE WHEN o.next_at IS NULL AND o.to_status IN ('active', 'hired') THEN o.created_at END)
FROM (
  SELECT e.application_id, e.to_stage_id, e.to_status, e.created_at,
    LEAD(e.created_at) OVER (PARTITION BY e.application_id ORDER BY e.created_at, e.rowid) AS next_at
  FROM stage_events e
) o JOIN application_facts f ON f.application_id = o.application_id
WHERE o.to_stage_id IS NOT NULL
GROUP BY o.application_id, o.to_stage_id;

UPDATE application_facts SET ever_hired = application_facts.ever_hired OR r.hired, reached_position = r.position
FROM (
  SELECT t.application_id, MAX(s.kind = 'hired') AS hired, MAX(CASE WHEN s.kind = 'active' THEN s.position END) AS position
  FROM application_stage_time t JOIN pipeline_stages s ON s.id = t.stage_id
  GROUP BY t.application_id
) r WHERE r.application_id = application_facts.application_id;
`;

export const migration0008: Migration = {
  version: 8,
  name: 'report-facts',
  up(db) {
    db.exec(TABLES);
    db.exec(FILL);
  },
};
