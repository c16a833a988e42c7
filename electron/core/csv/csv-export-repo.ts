// The rows a CSV export writes: each candidate's details with their emails, phones, tags and roles joined,
// and selected applications with their role, stage and status in board order. SQL only. Runs in plain Node.
import type { ApplicationStatus } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export interface DetailRow {
  id: string;
  full_name: string;
  location: string;
  linkedin_url: string;
  portfolio_url: string;
  summary: string;
  source_kind: string;
  source_detail: string;
  created_at: string;
  emails: string | null;
  phones: string | null;
  tags: string | null;
  roles: string | null;
}

const DETAILS = `SELECT c.id, c.full_name, c.location, c.linkedin_url, c.portfolio_url, c.summary, c.source_kind, c.source_detail, c.created_at,
  (SELECT group_concat(email, '; ') FROM (SELECT email FROM candidate_emails WHERE candidate_id = c.id ORDER BY position)) AS emails,
  (SELECT group_concat(phone, '; ') FROM (SELECT phone FROM candidate_phones WHERE candidate_id = c.id ORDER BY position)) AS phones,
  (SELECT group_concat(tag, '; ') FROM (SELECT tag FROM candidate_tags WHERE candidate_id = c.id ORDER BY rowid)) AS tags,
  (SELECT group_concat(r.title, '; ') FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.candidate_id = c.id) AS roles
FROM candidates c WHERE c.id IN (SELECT value FROM json_each(?))`;

export interface ApplicationExportRow {
  id: string;
  candidate_id: string;
  role_title: string;
  stage_name: string;
  status: ApplicationStatus;
  rating: number | null;
  stage_entered_at: string;
}

// By role, then in board order: by stage, then by place in the column.
const APPLICATIONS = `SELECT a.id, a.candidate_id, r.title AS role_title, s.name AS stage_name, a.status, a.rating, a.stage_entered_at
FROM applications a JOIN roles r ON r.id = a.role_id JOIN pipeline_stages s ON s.id = a.stage_id
WHERE a.id IN (SELECT value FROM json_each(?)) ORDER BY r.title, a.role_id, s.position, a.position, a.id`;

/** Details of these candidates (in no particular order). */
export function exportDetails(db: Db, candidateIds: readonly string[]): DetailRow[] {
  return statement(db, DETAILS).all(JSON.stringify(candidateIds)) as DetailRow[];
}

/** These applications, by role, then in board order. */
export function exportApplicationRows(db: Db, applicationIds: readonly string[]): ApplicationExportRow[] {
  return statement(db, APPLICATIONS).all(JSON.stringify(applicationIds)) as ApplicationExportRow[];
}
