// Migration 18: the Roles list's hiring counts read by key instead of counted over every application. Each
// report facts row says which stage its application is in while it is active (`active_stage_id`:
// applications.stage_id when applications.status is 'active', else NULL), and a small table keeps, per role
// and stage, how many active applications are there and how many of them are untouched (their facts active
// with no move since they were added: the rows of application_facts_new). A role's new applications are then
// the untouched ones of whichever stage is its first when asked (so reordering stages changes nothing stored),
// and its active ones the sum over its stages: a few rows per role, whatever the number of applications.
// Triggers keep both true whatever writes applications or their facts (moves, rejections, hires, merges,
// deletes). Runs in plain Node inside migrate(). Released migrations are frozen.
import type { Migration } from './migration';

const COLUMN = `
ALTER TABLE application_facts ADD COLUMN active_stage_id TEXT;
UPDATE application_facts SET active_stage_id = a.stage_id
FROM applications a WHERE a.id = application_facts.application_id AND a.status = 'active';
`;

const TABLE = `
CREATE TABLE board_counts (
  role_id TEXT NOT NULL,
  stage_id TEXT NOT NULL,
  -- Applications of the role active in this stage (report facts with this active_stage_id); never 0 (the row goes).
  active INTEGER NOT NULL,
  -- Of those, the untouched: facts status active and no move since the application was added.
  untouched INTEGER NOT NULL,
  PRIMARY KEY (role_id, stage_id)
) STRICT, WITHOUT ROWID;
INSERT INTO board_counts (role_id, stage_id, active, untouched)
SELECT role_id, active_stage_id, COUNT(*), SUM(status = 'active' AND moves = 0)
FROM application_facts WHERE active_stage_id IS NOT NULL GROUP BY role_id, active_stage_id;
`;

// A facts row counts once, at (role_id, active_stage_id), when active_stage_id is set. ADD and TAKE are that
// row's part added or taken away (r: NEW or OLD); a stage's row goes when nothing is left in it, so a removed
// stage or role (or the sample data) leaves nothing behind.
const ADD = (r: string) => `INSERT INTO board_counts (role_id, stage_id, active, untouched)
    SELECT ${r}.role_id, ${r}.active_stage_id, 1, ${r}.status = 'active' AND ${r}.moves = 0 WHERE ${r}.active_stage_id IS NOT NULL
    ON CONFLICT (role_id, stage_id) DO UPDATE SET active = active + 1, untouched = untouched + excluded.untouched;`;
const TAKE = (r: string) => `UPDATE board_counts SET active = active - 1, untouched = untouched - (${r}.status = 'active' AND ${r}.moves = 0)
    WHERE role_id = ${r}.role_id AND stage_id = ${r}.active_stage_id;
  DELETE FROM board_counts WHERE role_id = ${r}.role_id AND stage_id = ${r}.active_stage_id AND active = 0;`;

const TRIGGERS = `
CREATE TRIGGER application_facts_follow_stage AFTER UPDATE OF stage_id, status ON applications BEGIN
  UPDATE application_facts SET active_stage_id = CASE WHEN NEW.status = 'active' THEN NEW.stage_id END
  WHERE application_id = NEW.id AND active_stage_id IS NOT (CASE WHEN NEW.status = 'active' THEN NEW.stage_id END);
END;
CREATE TRIGGER board_counts_after_facts_insert AFTER INSERT ON application_facts BEGIN
  ${ADD('NEW')}
END;
CREATE TRIGGER board_counts_after_facts_update AFTER UPDATE OF role_id, active_stage_id, status, moves ON application_facts BEGIN
  ${TAKE('OLD')}
  ${ADD('NEW')}
END;
CREATE TRIGGER board_counts_after_facts_delete AFTER DELETE ON application_facts BEGIN
  ${TAKE('OLD')}
END;
`;

export const migration0018: Migration = {
  version: 18,
  name: 'board-counts',
  up(db) {
    db.exec(COLUMN);
    db.exec(TABLE);
    db.exec(TRIGGERS);
  },
};
