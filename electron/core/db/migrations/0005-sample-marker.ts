// Migration 5: a `sample` marker on roles and candidates, set only by sample:load, so the sample bakery
// can be shown as sample and removed in one action (sample:remove) without touching the owner's rows.
// Everything else the sample makes (applications, interviews, kits, notes) hangs off these rows.
// Runs in plain Node inside migrate(). Released migrations are frozen: fix forward in a new file.
import type { Migration } from './migration';

const MARKERS = `
ALTER TABLE roles ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
ALTER TABLE candidates ADD COLUMN sample INTEGER NOT NULL DEFAULT 0 CHECK (sample IN (0, 1));
CREATE INDEX roles_sample ON roles (sample) WHERE sample = 1;
CREATE INDEX candidates_sample ON candidates (sample) WHERE sample = 1;
`;

export const migration0005: Migration = {
  version: 5,
  name: 'sample-marker',
  up(db) {
    db.exec(MARKERS);
  },
};
