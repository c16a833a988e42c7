// SQL for Today: interviews in a window, scorecards still owed, applications waiting in a stage since
// before a cutoff, new applications since an instant (the one rule, NEW_APPLICATIONS_FROM / _WHERE, read from its index), roles closing within
// dates and open roles without applications. Each list is capped; counts (up to TODAY_COUNT_LIMIT) come
// with it. Runs in plain Node.
import { NEW_APPLICATIONS_FROM, NEW_APPLICATIONS_WHERE } from '../applications/hiring-counts-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export const TODAY_LIMIT = 50;
/** Each section counts its items up to this many; past it the screen says "1000+" (counting every one of 100,000 waiting cards is slow and says no more). */
export const TODAY_COUNT_LIMIT = 1000;

/** How many rows a FROM … WHERE … clause gives, up to TODAY_COUNT_LIMIT, and whether there are more. */
export interface Count {
  total: number;
  /** More than `total` (the count stopped at the limit): TodaySection.more. */
  more: boolean;
}

export function countUpTo(db: Db, clause: string, args: unknown): Count {
  const n = statement(db, `SELECT COUNT(*) FROM (SELECT 1 ${clause} LIMIT ${TODAY_COUNT_LIMIT + 1})`).pluck().get(args) as number;
  return { total: Math.min(n, TODAY_COUNT_LIMIT), more: n > TODAY_COUNT_LIMIT };
}

const WHO = `a.id AS application_id, a.role_id, r.title AS role_title, c.id AS candidate_id, c.full_name AS candidate_name`;
const JOINS = `JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id`;

export interface WhoRow {
  application_id: string;
  role_id: string;
  role_title: string;
  candidate_id: string;
  candidate_name: string;
}

export interface InterviewRow extends WhoRow {
  interview_id: string;
  starts_at: string;
  kind: string;
}

/** Scheduled interviews starting in [start, end), earliest first. */
export function interviewsBetween(db: Db, start: string, end: string): InterviewRow[] {
  return statement(db, `SELECT i.id AS interview_id, i.starts_at, i.kind, ${WHO}
    FROM interviews i JOIN applications a ON a.id = i.application_id ${JOINS}
    WHERE i.status = 'scheduled' AND i.starts_at >= ? AND i.starts_at < ?
    ORDER BY i.starts_at, i.id LIMIT ${TODAY_LIMIT * 4}`).all(start, end) as InterviewRow[];
}

export interface FeedbackRow extends InterviewRow {
  interviewer_id: string;
  interviewer_name: string;
}

const OWED = `FROM interviews i JOIN interview_interviewers ii ON ii.interview_id = i.id
    LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = ii.id
    JOIN applications a ON a.id = i.application_id ${JOINS}
    WHERE i.status <> 'cancelled' AND i.starts_at < ? AND s.submitted_at IS NULL`;
// The same rows without the names, for counting (an interview always has its application, candidate and role).
const OWED_COUNTED = `FROM interviews i JOIN interview_interviewers ii ON ii.interview_id = i.id
    LEFT JOIN scorecards s ON s.interview_id = i.id AND s.interviewer_id = ii.id
    WHERE i.status <> 'cancelled' AND i.starts_at < ? AND s.submitted_at IS NULL`;

/** Interviewers of interviews that have started (not cancelled) with no submitted scorecard, oldest first. */
export function feedbackOwed(db: Db, now: string): { rows: FeedbackRow[]; count: Count } {
  const rows = statement(db, `SELECT i.id AS interview_id, i.starts_at, i.kind, ii.id AS interviewer_id, ii.name AS interviewer_name, ${WHO}
    ${OWED} ORDER BY i.starts_at, ii.position LIMIT ${TODAY_LIMIT}`).all(now) as FeedbackRow[];
  return { rows, count: countUpTo(db, OWED_COUNTED, now) };
}

export interface WaitingRow extends WhoRow {
  stage_id: string;
  stage_name: string;
  stage_entered_at: string;
}

/** When each stage's wait began to be too long: `byStage` (stage id → ISO cutoff), else `other`; `latest` bounds both. */
export interface WaitCutoffs {
  byStage: Record<string, string>;
  other: string;
  latest: string;
}

/** The cutoff condition: one for every stage, or per stage from @byStage (a JSON object) when any are set. */
const waitingWhere = (perStage: boolean) => `a.status = 'active' AND a.stage_entered_at < @latest AND r.archived_at IS NULL
      AND a.stage_entered_at < ${perStage ? 'COALESCE((SELECT j.value FROM json_each(@byStage) j WHERE j.key = a.stage_id), @other)' : '@other'}`;

/** Active applications in their stage since before that stage's cutoff, longest waiting first, and how many in all. */
export function waitingTooLong(db: Db, cutoffs: WaitCutoffs): { rows: WaitingRow[]; count: Count } {
  const args = { latest: cutoffs.latest, byStage: JSON.stringify(cutoffs.byStage), other: cutoffs.other };
  const where = waitingWhere(Object.keys(cutoffs.byStage).length > 0);
  const rows = statement(db, `SELECT ${WHO}, s.id AS stage_id, s.name AS stage_name, a.stage_entered_at
    FROM applications a JOIN pipeline_stages s ON s.id = a.stage_id ${JOINS} WHERE ${where}
    ORDER BY a.stage_entered_at, a.id LIMIT ${TODAY_LIMIT}`).all(args) as WaitingRow[];
  return { rows, count: countUpTo(db, `FROM applications a JOIN roles r ON r.id = a.role_id WHERE ${where}`, args) };
}

export interface NewRow extends WhoRow {
  created_at: string;
}

const FRESH = `WHERE ${NEW_APPLICATIONS_WHERE} AND a.created_at > ? AND r.archived_at IS NULL`;

/** The statements for new applications since an instant (one parameter): the first page, and the clause counted. */
export const NEW_SINCE = {
  list: `SELECT ${WHO}, a.created_at FROM ${NEW_APPLICATIONS_FROM} ${JOINS} ${FRESH}
    ORDER BY nf.applied_at DESC, nf.application_id DESC LIMIT ${TODAY_LIMIT}`,
  counted: `FROM ${NEW_APPLICATIONS_FROM} JOIN roles r ON r.id = a.role_id ${FRESH}`,
};

/**
 * New applications (hiring-counts-rules' "new") added after `since`, newest first by the day they applied
 * (read backwards in the order of the index of untouched applications, so only the first 50 are looked up),
 * and how many in all (the count needs no candidate).
 */
export function newApplicationsSince(db: Db, since: string): { rows: NewRow[]; count: Count } {
  const rows = statement(db, NEW_SINCE.list).all(since) as NewRow[];
  return { rows, count: countUpTo(db, NEW_SINCE.counted, since) };
}

export interface RoleRowLite {
  role_id: string;
  role_title: string;
  closes_on: string | null;
  created_at: string;
}

/** Open roles (not archived) closing on a day in [first, last], soonest first. */
export function rolesClosing(db: Db, first: string, last: string): RoleRowLite[] {
  return statement(db, `SELECT id AS role_id, title AS role_title, closes_on, created_at FROM roles
    WHERE status = 'open' AND archived_at IS NULL AND closes_on >= ? AND closes_on <= ?
    ORDER BY closes_on, title COLLATE NOCASE LIMIT ${TODAY_LIMIT}`).all(first, last) as RoleRowLite[];
}

/** Open roles (not archived) without a single application, oldest first. */
export function openRolesWithoutApplicants(db: Db): RoleRowLite[] {
  return statement(db, `SELECT r.id AS role_id, r.title AS role_title, r.closes_on, r.created_at FROM roles r
    WHERE r.status = 'open' AND r.archived_at IS NULL AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.role_id = r.id)
    ORDER BY r.created_at LIMIT ${TODAY_LIMIT}`).all() as RoleRowLite[];
}

/** True when the data folder holds no role and no candidate yet (the first run). */
export function isEmptyFolder(db: Db): boolean {
  return statement(db, 'SELECT NOT EXISTS (SELECT 1 FROM roles) AND NOT EXISTS (SELECT 1 FROM candidates)').pluck().get() === 1;
}
