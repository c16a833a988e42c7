// Migration 11: how long candidates' data is kept, and the record of consent. The company row gains the
// retention default: rejected and withdrawn candidates are due for deletion `retention_months` after their
// last activity (12 unless the owner changes it; NULL turns the reminder off), and what happens to them
// (`retention_action`: 'erase', or 'anonymise' for keeping the figures without the person). Nothing is ever
// deleted on its own: the owner reviews the "Due for deletion" list and confirms. A candidate gains the
// reason for their keep-until date (`retention_until`, there since migration 3), the day they agreed to be
// considered for future roles (NULL: they did not), and a note on the notice they were given or how they
// agreed. How and when their data arrived is `source_kind`, `source_detail` and `created_at`, already there.
// Runs in plain Node inside migrate(). Released migrations are frozen: the enum list is copied here.
import type { Migration } from './migration';

const COMPANY = `
ALTER TABLE companies ADD COLUMN retention_months INTEGER DEFAULT 12
  CHECK (retention_months IS NULL OR retention_months BETWEEN 1 AND 120);
ALTER TABLE companies ADD COLUMN retention_action TEXT NOT NULL DEFAULT 'erase'
  CHECK (retention_action IN ('erase', 'anonymise'));
`;

const CANDIDATES = `
ALTER TABLE candidates ADD COLUMN retention_reason TEXT NOT NULL DEFAULT '' CHECK (length(retention_reason) <= 500);
ALTER TABLE candidates ADD COLUMN consent_future_roles_on TEXT
  -- IS, not =: date('soon') is NULL, and a CHECK that comes out NULL passes.
  CHECK (date(consent_future_roles_on) IS consent_future_roles_on);
ALTER TABLE candidates ADD COLUMN consent_note TEXT NOT NULL DEFAULT '' CHECK (length(consent_note) <= 500);
`;

// The Due for deletion list asks, per person, "is any application still open, or changed lately?", then
// looks up each application's events, notes and interviews: this index answers both without reading the
// applications' rows (the id is in it for the joins).
const INDEXES = `
CREATE INDEX applications_by_candidate_status ON applications (candidate_id, status, updated_at, id);
`;

export const migration0011: Migration = {
  version: 11,
  name: 'retention',
  up(db) {
    db.exec(COMPANY);
    db.exec(CANDIDATES);
    db.exec(INDEXES);
  },
};
