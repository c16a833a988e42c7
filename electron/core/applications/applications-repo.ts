// SQL for applications: rows <-> Application, inserts, stage/status/position/rating writes,
// the append-only stage events, the notes, and re-homing an application's children when candidates merge.
// Runs in plain Node; callers own transactions.
import type { Application, ApplicationNote, ApplicationStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface ApplicationRow {
  id: string;
  candidate_id: string;
  role_id: string;
  stage_id: string;
  status: ApplicationStatus;
  rejection_reason_id: string | null;
  rejection_note: string;
  rating: number | null;
  position: number;
  stage_entered_at: string;
  created_at: string;
  updated_at: string;
}

const COLUMNS = 'id, candidate_id, role_id, stage_id, status, rejection_reason_id, rejection_note, rating, position, stage_entered_at, created_at, updated_at';

export function rowToApplication(row: ApplicationRow): Application {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    roleId: row.role_id,
    stageId: row.stage_id,
    status: row.status,
    rating: row.rating,
    position: row.position,
    rejectionReasonId: row.rejection_reason_id,
    stageEnteredAt: row.stage_entered_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getApplication(db: Db, id: string): ApplicationRow | null {
  return (statement(db, `SELECT ${COLUMNS} FROM applications WHERE id = ?`).get(id) as ApplicationRow | undefined) ?? null;
}

export function applicationFor(db: Db, candidateId: string, roleId: string): ApplicationRow | null {
  const sql = `SELECT ${COLUMNS} FROM applications WHERE candidate_id = ? AND role_id = ?`;
  return (statement(db, sql).get(candidateId, roleId) as ApplicationRow | undefined) ?? null;
}

const INSERT = `INSERT INTO applications (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;

export function insertApplication(db: Db, row: ApplicationRow): void {
  statement(db, INSERT).run(
    row.id, row.candidate_id, row.role_id, row.stage_id, row.status, row.rejection_reason_id, row.rejection_note,
    row.rating, row.position, row.stage_entered_at, row.created_at, row.updated_at,
  );
}

/** Writes the fields a move, rejection, hire or reactivation changes. */
export function saveApplicationState(db: Db, row: ApplicationRow): void {
  const sql = `UPDATE applications SET stage_id = ?, status = ?, rejection_reason_id = ?, rejection_note = ?, rating = ?,
    position = ?, stage_entered_at = ?, updated_at = ? WHERE id = ?`;
  statement(db, sql).run(
    row.stage_id, row.status, row.rejection_reason_id, row.rejection_note, row.rating, row.position, row.stage_entered_at, row.updated_at, row.id,
  );
}

export function setPosition(db: Db, id: string, position: number): void {
  statement(db, 'UPDATE applications SET position = ? WHERE id = ?').run(position, id);
}

/** Sets the rating; `updatedAt` null leaves updated_at as it was (the sample data's ratings). */
export function setRating(db: Db, id: string, rating: number | null, updatedAt: string | null): void {
  statement(db, 'UPDATE applications SET rating = ?, updated_at = coalesce(?, updated_at) WHERE id = ?').run(rating, updatedAt, id);
}

/** The highest position in a column (any status), or null when it has never held a card. */
export function maxPosition(db: Db, stageId: string): number | null {
  return statement(db, 'SELECT max(position) FROM applications WHERE stage_id = ?').pluck().get(stageId) as number | null;
}

/** A candidate's applications, oldest first. */
export function applicationsOfCandidate(db: Db, candidateId: string): ApplicationRow[] {
  return statement(db, `SELECT ${COLUMNS} FROM applications WHERE candidate_id = ? ORDER BY created_at, rowid`).all(candidateId) as ApplicationRow[];
}

export function setCandidateOf(db: Db, id: string, candidateId: string, at: string): void {
  statement(db, 'UPDATE applications SET candidate_id = ?, updated_at = ? WHERE id = ?').run(candidateId, at, id);
}

/** How many notes and stage events an application has. */
export function childCounts(db: Db, id: string): { notes: number; stageEvents: number } {
  return {
    notes: statement(db, 'SELECT count(*) FROM application_notes WHERE application_id = ?').pluck().get(id) as number,
    stageEvents: statement(db, 'SELECT count(*) FROM stage_events WHERE application_id = ?').pluck().get(id) as number,
  };
}

/** Moves an application's notes, stage events and interviews (with their scorecards) onto another application. */
export function rehomeChildren(db: Db, fromId: string, intoId: string, at: string): void {
  statement(db, 'UPDATE application_notes SET application_id = ? WHERE application_id = ?').run(intoId, fromId);
  // The append-only trigger allows exactly this: re-homing events, never changing what they say.
  statement(db, 'UPDATE stage_events SET application_id = ? WHERE application_id = ?').run(intoId, fromId);
  // Interviews (and their scorecards) follow too; deleting `from` would otherwise cascade them away.
  statement(db, 'UPDATE interviews SET application_id = ?, updated_at = ? WHERE application_id = ?').run(intoId, at, fromId);
  // And the log of messages drafted to them.
  statement(db, 'UPDATE messages SET application_id = ? WHERE application_id = ?').run(intoId, fromId);
  // And the offers made to them.
  statement(db, 'UPDATE offers SET application_id = ? WHERE application_id = ?').run(intoId, fromId);
}

/** The title of the application's role ('' when gone). */
export function roleTitleOf(db: Db, applicationId: string): string {
  const sql = 'SELECT r.title FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.id = ?';
  return (statement(db, sql).pluck().get(applicationId) as string | undefined) ?? '';
}

export function deleteApplication(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM applications WHERE id = ?').run(id).changes > 0;
}

export interface StageEventRow {
  id: string;
  application_id: string;
  from_stage_id: string | null;
  to_stage_id: string | null;
  from_stage_name: string;
  to_stage_name: string;
  from_status: ApplicationStatus | null;
  to_status: ApplicationStatus;
  note: string;
  created_at: string;
}

const EVENT_COLUMNS = 'id, application_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, note, created_at';

export function insertStageEvent(db: Db, event: StageEventRow): void {
  const sql = `INSERT INTO stage_events (${EVENT_COLUMNS}, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
  statement(db, sql).run(
    event.id, event.application_id, event.from_stage_id, event.to_stage_id, event.from_stage_name, event.to_stage_name,
    event.from_status, event.to_status, event.note, event.created_at, event.created_at,
  );
}

export function stageEvents(db: Db, applicationId: string): StageEventRow[] {
  const sql = `SELECT ${EVENT_COLUMNS} FROM stage_events WHERE application_id = ? ORDER BY created_at, rowid`;
  return statement(db, sql).all(applicationId) as StageEventRow[];
}

export function insertNote(db: Db, note: ApplicationNote): void {
  const sql = 'INSERT INTO application_notes (id, application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)';
  statement(db, sql).run(note.id, note.applicationId, note.body, note.createdAt, note.createdAt);
}

export function listNotes(db: Db, applicationId: string): ApplicationNote[] {
  const sql = `SELECT id, application_id AS applicationId, body, created_at AS createdAt FROM application_notes
    WHERE application_id = ? ORDER BY created_at DESC, rowid DESC`;
  return statement(db, sql).all(applicationId) as ApplicationNote[];
}
