// The lookups sample data makes to find what an earlier step (or an earlier load) created: ids by email,
// title or label, and an interview's interviewers. SQL only. Runs in plain Node.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

function one(db: Db, sql: string, ...values: unknown[]): string | null {
  return (statement(db, sql).pluck().get(...values) as string | undefined) ?? null;
}

export function rejectionReasonIdByLabel(db: Db, label: string): string | null {
  return one(db, 'SELECT id FROM rejection_reasons WHERE label = ? ORDER BY position LIMIT 1', label);
}

export function candidateIdByEmail(db: Db, emailNorm: string): string | null {
  return one(db, 'SELECT candidate_id FROM candidate_emails WHERE email_norm = ? LIMIT 1', emailNorm);
}

/** The oldest role with this title (sample roles are found by their title). */
export function roleIdByTitle(db: Db, title: string): string | null {
  return one(db, 'SELECT id FROM roles WHERE title = ? ORDER BY created_at LIMIT 1', title);
}

export function roleTitle(db: Db, roleId: string): string | null {
  return one(db, 'SELECT title FROM roles WHERE id = ?', roleId);
}

export function candidateHasEmail(db: Db, candidateId: string, emailNorm: string): boolean {
  return one(db, 'SELECT email_norm FROM candidate_emails WHERE candidate_id = ? AND email_norm = ?', candidateId, emailNorm) !== null;
}

export function interviewerIds(db: Db, interviewId: string): string[] {
  return statement(db, 'SELECT id FROM interview_interviewers WHERE interview_id = ? ORDER BY position').pluck().all(interviewId) as string[];
}

/** The oldest sample role with this title (sample people are placed on sample roles only, never on the owner's). */
export function sampleRoleIdByTitle(db: Db, title: string): string | null {
  return one(db, 'SELECT id FROM roles WHERE title = ? AND sample = 1 ORDER BY created_at LIMIT 1', title);
}

/** Marks rows just made by sample:load as sample. Only sample:load writes the marker. */
export function markSampleRoles(db: Db, ids: readonly string[]): void {
  const mark = statement(db, 'UPDATE roles SET sample = 1 WHERE id = ?');
  for (const id of ids) mark.run(id);
}

export function markSampleCandidates(db: Db, ids: readonly string[]): void {
  const mark = statement(db, 'UPDATE candidates SET sample = 1 WHERE id = ?');
  for (const id of ids) mark.run(id);
}

export function sampleRoleIds(db: Db): string[] {
  return statement(db, 'SELECT id FROM roles WHERE sample = 1 ORDER BY created_at, id').pluck().all() as string[];
}

export function sampleCandidateIds(db: Db): string[] {
  return statement(db, 'SELECT id FROM candidates WHERE sample = 1 ORDER BY created_at, id').pluck().all() as string[];
}

/** Every application that hangs off a sample person or a sample role. */
export function sampleApplicationIds(db: Db): string[] {
  const sql = `SELECT a.id FROM applications a
    WHERE a.candidate_id IN (SELECT id FROM candidates WHERE sample = 1) OR a.role_id IN (SELECT id FROM roles WHERE sample = 1)
    ORDER BY a.id`;
  return statement(db, sql).pluck().all() as string[];
}

/** The owner's own people's applications to sample roles (they go with the role; the people stay). */
export function ownApplicationsOnSampleRoles(db: Db): number {
  const sql = `SELECT count(*) FROM applications a JOIN candidates c ON c.id = a.candidate_id
    WHERE c.sample = 0 AND a.role_id IN (SELECT id FROM roles WHERE sample = 1)`;
  return statement(db, sql).pluck().get() as number;
}

export function interviewCountFor(db: Db, applicationIds: readonly string[]): number {
  const sql = 'SELECT count(*) FROM interviews WHERE application_id IN (SELECT value FROM json_each(?))';
  return statement(db, sql).pluck().get(JSON.stringify(applicationIds)) as number;
}

export function attachmentIdsOf(db: Db, candidateIds: readonly string[]): string[] {
  const sql = 'SELECT id FROM attachments WHERE candidate_id IN (SELECT value FROM json_each(?)) ORDER BY id';
  return statement(db, sql).pluck().all(JSON.stringify(candidateIds)) as string[];
}

/** Sample roles and people the owner changed after sample:load made them. */
export function editedSampleRows(db: Db): number {
  const roles = statement(db, 'SELECT count(*) FROM roles WHERE sample = 1 AND updated_at <> created_at').pluck().get() as number;
  const people = statement(db, 'SELECT count(*) FROM candidates WHERE sample = 1 AND updated_at <> created_at').pluck().get() as number;
  return roles + people;
}
