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
