// Migration 4: interviews — scheduled interviews and their interviewers, the interview kit per role,
// and scorecards (one per interviewer per interview) with per-criterion ratings and notes.
// Runs in plain Node inside migrate(). Released migrations are frozen: enum lists are copied here.
import type { Migration } from './migration';

const INTERVIEWS = `
CREATE TABLE interviews (
  id TEXT PRIMARY KEY NOT NULL,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  -- UTC ISO instant; time_zone is the IANA zone the owner booked in (the .ics file carries it).
  starts_at TEXT NOT NULL CHECK (length(starts_at) BETWEEN 20 AND 30),
  duration_minutes INTEGER NOT NULL CHECK (duration_minutes BETWEEN 5 AND 480),
  time_zone TEXT NOT NULL CHECK (length(time_zone) BETWEEN 1 AND 64),
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'video', 'onsite')),
  location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 500),
  status TEXT NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'completed', 'cancelled')),
  -- Bumped on every reschedule so calendars replace the event (.ics SEQUENCE).
  sequence INTEGER NOT NULL DEFAULT 0 CHECK (sequence >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX interviews_by_start ON interviews (starts_at);
CREATE INDEX interviews_by_application ON interviews (application_id, starts_at);
CREATE INDEX interviews_by_status ON interviews (status, starts_at);

CREATE TABLE interview_interviewers (
  id TEXT PRIMARY KEY NOT NULL,
  interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 100),
  position INTEGER NOT NULL CHECK (position >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX interview_interviewers_by_interview ON interview_interviewers (interview_id, position);
`;

// removed_at soft-deletes an item: scorecards that rated it keep their rows (and foreign keys).
const KITS = `
CREATE TABLE kit_items (
  id TEXT PRIMARY KEY NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('criterion', 'question')),
  label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 300),
  question TEXT NOT NULL DEFAULT '' CHECK (length(question) <= 1000),
  source TEXT NOT NULL CHECK (source IN ('requirement', 'owner')),
  -- For a generated item: the requirement text it came from, so generating again adds only new ones.
  source_text TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL CHECK (position >= 0),
  removed_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX kit_items_by_role ON kit_items (role_id, removed_at, position);
`;

const SCORECARDS = `
CREATE TABLE scorecards (
  id TEXT PRIMARY KEY NOT NULL,
  interview_id TEXT NOT NULL REFERENCES interviews (id) ON DELETE CASCADE,
  interviewer_id TEXT NOT NULL REFERENCES interview_interviewers (id) ON DELETE CASCADE,
  notes TEXT NOT NULL DEFAULT '' CHECK (length(notes) <= 200000),
  recommendation TEXT CHECK (recommendation IS NULL OR recommendation IN ('strong_no', 'no', 'yes', 'strong_yes', 'no_decision')),
  takeaways TEXT NOT NULL DEFAULT '' CHECK (length(takeaways) <= 10000),
  elapsed_seconds INTEGER NOT NULL DEFAULT 0 CHECK (elapsed_seconds BETWEEN 0 AND 86400),
  submitted_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (interview_id, interviewer_id)
) STRICT;
CREATE INDEX scorecards_by_interviewer ON scorecards (interviewer_id);

CREATE TABLE scorecard_ratings (
  scorecard_id TEXT NOT NULL REFERENCES scorecards (id) ON DELETE CASCADE,
  kit_item_id TEXT NOT NULL REFERENCES kit_items (id) ON DELETE CASCADE,
  -- The criterion's label when it was rated, kept if the kit changes later.
  label TEXT NOT NULL,
  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 4),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (scorecard_id, kit_item_id)
) STRICT;
CREATE INDEX scorecard_ratings_by_item ON scorecard_ratings (kit_item_id);
`;

export const migration0004: Migration = {
  version: 4,
  name: 'interviews',
  up(db) {
    db.exec(INTERVIEWS);
    db.exec(KITS);
    db.exec(SCORECARDS);
  },
};
