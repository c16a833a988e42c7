// Migration 3: applicant tracking — candidates (emails, phones, links, tags, files, search), pipeline
// stages, applications, stage history, rejection reasons, application notes and the activity log.
// Runs in plain Node inside migrate(). Released migrations are frozen: enum lists are copied here.
import { randomUUID } from 'node:crypto';
import type { Migration } from './migration';

const NOW = `strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`;

// `seq` is an internal INTEGER PRIMARY KEY (never exposed; the key is the text `id`) so the search
// index can be keyed by a rowid that VACUUM never renumbers; FTS deletes by rowid stay O(log n).
const CANDIDATES = `
CREATE TABLE candidates (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  full_name TEXT NOT NULL CHECK (length(trim(full_name)) BETWEEN 1 AND 200),
  -- The name lower-cased, accents and punctuation removed, words sorted: written by the repo for
  -- duplicate checks ("Okafor, Amara" = "amara okafor") without scanning every row.
  name_key TEXT NOT NULL DEFAULT '',
  location TEXT NOT NULL DEFAULT '' CHECK (length(location) <= 200),
  linkedin_url TEXT NOT NULL DEFAULT '',
  portfolio_url TEXT NOT NULL DEFAULT '',
  source_kind TEXT NOT NULL DEFAULT 'other'
    CHECK (source_kind IN ('job_board', 'referral', 'walk_in', 'website', 'agency', 'other')),
  source_detail TEXT NOT NULL DEFAULT '' CHECK (length(source_detail) <= 200),
  summary TEXT NOT NULL DEFAULT '' CHECK (length(summary) <= 5000),
  retention_until TEXT CHECK (retention_until IS NULL OR date(retention_until) = retention_until),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX candidates_by_name ON candidates (full_name COLLATE NOCASE);
CREATE INDEX candidates_by_created ON candidates (created_at);
CREATE INDEX candidates_by_updated ON candidates (updated_at);
CREATE INDEX candidates_by_source ON candidates (source_kind);
CREATE INDEX candidates_by_name_key ON candidates (name_key);
CREATE INDEX candidates_by_retention ON candidates (retention_until) WHERE retention_until IS NOT NULL;

-- The contact lists are WITHOUT ROWID: the primary key (candidate, value) is the table, so a row is
-- written to one b-tree plus the lookup index, not to a table, its key index and the lookup index.
CREATE TABLE candidate_emails (
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  email TEXT NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  email_norm TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (candidate_id, email_norm)
) STRICT, WITHOUT ROWID;
CREATE INDEX candidate_emails_by_norm ON candidate_emails (email_norm);

CREATE TABLE candidate_phones (
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  phone TEXT NOT NULL CHECK (length(phone) BETWEEN 1 AND 50),
  phone_norm TEXT NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  -- The last nine digits: the same number written with or without a country code matches here.
  phone_tail TEXT GENERATED ALWAYS AS (substr(phone_norm, -9)) VIRTUAL,
  PRIMARY KEY (candidate_id, phone_norm)
) STRICT, WITHOUT ROWID;
-- Serves exact lookups too: a number shorter than nine digits is its own tail.
CREATE INDEX candidate_phones_by_tail ON candidate_phones (phone_tail);

CREATE TABLE candidate_links (
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 100),
  url TEXT NOT NULL CHECK (length(url) BETWEEN 1 AND 2000),
  position INTEGER NOT NULL CHECK (position >= 0),
  PRIMARY KEY (candidate_id, url)
) STRICT;

CREATE TABLE candidate_tags (
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  tag TEXT NOT NULL CHECK (length(trim(tag)) BETWEEN 1 AND 50),
  tag_norm TEXT NOT NULL,
  PRIMARY KEY (candidate_id, tag_norm)
) STRICT;
CREATE INDEX candidate_tags_by_norm ON candidate_tags (tag_norm, candidate_id);
`;

// Files are stored content-addressed (attachments/<sha256>); file_name is only for display.
const ATTACHMENTS = `
CREATE TABLE attachments (
  id TEXT PRIMARY KEY NOT NULL,
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  kind TEXT NOT NULL CHECK (kind IN ('resume', 'cover_letter', 'other')),
  file_name TEXT NOT NULL CHECK (length(file_name) BETWEEN 1 AND 255),
  mime_type TEXT NOT NULL,
  size_bytes INTEGER NOT NULL CHECK (size_bytes >= 0),
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  extracted_text TEXT NOT NULL DEFAULT '',
  extraction_note TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX attachments_by_candidate ON attachments (candidate_id, created_at);
CREATE INDEX attachments_by_sha256 ON attachments (sha256);
`;

// Contentless FTS keyed by candidates.seq: the text lives in the real tables, the index only finds
// rows. Rows are written by the candidates repo (it gathers emails, phones, tags and file text).
// detail=column (no token positions): every query is a set of single-token prefix terms and nothing
// ranks by position, so positions would only make each insert dearer (imports write 100,000 rows).
const CANDIDATES_SEARCH = `
CREATE VIRTUAL TABLE candidates_fts USING fts5(
  name, emails, phones, tags, resume_text,
  content = '', contentless_delete = 1, detail = column,
  tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);

CREATE TRIGGER candidates_fts_after_delete AFTER DELETE ON candidates BEGIN
  DELETE FROM candidates_fts WHERE rowid = old.seq;
END;
`;

// UNIQUE (id, role_id) lets applications reference (stage, role) together, so an application can never
// sit in another role's stage.
const PIPELINE = `
CREATE TABLE pipeline_stages (
  id TEXT PRIMARY KEY NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 60),
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL DEFAULT 'active' CHECK (kind IN ('active', 'hired')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (id, role_id)
) STRICT;
CREATE INDEX pipeline_stages_by_role ON pipeline_stages (role_id, position);

CREATE TABLE rejection_reasons (
  id TEXT PRIMARY KEY NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('we_rejected', 'they_withdrew')),
  label TEXT NOT NULL CHECK (length(trim(label)) BETWEEN 1 AND 100),
  position INTEGER NOT NULL CHECK (position >= 0),
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX rejection_reasons_by_kind ON rejection_reasons (kind, position);

CREATE TABLE applications (
  id TEXT PRIMARY KEY NOT NULL,
  candidate_id TEXT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  stage_id TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'hired', 'rejected', 'withdrawn')),
  rejection_reason_id TEXT REFERENCES rejection_reasons (id) ON DELETE SET NULL,
  rejection_note TEXT NOT NULL DEFAULT '' CHECK (length(rejection_note) <= 2000),
  rating INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
  position REAL NOT NULL DEFAULT 0,
  stage_entered_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  UNIQUE (candidate_id, role_id),
  FOREIGN KEY (stage_id, role_id) REFERENCES pipeline_stages (id, role_id)
) STRICT;
CREATE INDEX applications_by_board ON applications (role_id, status, stage_id, position);
CREATE INDEX applications_by_stage ON applications (stage_id);
CREATE INDEX applications_by_candidate ON applications (candidate_id, rating);
-- The candidates table's "applied to this role, rated at least N" filter reads this index alone.
CREATE INDEX applications_by_role_rating ON applications (role_id, rating, candidate_id);
CREATE INDEX applications_by_reason ON applications (rejection_reason_id) WHERE rejection_reason_id IS NOT NULL;

CREATE TABLE application_notes (
  id TEXT PRIMARY KEY NOT NULL,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  body TEXT NOT NULL CHECK (length(body) <= 20000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX application_notes_by_application ON application_notes (application_id, created_at);
`;

// Append-only history. Stage ids are not foreign keys (a stage may be removed later; the names are
// kept as written). Only application_id may change, and only so a candidate merge can re-home events.
const STAGE_EVENTS = `
CREATE TABLE stage_events (
  id TEXT PRIMARY KEY NOT NULL,
  application_id TEXT NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
  from_stage_id TEXT,
  to_stage_id TEXT,
  from_stage_name TEXT NOT NULL DEFAULT '',
  to_stage_name TEXT NOT NULL DEFAULT '',
  from_status TEXT CHECK (from_status IS NULL OR from_status IN ('active', 'hired', 'rejected', 'withdrawn')),
  to_status TEXT NOT NULL CHECK (to_status IN ('active', 'hired', 'rejected', 'withdrawn')),
  note TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX stage_events_by_application ON stage_events (application_id, created_at);

CREATE TRIGGER stage_events_append_only
BEFORE UPDATE OF id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, note, created_at, updated_at
ON stage_events BEGIN
  SELECT RAISE(ABORT, 'stage_events is append-only');
END;
`;

const ACTIVITY = `
CREATE TABLE activity_log (
  id TEXT PRIMARY KEY NOT NULL,
  entity_type TEXT NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 40),
  entity_id TEXT NOT NULL,
  action TEXT NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
  details_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(details_json) AND json_type(details_json) = 'object'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX activity_log_by_entity ON activity_log (entity_type, entity_id, created_at);

CREATE TRIGGER activity_log_append_only BEFORE UPDATE ON activity_log BEGIN
  SELECT RAISE(ABORT, 'activity_log is append-only');
END;

-- More entities one entry is about: an import writes one 'created' entry per batch and one row here per
-- candidate, so each candidate's timeline still finds its creation by key (one b-tree, no JSON scan).
-- A join list like candidate_tags: the time lives on the activity_log row it points at.
CREATE TABLE activity_subjects (
  entity_id TEXT NOT NULL,
  activity_id TEXT NOT NULL,
  PRIMARY KEY (entity_id, activity_id)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER activity_subjects_append_only BEFORE UPDATE ON activity_subjects BEGIN
  SELECT RAISE(ABORT, 'activity_subjects is append-only');
END;
`;

const DEFAULT_REASONS: ReadonlyArray<readonly ['we_rejected' | 'they_withdrew', string]> = [
  ['we_rejected', 'Lacks qualifications'],
  ['we_rejected', 'Lacks experience'],
  ['we_rejected', 'Salary expectations'],
  ['we_rejected', 'A stronger candidate was chosen'],
  ['we_rejected', 'Did not attend the interview'],
  ['we_rejected', 'Not eligible to work here'],
  ['we_rejected', 'Position filled or cancelled'],
  ['they_withdrew', 'Accepted another offer'],
  ['they_withdrew', 'Not interested any more'],
  ['they_withdrew', 'Salary'],
  ['they_withdrew', 'Location or commute'],
  ['they_withdrew', 'Schedule'],
  ['they_withdrew', 'No response'],
];

const DEFAULT_STAGES: ReadonlyArray<readonly [string, 'active' | 'hired']> = [
  ['Applied', 'active'],
  ['Screening', 'active'],
  ['Interview', 'active'],
  ['Offer', 'active'],
  ['Hired', 'hired'],
];

function seedReasons(db: Parameters<Migration['up']>[0]): void {
  const insert = db.prepare(
    `INSERT INTO rejection_reasons (id, kind, label, position, created_at, updated_at) VALUES (?, ?, ?, ?, ${NOW}, ${NOW})`,
  );
  const positions = { we_rejected: 0, they_withdrew: 0 };
  for (const [kind, label] of DEFAULT_REASONS) insert.run(randomUUID(), kind, label, positions[kind]++);
}

/** Roles that exist before this step get the default pipeline, so every role has stages. */
function seedStages(db: Parameters<Migration['up']>[0]): void {
  const roles = db.prepare('SELECT id FROM roles').pluck().all() as string[];
  const insert = db.prepare(
    `INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ${NOW}, ${NOW})`,
  );
  for (const roleId of roles) {
    DEFAULT_STAGES.forEach(([name, kind], position) => insert.run(randomUUID(), roleId, name, position, kind));
  }
}

export const migration0003: Migration = {
  version: 3,
  name: 'applicant-tracking',
  up(db) {
    db.exec(CANDIDATES);
    db.exec(ATTACHMENTS);
    db.exec(CANDIDATES_SEARCH);
    db.exec(PIPELINE);
    db.exec(STAGE_EVENTS);
    db.exec(ACTIVITY);
    seedReasons(db);
    seedStages(db);
  },
};
