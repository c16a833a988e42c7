// SQL for search:everything's roles, interviews and the notes of the people found (candidates come from
// candidates-search-repo.ts, templates from templates-service.ts). Each query stops at its LIMIT and counts nothing. Runs in plain Node on a
// better-sqlite3 connection; callers own transactions.
import type { InterviewStatus, RoleStatus, SearchInterviewHit, SearchRoleHit } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

interface RoleHitRow {
  id: string;
  title: string;
  department: string;
  status: RoleStatus;
  archived: number;
}

// Roles in use first (archived ones last), then the most recently changed.
const ROLES = `SELECT id, title, department, status, archived_at IS NOT NULL AS archived FROM roles
WHERE id IN (SELECT role_id FROM roles_fts WHERE roles_fts MATCH ?)
ORDER BY archived_at IS NOT NULL, updated_at DESC, id LIMIT ?`;

/** Roles whose title or department matches the roles index query `fts`. */
export function searchRoles(db: Db, fts: string, limit: number): SearchRoleHit[] {
  return (statement(db, ROLES).all(fts, limit) as RoleHitRow[]).map((row) => ({
    id: row.id,
    title: row.title,
    department: row.department,
    status: row.status,
    archived: row.archived === 1,
  }));
}

interface InterviewHitRow {
  id: string;
  candidate_name: string;
  role_title: string;
  starts_at: string;
  status: InterviewStatus;
}

const INTERVIEW_COLUMNS = 'i.id, c.full_name AS candidate_name, r.title AS role_title, i.starts_at, i.status';

/** Whose interviews are looked at: this many of the people whose name matches, the most recently added. */
export const INTERVIEW_PEOPLE = 1000;

// From the people whose name matches (the index stops after INTERVIEW_PEOPLE), to their applications and
// interviews through their indexes: a first letter costs what those people have, not a walk of every interview.
const INTERVIEWS_OF_PEOPLE = `SELECT ${INTERVIEW_COLUMNS}
FROM (SELECT rowid AS seq FROM candidates_fts WHERE candidates_fts MATCH ? ORDER BY rowid DESC LIMIT ${INTERVIEW_PEOPLE}) p
CROSS JOIN candidates c ON c.seq = p.seq
JOIN applications a ON a.candidate_id = c.id
JOIN interviews i ON i.application_id = a.id
JOIN roles r ON r.id = a.role_id
ORDER BY i.starts_at DESC, i.id LIMIT ?`;

/** A role with fewer applications than this is read from its applications; a busier one by walking interviews newest first. */
const FEW_APPLICATIONS = 5000;

const MATCHING_ROLES = 'SELECT role_id FROM roles_fts WHERE roles_fts MATCH ? LIMIT 200';

const APPLICATIONS_OF_ROLES = `SELECT count(*) FROM (SELECT 1 FROM applications WHERE role_id IN (SELECT value FROM json_each(?)) LIMIT ${FEW_APPLICATIONS})`;

// Few applications: from them to their interviews. Many: the newest interviews first, until LIMIT are theirs.
const INTERVIEWS_OF_FEW = `SELECT ${INTERVIEW_COLUMNS}
FROM applications a JOIN interviews i ON i.application_id = a.id
JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id
WHERE a.role_id IN (SELECT value FROM json_each(?))
ORDER BY i.starts_at DESC, i.id LIMIT ?`;
const INTERVIEWS_OF_MANY = `SELECT ${INTERVIEW_COLUMNS}
FROM interviews i INDEXED BY interviews_by_start
JOIN applications a ON a.id = i.application_id
JOIN candidates c ON c.id = a.candidate_id JOIN roles r ON r.id = a.role_id
WHERE a.role_id IN (SELECT value FROM json_each(?))
ORDER BY i.starts_at DESC, i.id LIMIT ?`;

/**
 * Interviews whose candidate's name matches `candidateFts` (a candidates index query limited to the name;
 * among the INTERVIEW_PEOPLE most recently added such people) or whose role's title matches `roleFts` (a
 * roles index query limited to the title), newest first.
 */
export function searchInterviews(db: Db, candidateFts: string, roleFts: string, limit: number): SearchInterviewHit[] {
  const rows = statement(db, INTERVIEWS_OF_PEOPLE).all(candidateFts, limit) as InterviewHitRow[];
  const roleIds = statement(db, MATCHING_ROLES).pluck().all(roleFts) as string[];
  if (roleIds.length > 0) {
    const ids = JSON.stringify(roleIds);
    const few = (statement(db, APPLICATIONS_OF_ROLES).pluck().get(ids) as number) < FEW_APPLICATIONS;
    rows.push(...(statement(db, few ? INTERVIEWS_OF_FEW : INTERVIEWS_OF_MANY).all(ids, limit) as InterviewHitRow[]));
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return [...byId.values()]
    .sort((a, b) => (a.starts_at === b.starts_at ? (a.id < b.id ? -1 : 1) : a.starts_at < b.starts_at ? 1 : -1))
    .slice(0, limit)
    .map((row) => ({ id: row.id, candidateName: row.candidate_name, roleTitle: row.role_title, startsAt: row.starts_at, status: row.status }));
}

/** A note written about one of the people found, with where it was written. */
export interface PersonNoteRow {
  seq: number;
  kind: 'note' | 'interview_note';
  application_id: string;
  interview_id: string | null;
  role_title: string;
  at: string;
  text: string;
}

// Every note and interview note of the people found (a page of them: a handful of people), newest first.
const PERSON_NOTES = `SELECT c.seq, 'note' AS kind, a.id AS application_id, NULL AS interview_id, r.title AS role_title,
  n.created_at AS at, n.body AS text
FROM candidates c JOIN applications a ON a.candidate_id = c.id JOIN roles r ON r.id = a.role_id
JOIN application_notes n ON n.application_id = a.id
WHERE c.seq IN (SELECT value FROM json_each(@seqs)) AND n.body <> ''
UNION ALL
SELECT c.seq, 'interview_note', a.id, i.id, r.title, i.starts_at, s.notes || char(10) || s.takeaways
FROM candidates c JOIN applications a ON a.candidate_id = c.id JOIN roles r ON r.id = a.role_id
JOIN interviews i ON i.application_id = a.id JOIN scorecards s ON s.interview_id = i.id
WHERE c.seq IN (SELECT value FROM json_each(@seqs)) AND (s.notes <> '' OR s.takeaways <> '')
ORDER BY at DESC`;

/** The notes and interview notes of the candidates numbered `seqs`, newest first, by candidate. */
export function personNotes(db: Db, seqs: readonly number[]): Map<number, PersonNoteRow[]> {
  const bySeq = new Map<number, PersonNoteRow[]>();
  if (seqs.length === 0) return bySeq;
  for (const row of statement(db, PERSON_NOTES).all({ seqs: JSON.stringify(seqs) }) as PersonNoteRow[]) {
    const list = bySeq.get(row.seq);
    if (list) list.push(row);
    else bySeq.set(row.seq, [row]);
  }
  return bySeq;
}
