// SQL for the reports: roles and their stages, how far each application of a cohort got, the cohort's time
// on the board per stage, hires, sources, rejection reasons and submitted scorecards. A cohort is the
// applications whose first stage event (the day they applied; a merged duplicate's earlier one counts)
// falls in the range. The stage history is read through the report facts (migration 8: application_facts,
// application_stage_time), which the application lifecycle keeps equal to it. Rows in, rows out; the
// figures are made in *-rules.ts. Runs in plain Node on a better-sqlite3 connection.
import type { RoleStatus } from '../../contract';
import { TENTH_MS, tenthsOf } from '../applications/report-facts-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { EARLIEST, LATEST, type InstantRange } from './report-range-rules';

/** " AND a.role_id = @role" when one role is asked for ('' for all: no OR, so the index on role_id can be used). */
const ofRole = (column: string, roleId: string | null) => (roleId === null ? '' : ` AND ${column} = @role`);

/**
 * " AND column >= @start AND column < @end", leaving out an end the range does not have: comparing every
 * row's instant with year 0 or 9999 costs a seventh of a count over a million rows and changes nothing.
 */
function within(column: string, range: InstantRange): string {
  return `${range.start === EARLIEST ? '' : ` AND ${column} >= @start`}${range.end === LATEST ? '' : ` AND ${column} < @end`}`;
}

/** The cohort's condition on application_facts `f` (or application_stage_time, same columns): applied in the range, and of the role when one is given. */
function cohort(alias: string, roleId: string | null, range: InstantRange): string {
  return `1 = 1${within(`${alias}.applied_at`, range)}${ofRole(`${alias}.role_id`, roleId)}`;
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
    FROM application_facts f WHERE ${cohort('f', roleId, range)} AND (f.ever_hired = 1 OR f.reached_position IS NOT NULL)
    GROUP BY f.role_id, f.ever_hired, f.reached_position`).all({ role: roleId, start: range.start, end: range.end }) as FurthestRow[];
}

export interface SlotTenthsRow {
  /** The stage's place among its role's board stages (0 is the first). */
  slot: number;
  /** Days on the board in tenths (12 = 1.2 days). */
  tenths: number;
  /** How many applications of the cohort spent that long in a stage at that place. */
  applications: number;
}

/**
 * The cohort's time on the board per stage place (board_slot), counted by tenths of a day up to `now`, rounded
 * half up as every report shows them. Ended stays are read as stored (closed_tenths). A stay going on has
 * board_ms + (now - open_since_ms) = now - k on the board, k = open_since_ms - board_ms stored as
 * open_bucket·TENTH + open_rem; with now + TENTH/2 = N·TENTH + s its tenths are N - open_bucket, less one
 * when open_rem > s. So those are counted per open_bucket in index order, with how many have open_rem > s,
 * instead of working out and sorting every stay. A stay that began after `now` (a clock set back) counts
 * only its ended time, as before. For all roles the partial indexes of migration 9 are read.
 */
export function cohortSlotTimes(db: Db, roleId: string | null, range: InstantRange, now: Date): SlotTenthsRow[] {
  const by = (index: string) => (roleId === null ? `INDEXED BY ${index}` : 'INDEXED BY application_stage_time_by_role');
  const nowMs = now.getTime();
  const n = Math.floor((nowMs + TENTH_MS / 2) / TENTH_MS);
  const params = { role: roleId, start: range.start, end: range.end, now: nowMs, s: nowMs + TENTH_MS / 2 - n * TENTH_MS };
  const where = `t.board_slot IS NOT NULL AND ${cohort('t', roleId, range)}`;
  const fixed = statement(db, `SELECT t.board_slot AS slot, t.closed_tenths AS tenths, COUNT(*) AS applications
      FROM application_stage_time t ${by('application_stage_time_closed')}
      WHERE t.closed_tenths IS NOT NULL AND ${where} GROUP BY t.board_slot, t.closed_tenths
    UNION ALL
    SELECT t.board_slot AS slot, ${tenthsOf('t.board_ms')} AS tenths, COUNT(*) AS applications
      FROM application_stage_time t ${by('application_stage_time_open')}
      WHERE t.open_bucket IS NOT NULL AND t.open_since_ms > CAST(@now AS INTEGER) AND ${where} GROUP BY 1, 2`).all(params) as SlotTenthsRow[];
  const going = statement(db, `SELECT t.board_slot AS slot, t.open_bucket AS bucket, COUNT(*) AS stays, SUM(t.open_rem > CAST(@s AS INTEGER)) AS later
      FROM application_stage_time t ${by('application_stage_time_open')}
      WHERE t.open_bucket IS NOT NULL AND t.open_since_ms <= CAST(@now AS INTEGER) AND ${where}
      GROUP BY t.board_slot, t.open_bucket`).all(params) as { slot: number; bucket: number; stays: number; later: number }[];
  const rows = [...fixed];
  for (const g of going) {
    if (g.stays > g.later) rows.push({ slot: g.slot, tenths: n - g.bucket, applications: g.stays - g.later });
    if (g.later > 0) rows.push({ slot: g.slot, tenths: n - g.bucket - 1, applications: g.later });
  }
  return rows;
}

export interface HireRow {
  role_id: string;
  applied_at: string;
  hired_at: string | null;
}

/** Applications hired now, with the day they applied and their latest move into hired: any day, or in `range`. */
export function hires(db: Db, roleId: string | null, range?: InstantRange): HireRow[] {
  const when = range ? within('f.status_at', range) : '';
  return statement(db, `SELECT f.role_id, f.applied_at, f.status_at AS hired_at FROM application_facts f
    WHERE f.status = 'hired'${when}${ofRole('f.role_id', roleId)}`).all({ role: roleId, start: range?.start, end: range?.end }) as HireRow[];
}

export interface SourceRow {
  source_kind: string;
  applications: number;
  candidates: number;
  interviews: number;
  hires: number;
}

/**
 * The cohort by the candidate's source (kept on the facts by migration 9, with each application's interviews
 * not cancelled, any day): applications, people, interviews and hires in one pass over the source index in
 * order (per person, then per source).
 */
export function sourceCounts(db: Db, roleId: string | null, range: InstantRange): SourceRow[] {
  const index = roleId === null ? 'INDEXED BY application_facts_by_source' : 'INDEXED BY application_facts_by_role';
  return statement(db, `SELECT source_kind, SUM(n) AS applications, COUNT(*) AS candidates, SUM(held) AS interviews, SUM(h) AS hires FROM (
      SELECT f.source_kind, COUNT(*) AS n, SUM(f.interviews) AS held, SUM(f.status = 'hired') AS h FROM application_facts f ${index}
      WHERE ${cohort('f', roleId, range)} GROUP BY f.source_kind, f.candidate_id
    ) GROUP BY source_kind ORDER BY source_kind`).all({ role: roleId, start: range.start, end: range.end }) as SourceRow[];
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
    WHERE f.status IN ('rejected', 'withdrawn')${within('f.status_at', range)}${ofRole('f.role_id', roleId)}
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
    WHERE s.submitted_at IS NOT NULL${within('s.submitted_at', range)}${ofRole('a.role_id', roleId)}`)
    .all({ role: roleId, start: range.start, end: range.end }) as ScorecardRow[];
}

/** Applications per role now (any status), for open roles by age. */
export function applicationsPerRole(db: Db, roleId: string | null): Map<string, number> {
  const rows = statement(db, `SELECT role_id, COUNT(*) AS n FROM applications WHERE 1 = 1${ofRole('role_id', roleId)} GROUP BY role_id`)
    .all({ role: roleId }) as { role_id: string; n: number }[];
  return new Map(rows.map((r) => [r.role_id, r.n]));
}

export interface SentOfferRow {
  role_id: string;
  role_title: string;
  source_kind: string;
  status: 'sent' | 'accepted' | 'declined' | 'expired';
  expires_on: string | null;
}

/** Offers sent in the range (by when they were made), with their role and the candidate's source. */
export function sentOffers(db: Db, roleId: string | null, range: InstantRange): SentOfferRow[] {
  return statement(db, `SELECT a.role_id, r.title AS role_title, c.source_kind, o.status, o.expires_on
    FROM offers o INDEXED BY offers_by_sent JOIN applications a ON a.id = o.application_id JOIN roles r ON r.id = a.role_id JOIN candidates c ON c.id = a.candidate_id
    WHERE 1 = 1${within('o.sent_at', range)}${ofRole('a.role_id', roleId)}
    ORDER BY o.sent_at`).all({ role: roleId, start: range.start, end: range.end }) as SentOfferRow[];
}
