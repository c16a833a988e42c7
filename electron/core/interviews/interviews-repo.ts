// SQL for interviews and their interviewers: rows <-> Interview (with the candidate, role and stage
// they belong to and how many scorecards are in), the filtered list, inserts and updates. Runs in
// plain Node; callers own transactions.
import type { Interview, InterviewListQuery, Interviewer } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { notFound } from '../errors';
import { canonicalInstant, endsAt, isAwaitingFeedback } from './interviews-rules';

export interface InterviewRow {
  id: string;
  application_id: string;
  starts_at: string;
  duration_minutes: number;
  time_zone: string;
  kind: Interview['kind'];
  location: string;
  status: Interview['status'];
  sequence: number;
  created_at: string;
  updated_at: string;
}

interface ListedRow extends InterviewRow {
  candidate_id: string;
  candidate_name: string;
  role_id: string;
  role_title: string;
  stage_name: string;
  application_status: Interview['applicationStatus'];
  interviewer_count: number;
  submitted: number;
}

const SELECT = `SELECT i.id, i.application_id, i.starts_at, i.duration_minutes, i.time_zone, i.kind, i.location, i.status, i.sequence,
  i.created_at, i.updated_at, a.candidate_id, c.full_name AS candidate_name, a.role_id, r.title AS role_title, s.name AS stage_name,
  a.status AS application_status,
  (SELECT count(*) FROM interview_interviewers ii WHERE ii.interview_id = i.id) AS interviewer_count,
  (SELECT count(*) FROM scorecards sc WHERE sc.interview_id = i.id AND sc.submitted_at IS NOT NULL) AS submitted
FROM interviews i
JOIN applications a ON a.id = i.application_id
JOIN candidates c ON c.id = a.candidate_id
JOIN roles r ON r.id = a.role_id
JOIN pipeline_stages s ON s.id = a.stage_id`;

// Awaiting feedback, as isAwaitingFeedback says it, so the filter and the flag never disagree.
const AWAITING_SQL = `(i.status <> 'cancelled' AND i.starts_at <= @now
  AND (SELECT count(*) FROM scorecards sc WHERE sc.interview_id = i.id AND sc.submitted_at IS NOT NULL)
    < (SELECT count(*) FROM interview_interviewers ii WHERE ii.interview_id = i.id))`;

const LIST_WHERE = `WHERE (@from IS NULL OR i.starts_at >= @from) AND (@to IS NULL OR i.starts_at < @to)
  AND (@candidate IS NULL OR a.candidate_id = @candidate) AND (@application IS NULL OR i.application_id = @application)
  AND (@role IS NULL OR a.role_id = @role)
  AND (@statuses IS NULL OR i.status IN (SELECT value FROM json_each(@statuses)))
  AND (@awaiting IS NULL OR ${AWAITING_SQL} = @awaiting)`;

function interviewersOf(db: Db, ids: readonly string[]): Map<string, Interviewer[]> {
  const sql = `SELECT id, interview_id, name, position FROM interview_interviewers
    WHERE interview_id IN (SELECT value FROM json_each(?)) ORDER BY interview_id, position`;
  const rows = statement(db, sql).all(JSON.stringify(ids)) as (Interviewer & { interview_id: string })[];
  const byInterview = new Map<string, Interviewer[]>();
  for (const row of rows) {
    const list = byInterview.get(row.interview_id) ?? [];
    list.push({ id: row.id, name: row.name, position: row.position });
    byInterview.set(row.interview_id, list);
  }
  return byInterview;
}

function toInterview(row: ListedRow, interviewers: Interviewer[], now: Date): Interview {
  return {
    id: row.id,
    applicationId: row.application_id,
    candidateId: row.candidate_id,
    candidateName: row.candidate_name,
    roleId: row.role_id,
    roleTitle: row.role_title,
    stageName: row.stage_name,
    applicationStatus: row.application_status,
    startsAt: row.starts_at,
    endsAt: endsAt(row.starts_at, row.duration_minutes),
    durationMinutes: row.duration_minutes,
    timeZone: row.time_zone,
    kind: row.kind,
    location: row.location,
    interviewers,
    status: row.status,
    scorecardsSubmitted: row.submitted,
    awaitingFeedback: isAwaitingFeedback(
      { status: row.status, startsAt: row.starts_at, interviewers: row.interviewer_count, submitted: row.submitted },
      now,
    ),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function withInterviewers(db: Db, rows: ListedRow[], now: Date): Interview[] {
  const people = interviewersOf(db, rows.map((row) => row.id));
  return rows.map((row) => toInterview(row, people.get(row.id) ?? [], now));
}

export function listInterviews(db: Db, query: InterviewListQuery, now: Date): Interview[] {
  const order = query.order === 'desc' ? 'DESC' : 'ASC';
  const sql = `${SELECT} ${LIST_WHERE} ORDER BY i.starts_at ${order}, i.id ${order} LIMIT @limit`;
  const rows = statement(db, sql).all({
    from: query.from === undefined ? null : canonicalInstant(query.from),
    to: query.to === undefined ? null : canonicalInstant(query.to),
    candidate: query.candidateId ?? null,
    application: query.applicationId ?? null,
    role: query.roleId ?? null,
    statuses: query.statuses === undefined ? null : JSON.stringify(query.statuses),
    awaiting: query.awaitingFeedback === undefined ? null : query.awaitingFeedback ? 1 : 0,
    now: now.toISOString(),
    limit: query.limit,
  }) as ListedRow[];
  return withInterviewers(db, rows, now);
}

export function getInterview(db: Db, id: string, now: Date): Interview | null {
  const row = statement(db, `${SELECT} WHERE i.id = ?`).get(id) as ListedRow | undefined;
  return row ? (withInterviewers(db, [row], now)[0] ?? null) : null;
}

export function mustGetInterview(db: Db, id: string, now: Date): Interview {
  const interview = getInterview(db, id, now);
  if (!interview) throw notFound('That interview');
  return interview;
}

export function getInterviewRow(db: Db, id: string): InterviewRow | null {
  const sql = `SELECT id, application_id, starts_at, duration_minutes, time_zone, kind, location, status, sequence, created_at, updated_at
    FROM interviews WHERE id = ?`;
  return (statement(db, sql).get(id) as InterviewRow | undefined) ?? null;
}

export function mustGetInterviewRow(db: Db, id: string): InterviewRow {
  const row = getInterviewRow(db, id);
  if (!row) throw notFound('That interview');
  return row;
}

const COLUMNS = 'id, application_id, starts_at, duration_minutes, time_zone, kind, location, status, sequence, created_at, updated_at';

export function insertInterview(db: Db, row: InterviewRow): void {
  statement(db, `INSERT INTO interviews (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    row.id, row.application_id, row.starts_at, row.duration_minutes, row.time_zone, row.kind, row.location, row.status,
    row.sequence, row.created_at, row.updated_at,
  );
}

export function saveInterview(db: Db, row: InterviewRow): void {
  const sql = `UPDATE interviews SET starts_at = ?, duration_minutes = ?, time_zone = ?, kind = ?, location = ?, status = ?, sequence = ?,
    updated_at = ? WHERE id = ?`;
  statement(db, sql).run(row.starts_at, row.duration_minutes, row.time_zone, row.kind, row.location, row.status, row.sequence, row.updated_at, row.id);
}

export function storedInterviewers(db: Db, interviewId: string): Interviewer[] {
  const sql = 'SELECT id, name, position FROM interview_interviewers WHERE interview_id = ? ORDER BY position';
  return statement(db, sql).all(interviewId) as Interviewer[];
}

export function insertInterviewer(db: Db, interviewId: string, person: Interviewer, at: string): void {
  const sql = 'INSERT INTO interview_interviewers (id, interview_id, name, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)';
  statement(db, sql).run(person.id, interviewId, person.name, person.position, at, at);
}

export function updateInterviewer(db: Db, person: Interviewer, at: string): void {
  const sql = 'UPDATE interview_interviewers SET name = ?, position = ?, updated_at = ? WHERE id = ? AND (name <> ? OR position <> ?)';
  statement(db, sql).run(person.name, person.position, at, person.id, person.name, person.position);
}

export function deleteInterviewer(db: Db, id: string): void {
  statement(db, 'DELETE FROM interview_interviewers WHERE id = ?').run(id);
}
