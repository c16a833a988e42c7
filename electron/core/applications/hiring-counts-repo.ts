// SQL for the hiring overview: per role, how many applications are new, how many are in process, and how
// many interviews fall in a given week, for a whole list of roles in one statement. The words are defined
// in hiring-counts-rules.ts; this file holds the same rule for SQL, for the counts and for Today's list of
// new applications. Runs in plain Node on a better-sqlite3 connection.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { WeekWindow } from './hiring-counts-rules';

/** The id of role `role`'s first stage (an SQL expression): the lowest position, then the lowest id. */
const FIRST_STAGE = (role: string) => `(SELECT s.id FROM pipeline_stages s WHERE s.role_id = ${role} ORDER BY s.position, s.id LIMIT 1)`;

/**
 * isNewApplication (hiring-counts-rules.ts) for SQL: active, in its role's first stage, and no stage event
 * but the one that created it (every later event has a from_status; the report facts count them as moves,
 * and index the active ones with none, application_facts_new). Two forms of the one rule: per application
 * (a list of them: Today) and counted per role (the Roles list). IN_FIRST_STAGE is its conditions on the
 * application `a` apart from the facts.
 */
const IN_FIRST_STAGE = `a.status = 'active' AND a.stage_id = ${FIRST_STAGE('a.role_id')}`;

/**
 * Where a list of new applications starts: that same index (the untouched applications) read first, each
 * joined to its application `a` (CROSS JOIN keeps the order). Its WHERE is the rule with the facts met by
 * the row read (`nf`) instead of by a list of every untouched application, which SQLite would build on each
 * call (0.6–1 s at 180,000 untouched active applications, as a file imported with its stages has).
 */
export const NEW_APPLICATIONS_FROM = 'application_facts nf INDEXED BY application_facts_new CROSS JOIN applications a ON a.id = nf.application_id';
export const NEW_APPLICATIONS_WHERE = `nf.status = 'active' AND nf.moves = 0 AND (${IN_FIRST_STAGE})`;

export interface HiringCounts {
  new: number;
  inProcess: number;
  /** Interviews (scheduled or done, not cancelled) starting within the week. */
  interviewsThisWeek: number;
}

/**
 * Per listed role, read by key from board_counts (migration 18: per role and stage, its active applications
 * and how many of them are untouched, kept by triggers): active is the sum over the role's stages, new the
 * untouched of whichever stage is its first now. A few rows per role, whatever the number of applications.
 * The interviews of the week are read through interviews_by_start (the week's interviews only).
 */
const COUNTS_SQL = `
WITH listed (role_id) AS (SELECT DISTINCT value FROM json_each(?)),
talks AS (
  SELECT a.role_id, COUNT(*) AS interviews
  FROM interviews i JOIN applications a ON a.id = i.application_id JOIN listed l ON l.role_id = a.role_id
  WHERE i.status <> 'cancelled' AND i.starts_at >= ? AND i.starts_at < ?
  GROUP BY a.role_id
)
SELECT l.role_id,
  COALESCE((SELECT c.untouched FROM board_counts c WHERE c.role_id = l.role_id AND c.stage_id = ${FIRST_STAGE('l.role_id')}), 0) AS fresh,
  COALESCE((SELECT SUM(c.active) FROM board_counts c WHERE c.role_id = l.role_id), 0) AS active,
  COALESCE(t.interviews, 0) AS interviews
FROM listed l LEFT JOIN talks t ON t.role_id = l.role_id`;

/** The counts of every listed role (zeros for a role with no applications), in one query. */
export function hiringCountsByRole(db: Db, roleIds: readonly string[], week: WeekWindow): Map<string, HiringCounts> {
  const rows = statement(db, COUNTS_SQL).all(JSON.stringify(roleIds), week.start, week.end) as {
    role_id: string;
    fresh: number;
    active: number;
    interviews: number;
  }[];
  return new Map(rows.map((r) => [r.role_id, { new: r.fresh, inProcess: r.active - r.fresh, interviewsThisWeek: r.interviews }]));
}
