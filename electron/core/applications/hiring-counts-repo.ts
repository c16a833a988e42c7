// SQL for the hiring overview: per role, how many applications are new, how many are in process, and how
// many interviews fall in a given week, for a whole list of roles in one statement. The words are defined
// in hiring-counts-rules.ts; NEW_APPLICATION is the same rule for SQL, kept here for any later list (a
// Today screen) that selects new applications. Runs in plain Node on a better-sqlite3 connection.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { WeekWindow } from './hiring-counts-rules';

/**
 * isNewApplication (hiring-counts-rules.ts) as a condition on an application aliased `a`: active, in its
 * role's first stage, and no stage event but the one that created it (every later event has a from_status;
 * the report facts count them as moves, and index the active ones with none). That index is named: an
 * owner's file has no planner statistics, and left to itself SQLite reads every active fact to find the
 * untouched ones (0.7–1.5 s for Today at 180,000 active applications).
 */
/** NEW_APPLICATION's conditions apart from the facts: active, and in its role's first stage. */
const IN_FIRST_STAGE = `a.status = 'active'
  AND a.stage_id = (SELECT s.id FROM pipeline_stages s WHERE s.role_id = a.role_id ORDER BY s.position, s.id LIMIT 1)`;

export const NEW_APPLICATION = `(
  ${IN_FIRST_STAGE}
  AND a.id IN (SELECT f.application_id FROM application_facts f INDEXED BY application_facts_new WHERE f.status = 'active' AND f.moves = 0)
)`;

/**
 * Where a list of new applications starts: that same index (the untouched applications) read first, each
 * joined to its application `a` (CROSS JOIN keeps the order). Its WHERE is NEW_APPLICATION with the facts
 * met by the row read (`nf`) instead of by the list of every untouched application, which SQLite would build
 * on each call (0.6–1 s at 180,000 untouched active applications, as a file imported with its stages has).
 */
export const NEW_APPLICATIONS_FROM = 'application_facts nf INDEXED BY application_facts_new CROSS JOIN applications a ON a.id = nf.application_id';
export const NEW_APPLICATIONS_WHERE = `nf.status = 'active' AND nf.moves = 0 AND (${IN_FIRST_STAGE})`;

export interface HiringCounts {
  new: number;
  inProcess: number;
  /** Interviews (scheduled or done, not cancelled) starting within the week. */
  interviewsThisWeek: number;
}

const COUNTS_SQL = `
WITH listed (role_id) AS (SELECT DISTINCT value FROM json_each(?)),
board AS (
  SELECT a.role_id, COUNT(*) AS active, SUM(CASE WHEN ${NEW_APPLICATION} THEN 1 ELSE 0 END) AS fresh
  FROM applications a JOIN listed l ON l.role_id = a.role_id
  WHERE a.status = 'active'
  GROUP BY a.role_id
),
talks AS (
  SELECT a.role_id, COUNT(*) AS interviews
  FROM interviews i JOIN applications a ON a.id = i.application_id JOIN listed l ON l.role_id = a.role_id
  WHERE i.status <> 'cancelled' AND i.starts_at >= ? AND i.starts_at < ?
  GROUP BY a.role_id
)
SELECT l.role_id, COALESCE(b.fresh, 0) AS fresh, COALESCE(b.active, 0) AS active, COALESCE(t.interviews, 0) AS interviews
FROM listed l LEFT JOIN board b ON b.role_id = l.role_id LEFT JOIN talks t ON t.role_id = l.role_id`;

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
