// SQL for the reports: roles and their stages, how far each application of a cohort got, the stage history
// of a cohort, hires, sources, rejection reasons and submitted scorecards. A cohort is the applications
// whose first stage event (the day they applied; a merged duplicate's earlier one counts) falls in the
// range. Rows in, rows out; the figures are made in *-rules.ts. Runs in plain Node on a better-sqlite3 connection.
import type { ApplicationStatus, RoleStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import type { InstantRange } from './report-range-rules';

// @role: a role id or NULL (every role); @start, @end: the range.
const COHORT = `
apps AS (
  SELECT a.id, a.role_id, a.candidate_id, a.status,
    COALESCE((SELECT MIN(e.created_at) FROM stage_events e WHERE e.application_id = a.id), a.created_at) AS applied_at
  FROM applications a WHERE (@role IS NULL OR a.role_id = @role)
),
cohort AS (SELECT * FROM apps WHERE applied_at >= @start AND applied_at < @end)`;

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
    WHERE (@role IS NULL OR id = @role) ORDER BY title COLLATE NOCASE, id`).all({ role: roleId }) as RoleFactsRow[];
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
  return statement(db, `SELECT id, role_id, name, position, kind FROM pipeline_stages WHERE (@role IS NULL OR role_id = @role)
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

/** How far the cohort got, counted per role: ever hired, else the furthest board stage's position. */
export function furthestReached(db: Db, roleId: string | null, range: InstantRange): FurthestRow[] {
  return statement(db, `WITH ${COHORT},
    furthest AS (
      SELECT c.role_id,
        MAX(c.status = 'hired' OR e.to_status = 'hired' OR s.kind = 'hired') AS hired,
        MAX(CASE WHEN s.kind = 'active' THEN s.position END) AS position
      FROM cohort c JOIN stage_events e ON e.application_id = c.id LEFT JOIN pipeline_stages s ON s.id = e.to_stage_id
      GROUP BY c.id
    )
    SELECT role_id, hired, position, COUNT(*) AS applications FROM furthest GROUP BY role_id, hired, position`)
    .all({ role: roleId, start: range.start, end: range.end }) as FurthestRow[];
}

export interface CohortEventRow {
  application_id: string;
  role_id: string;
  to_stage_id: string | null;
  to_stage_name: string;
  to_status: ApplicationStatus;
  created_at: string;
}

/** The cohort's stage events, by application, oldest first (rowid breaks a tie of equal stamps). */
export function cohortEvents(db: Db, roleId: string | null, range: InstantRange): CohortEventRow[] {
  return statement(db, `WITH ${COHORT}
    SELECT e.application_id, c.role_id, e.to_stage_id, e.to_stage_name, e.to_status, e.created_at
    FROM cohort c JOIN stage_events e ON e.application_id = c.id
    ORDER BY e.application_id, e.created_at, e.rowid`).all({ role: roleId, start: range.start, end: range.end }) as CohortEventRow[];
}

export interface HireRow {
  role_id: string;
  applied_at: string;
  hired_at: string | null;
}

/** Applications hired now, with the day they applied and their latest move into hired (any day). */
export function hires(db: Db, roleId: string | null): HireRow[] {
  return statement(db, `SELECT a.role_id,
      COALESCE((SELECT MIN(e.created_at) FROM stage_events e WHERE e.application_id = a.id), a.created_at) AS applied_at,
      (SELECT MAX(e.created_at) FROM stage_events e WHERE e.application_id = a.id AND e.to_status = 'hired') AS hired_at
    FROM applications a WHERE a.status = 'hired' AND (@role IS NULL OR a.role_id = @role)`).all({ role: roleId }) as HireRow[];
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
  return statement(db, `WITH ${COHORT}
    SELECT p.source_kind, COUNT(*) AS applications, COUNT(DISTINCT c.candidate_id) AS candidates,
      COALESCE(SUM((SELECT COUNT(*) FROM interviews i WHERE i.application_id = c.id AND i.status <> 'cancelled')), 0) AS interviews,
      SUM(c.status = 'hired') AS hires
    FROM cohort c JOIN candidates p ON p.id = c.candidate_id
    GROUP BY p.source_kind ORDER BY p.source_kind`).all({ role: roleId, start: range.start, end: range.end }) as SourceRow[];
}

export interface ReasonRow {
  status: 'rejected' | 'withdrawn';
  label: string | null;
  applications: number;
}

/** Applications rejected or withdrawn now whose latest such event falls in the range, by reason. */
export function reasonCounts(db: Db, roleId: string | null, range: InstantRange): ReasonRow[] {
  return statement(db, `WITH closed AS (
      SELECT a.id, a.status, a.rejection_reason_id,
        (SELECT MAX(e.created_at) FROM stage_events e WHERE e.application_id = a.id AND e.to_status = a.status) AS at
      FROM applications a WHERE a.status IN ('rejected', 'withdrawn') AND (@role IS NULL OR a.role_id = @role)
    )
    SELECT c.status, r.label, COUNT(*) AS applications
    FROM closed c LEFT JOIN rejection_reasons r ON r.id = c.rejection_reason_id
    WHERE c.at >= @start AND c.at < @end
    GROUP BY c.status, r.label ORDER BY c.status, applications DESC, r.label`).all({ role: roleId, start: range.start, end: range.end }) as ReasonRow[];
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
    WHERE s.submitted_at IS NOT NULL AND s.submitted_at >= @start AND s.submitted_at < @end AND (@role IS NULL OR a.role_id = @role)`)
    .all({ role: roleId, start: range.start, end: range.end }) as ScorecardRow[];
}

/** Applications per role now (any status), for open roles by age. */
export function applicationsPerRole(db: Db, roleId: string | null): Map<string, number> {
  const rows = statement(db, `SELECT role_id, COUNT(*) AS n FROM applications WHERE (@role IS NULL OR role_id = @role) GROUP BY role_id`)
    .all({ role: roleId }) as { role_id: string; n: number }[];
  return new Map(rows.map((r) => [r.role_id, r.n]));
}
