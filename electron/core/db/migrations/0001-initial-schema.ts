// Migration 1: the company profile and roles, with full-text search over role titles. Runs in
// plain Node inside migrate(). Released migrations are frozen: fix forward in a new file, so the
// enum lists below are copied here on purpose rather than imported from the contract.
import type { Migration } from './migration';

const COMPANY = `
CREATE TABLE companies (
  id TEXT PRIMARY KEY NOT NULL CHECK (id = 'default'),
  name TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  address_street TEXT NOT NULL DEFAULT '',
  address_city TEXT NOT NULL DEFAULT '',
  address_region TEXT NOT NULL DEFAULT '',
  address_postal_code TEXT NOT NULL DEFAULT '',
  address_country TEXT NOT NULL DEFAULT '',
  default_currency TEXT NOT NULL DEFAULT 'USD' CHECK (length(default_currency) = 3),
  paper_size TEXT NOT NULL DEFAULT 'letter' CHECK (paper_size IN ('a4', 'letter')),
  logo_sha256 TEXT CHECK (logo_sha256 IS NULL OR length(logo_sha256) = 64),
  logo_mime_type TEXT CHECK (logo_mime_type IN ('image/png', 'image/jpeg', 'image/webp')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK ((logo_sha256 IS NULL) = (logo_mime_type IS NULL))
) STRICT;

INSERT INTO companies (id, created_at, updated_at)
VALUES ('default', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));
`;

const ROLES = `
CREATE TABLE roles (
  id TEXT PRIMARY KEY NOT NULL,
  title TEXT NOT NULL CHECK (length(trim(title)) BETWEEN 1 AND 200),
  department TEXT NOT NULL DEFAULT '',
  location_street TEXT NOT NULL DEFAULT '',
  location_city TEXT NOT NULL DEFAULT '',
  location_region TEXT NOT NULL DEFAULT '',
  location_postal_code TEXT NOT NULL DEFAULT '',
  location_country TEXT NOT NULL DEFAULT '',
  workplace TEXT NOT NULL CHECK (workplace IN ('onsite', 'hybrid', 'remote')),
  remote_countries TEXT NOT NULL DEFAULT '[]'
    CHECK (json_valid(remote_countries) AND json_type(remote_countries) = 'array'),
  employment_type TEXT NOT NULL CHECK (employment_type IN
    ('full_time', 'part_time', 'contract', 'temporary', 'internship', 'volunteer', 'per_diem', 'other')),
  salary_min REAL CHECK (salary_min IS NULL OR salary_min >= 0),
  salary_max REAL CHECK (salary_max IS NULL OR salary_max >= 0),
  salary_currency TEXT NOT NULL CHECK (length(salary_currency) = 3),
  salary_period TEXT NOT NULL CHECK (salary_period IN ('hour', 'day', 'week', 'month', 'year')),
  openings INTEGER NOT NULL CHECK (openings BETWEEN 1 AND 999),
  status TEXT NOT NULL CHECK (status IN ('draft', 'open', 'on_hold', 'closed', 'filled')),
  posted_on TEXT CHECK (posted_on IS NULL OR date(posted_on) = posted_on),
  closes_on TEXT CHECK (closes_on IS NULL OR date(closes_on) = closes_on),
  hiring_manager TEXT NOT NULL DEFAULT '',
  apply_email TEXT NOT NULL DEFAULT '',
  apply_url TEXT NOT NULL DEFAULT '',
  apply_instructions TEXT NOT NULL DEFAULT '',
  archived_at TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (salary_min IS NULL OR salary_max IS NULL OR salary_min <= salary_max),
  CHECK (posted_on IS NULL OR closes_on IS NULL OR closes_on > posted_on)
) STRICT;

CREATE INDEX roles_by_updated ON roles (updated_at);
CREATE INDEX roles_by_created ON roles (created_at);
CREATE INDEX roles_by_title ON roles (title COLLATE NOCASE);
CREATE INDEX roles_by_closes ON roles (closes_on);
CREATE INDEX roles_by_status ON roles (status);
CREATE INDEX roles_by_archived ON roles (archived_at);
`;

// A standalone FTS5 table keyed by role id. External-content FTS would have to follow the roles
// table's implicit rowid, which VACUUM may renumber (the key is a text UUID), silently breaking search.
const ROLES_SEARCH = `
CREATE VIRTUAL TABLE roles_fts USING fts5(
  role_id UNINDEXED, title, department, tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER roles_fts_after_insert AFTER INSERT ON roles BEGIN
  INSERT INTO roles_fts (role_id, title, department) VALUES (new.id, new.title, new.department);
END;

CREATE TRIGGER roles_fts_after_update AFTER UPDATE OF title, department ON roles BEGIN
  DELETE FROM roles_fts WHERE role_id = old.id;
  INSERT INTO roles_fts (role_id, title, department) VALUES (new.id, new.title, new.department);
END;

CREATE TRIGGER roles_fts_after_delete AFTER DELETE ON roles BEGIN
  DELETE FROM roles_fts WHERE role_id = old.id;
END;
`;

export const migration0001: Migration = {
  version: 1,
  name: 'initial-schema',
  up(db) {
    db.exec(COMPANY);
    db.exec(ROLES);
    db.exec(ROLES_SEARCH);
  },
};
