// Migration 7: role status history. Every change of a role's status (draft, open, on hold, closed, filled)
// is recorded from now on, written by the one place roles are written (core/roles/roles-repo.ts: insertRole
// and updateRole, through role-status-repo.ts). Nothing is backfilled: for a role older than this table the
// reports derive "opened" from its posted date (else its creation) and "filled" from its last hire, and say
// so (core/reports/role-dates-rules.ts). Also indexes the reports' and Today's reads of the stage history.
// Runs in plain Node inside migrate(). Released migrations are frozen: enum lists are copied here.
import type { Migration } from './migration';

const ROLE_STATUS_EVENTS = `
CREATE TABLE role_status_events (
  id TEXT PRIMARY KEY NOT NULL,
  role_id TEXT NOT NULL REFERENCES roles (id) ON DELETE CASCADE,
  -- NULL for the event that created the role.
  from_status TEXT CHECK (from_status IS NULL OR from_status IN ('draft', 'open', 'on_hold', 'closed', 'filled')),
  to_status TEXT NOT NULL CHECK (to_status IN ('draft', 'open', 'on_hold', 'closed', 'filled')),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX role_status_events_by_role ON role_status_events (role_id, created_at);

CREATE TRIGGER role_status_events_append_only BEFORE UPDATE ON role_status_events BEGIN
  SELECT RAISE(ABORT, 'role_status_events is append-only');
END;

-- Reports read the history by time (a date range over every role) and applications by role and start.
CREATE INDEX stage_events_by_created ON stage_events (created_at);
CREATE INDEX applications_by_role_created ON applications (role_id, created_at);
-- Today: who has waited long in a stage, and who applied since Today was last left.
CREATE INDEX applications_by_status_entered ON applications (status, stage_entered_at);
CREATE INDEX applications_by_created ON applications (created_at);
`;

export const migration0007: Migration = {
  version: 7,
  name: 'role-status-history',
  up(db) {
    db.exec(ROLE_STATUS_EVENTS);
  },
};
