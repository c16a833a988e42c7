// SQL for the reports: roles and their stages, how far each application of a cohort got, the cohort's time
// on the board per stage, hires, sources, rejection reasons and submitted scorecards. A cohort is the
// applications whose first stage event (the day they applied; a merged duplicate's earlier one counts)
// falls in the range. The stage history is read through the report facts (migration 8: application_facts,
// application_stage_time), which the application lifecycle keeps equal to it. Rows in, rows out; the
// figures are made in *-rules.ts. Runs in plain Node on a better-sqlite3 connection.
import type { RoleStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { InstantRange } from './report-range-rules';

/** " AND a.role_id = @role" when one role is asked for ('' for all: no OR, so the index on role_id can be used). */
const ofRole = (column: string, roleId: string | null) => (roleId === null ? '' : ` AND ${column} = @role`);

/** The cohort's condition on application_facts `f` (or application_stage_time, same columns): applied in the range, and of the role when one is given. */
function cohort(alias: string, roleId: string | null): string {
  return `${alias}.applied_at >= @start AND ${alias}.applied_at < @end${ofRole(`${alias}.role_id`, roleId)}`;
}

export interface RoleFactsRow {
  id: string;
  title: string;
  status: RoleStatus;
  posted_on: string | null;
  created_at: string;
  archived_at: string | null;
}

export function reportRoles(db: Db, roleId: string | null): RoleFactsRow[] {
  return statement(db, `SELECT id, title, status, posted_on, created_at, archived_at FROM roles
    WHERE 1 = 1${ofRole('id', roleId)} ORDER BY title COLLATE NOCASE, id`).all({ role: roleId }) as RoleFactsRow[];
}

export interface StageFactsRow {
  id: string;
  role_id: string;
  name: string;
  position: number;
  kind: 'active' | 'hired';
}

/** Every stage of the roles, in board order (position, then id). */
export function reportStages(db: Db, roleId: string | null): StageFactsRow[] {
  return statement(db, `SELECT id, role_id, name, position, kind FROM pipeline_stages WHERE 1 = 1${ofRole('role_id', roleId)}
    ORDER BY role_id, position, id`).all({ role: roleId }) as StageFactsRow[];
}

export interface FurthestRow {
  role_id: string;
  /** 1 when the application was ever hired (or is now). */
  hired: number;
  /** The highest position of a board stage (still existing) it ever entered, or null. */
  position: number | null;
  applications: number;
}

/** How far the cohort got, counted per role: ever hired, else the furthest board stage's position (report facts). */
export function furthestReached(db: Db, roleId: string | null, range: InstantRange): FurthestRow[] {
  return statement(db, `SELECT f.role_id, f.ever_hired AS hired, f.reached_position AS position, COUNT(*) AS applications
    FROM application_facts f WHERE ${cohort('f', roleId)} AND (f.ever_hired = 1 OR f.reached_position IS NOT NULL)
    GROUP BY f.role_id, f.ever_hired, f.reached_position`).all({ role: roleId, start: range.start, end: range.end }) as FurthestRow[];
}

/**
 * A stage's time on the board up to @now (epoch ms) for application_stage_time `t` (the stays that ended and
 * the one going on) in whole tenths of a day, rounded half up in integer steps so it is exact: the one
 * decimal every report shows. Counting in SQL keeps a million stays out of JavaScript.
 */
const BOARD_TENTHS = `((t.board_ms + CASE WHEN t.open_since IS NULL THEN 0
    ELSE MAX(0, CAST(@now AS INTEGER) - CAST(ROUND((julianday(t.open_since) - 2440587.5) * 86400000.0) AS INTEGER)) END) * 10 + 43200000) / 86400000`;

export interface StageTenthsRow {
  stage_id: string;
  /** Days on the board in tenths (12 = 1.2 days). */
  tenths: number;
  /** How many applications of the cohort spent that long in that stage. */
  applications: number;
}

/** The cohort's time on the board per stage it was ever on the board in, counted by tenths of a day, up to `now`. */
export function cohortStageTimes(db: Db, roleId: string | null, range: InstantRange, now: Date): StageTenthsRow[] {
  return statement(db, `SELECT t.stage_id, ${BOARD_TENTHS} AS tenths, COUNT(*) AS applications FROM application_stage_time t
    WHERE ${cohort('t', roleId)} AND t.board_ms IS NOT NULL GROUP BY t.stage_id, tenths`)
    .all({ role: roleId, start: range.start, end: range.end, now: now.getTime() }) as StageTenthsRow[];
}

export interface HireRow {
  role_id: string;
  applied_at: string;
  hired_at: string | null;
}

/** Applications hired now, with the day they applied and their latest move into hired (any day). */
export function hires(db: Db, roleId: string | null): HireRow[] {
  return statement(db, `SELECT f.role_id, f.applied_at, f.status_at AS hired_at FROM application_facts f
    WHERE f.status = 'hired'${ofRole('f.role_id', roleId)}`).all({ role: roleId }) as HireRow[];
}

export interface SourceRow {
  source_kind: string;
  applications: number;
  candidates: number;
  interviews: number;
  hires: number;
}

/** The cohort by the candidate's source: applications, people, their interviews (not cancelled, any day) and hires. */
export function sourceCounts(db: Db, roleId: string | null, range: InstantRange): SourceRow[] {
  return statement(db, `WITH held AS (
      SELECT application_id, COUNT(*) AS n FROM interviews WHERE status <> 'cancelled' GROUP BY application_id
    )
    SELECT p.source_kind, COUNT(*) AS applications, COUNT(DISTINCT a.candidate_id) AS candidates,
      COALESCE(SUM(h.n), 0) AS interviews, SUM(f.status = 'hired') AS hires
    FROM application_facts f JOIN applications a ON a.id = f.application_id JOIN candidates p ON p.id = a.candidate_id
      LEFT JOIN held h ON h.application_id = f.application_id
    WHERE ${cohort('f', roleId)}
    GROUP BY p.source_kind ORDER BY p.source_kind`).all({ role: roleId, start: range.start, end: range.end }) as SourceRow[];
}

export interface ReasonRow {
  status: 'rejected' | 'withdrawn';
  label: string | null;
  applications: number;
}

/** Applications rejected or withdrawn now whose latest such event falls in the range, by reason. */
export function reasonCounts(db: Db, roleId: string | null, range: InstantRange): ReasonRow[] {
  return statement(db, `SELECT f.status, r.label, COUNT(*) AS applications
    FROM application_facts f JOIN applications a ON a.id = f.application_id LEFT JOIN rejection_reasons r ON r.id = a.rejection_reason_id
    WHERE f.status IN ('rejected', 'withdrawn') AND f.status_at >= @start AND f.status_at < @end${ofRole('f.role_id', roleId)}
    GROUP BY f.status, r.label ORDER BY f.status, applications DESC, r.label`).all({ role: roleId, start: range.start, end: range.end }) as ReasonRow[];
}

export interface ScorecardRow {
  name: string;
  recommendation: string | null;
  rating_sum: number;
  rating_count: number;
}

/** Scorecards submitted in the range with their interviewer's name and their criteria ratings' sum and count. */
export function submittedScorecards(db: Db, roleId: string | null, range: InstantRange): ScorecardRow[] {
  return statement(db, `SELECT ii.name, s.recommendation,
      COALESCE((SELECT SUM(sr.rating) FROM scorecard_ratings sr WHERE sr.scorecard_id = s.id AND sr.rating IS NOT NULL), 0) AS rating_sum,
      (SELECT COUNT(sr.rating) FROM scorecard_ratings sr WHERE sr.scorecard_id = s.id) AS rating_count
    FROM scorecards s JOIN interview_interviewers ii ON ii.id = s.interviewer_id
      JOIN interviews i ON i.id = s.interview_id JOIN applications a ON a.id = i.application_id
    WHERE s.submitted_at IS NOT NULL AND s.submitted_at >= @start AND s.submitted_at < @end${ofRole('a.role_id', roleId)}`)
    .all({ role: roleId, start: range.start, end: range.end }) as ScorecardRow[];
}

/** Applications per role now (any status), for open roles by age. */
export function applicationsPerRole(db: Db, roleId: string | null): Map<string, number> {
  const rows = statement(db, `SELECT role_id, COUNT(*) AS n FROM applications WHERE 1 = 1${ofRole('role_id', roleId)} GROUP BY role_id`)
    .all({ role: roleId }) as { role_id: string; n: number }[];
  return new Map(rows.map((r) => [r.role_id, r.n]));
}
