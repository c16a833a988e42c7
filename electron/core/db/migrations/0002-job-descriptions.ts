// Migration 2: job descriptions — a role's ordered sections, its kept revisions, and the owner's own
// templates. Runs in plain Node inside migrate(). Released migrations are frozen: the enum lists below
// are copied here on purpose rather than imported from the contract.
import type { Migration } from './migration';

const SECTION_KINDS = `('summary', 'description', 'responsibilities', 'requirements', 'nice_to_have', 'benefits', 'about', 'how_to_apply', 'other')`;
const REVISION_REASONS = `('manual', 'opened', 'pause', 'before_restore', 'before_import', 'before_template')`;

// When the description last changed lives on the role (not on each section) so a save can check it
// for conflicts and time the pause rule with one read. It is separate from roles.updated_at on purpose:
// autosave every half second must not make an open role form see a conflict on every keystroke.
const ROLE_COLUMN = `ALTER TABLE roles ADD COLUMN description_updated_at TEXT;`;

// No UNIQUE (role_id, position): a reorder would then have to shuffle rows through temporary positions.
// Saves rewrite positions 0..n-1 in one transaction and reads order by position, then id.
const SECTIONS = `
CREATE TABLE role_sections (
  id TEXT PRIMARY KEY NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  position INTEGER NOT NULL CHECK (position >= 0),
  kind TEXT NOT NULL CHECK (kind IN ${SECTION_KINDS}),
  heading TEXT NOT NULL CHECK (length(heading) <= 200),
  html TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX role_sections_by_role ON role_sections (role_id, position);
`;

// A revision is a frozen copy (title and sections as JSON): it must read back exactly even after the
// role's sections were edited, reordered or deleted.
const REVISIONS = `
CREATE TABLE role_revisions (
  id TEXT PRIMARY KEY NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  reason TEXT NOT NULL CHECK (reason IN ${REVISION_REASONS}),
  label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
  title TEXT NOT NULL,
  sections_json TEXT NOT NULL CHECK (json_valid(sections_json) AND json_type(sections_json) = 'array'),
  word_count INTEGER NOT NULL CHECK (word_count >= 0),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX role_revisions_by_role ON role_revisions (role_id, created_at);
`;

// Owner templates only; the built-in gallery ships with the app. The 'owner-' prefix keeps the two id
// spaces apart (built-in ids are plain kebab-case words).
const TEMPLATES = `
CREATE TABLE templates (
  id TEXT PRIMARY KEY NOT NULL CHECK (id LIKE 'owner-%'),
  name TEXT NOT NULL CHECK (length(trim(name)) BETWEEN 1 AND 120),
  category TEXT NOT NULL,
  blurb TEXT NOT NULL DEFAULT '',
  role_json TEXT NOT NULL CHECK (json_valid(role_json) AND json_type(role_json) = 'object'),
  sections_json TEXT NOT NULL CHECK (json_valid(sections_json) AND json_type(sections_json) = 'array'),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;

CREATE INDEX templates_by_created ON templates (created_at);
`;

export const migration0002: Migration = {
  version: 2,
  name: 'job-descriptions',
  up(db) {
    db.exec(ROLE_COLUMN);
    db.exec(SECTIONS);
    db.exec(REVISIONS);
    db.exec(TEMPLATES);
  },
};
