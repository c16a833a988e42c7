// SQL for candidates: the row shape, reads and writes of a candidate with its emails, phones, links and
// tags, and keeping the search index in step. Runs in plain Node; callers own transactions.
import type { Candidate, CandidateFields, CandidateLink } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { nameKey, normalizeEmail, normalizeTag, phoneDigits, uniqueBy } from './candidates-rules';
import { indexNewCandidate, reindexCandidate } from './candidates-search-repo';

/** A row of the candidates table, exactly as SQLite returns it. */
export interface CandidateDbRow {
  seq: number;
  id: string;
  full_name: string;
  name_key: string;
  location: string;
  linkedin_url: string;
  portfolio_url: string;
  source_kind: Candidate['source'];
  source_detail: string;
  summary: string;
  retention_until: string | null;
  retention_reason: string;
  consent_future_roles_on: string | null;
  consent_note: string;
  created_at: string;
  updated_at: string;
  /** 1 for a sample person (set by sample:load only; edits never change it). */
  sample: number;
}

function rowToCandidate(row: CandidateDbRow, lists: Pick<Candidate, 'emails' | 'phones' | 'links' | 'tags'>): Candidate {
  return {
    id: row.id,
    fullName: row.full_name,
    ...lists,
    location: row.location,
    linkedinUrl: row.linkedin_url,
    portfolioUrl: row.portfolio_url,
    source: row.source_kind,
    sourceDetail: row.source_detail,
    summary: row.summary,
    retentionUntil: row.retention_until,
    retentionReason: row.retention_reason,
    consentFutureRolesOn: row.consent_future_roles_on,
    consentNote: row.consent_note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    sample: row.sample === 1,
  };
}

// The column list is a constant; every value still travels as a `?` parameter.
const FIELDS = `full_name = ?, name_key = ?, location = ?, linkedin_url = ?, portfolio_url = ?, source_kind = ?,
  source_detail = ?, summary = ?, retention_until = ?, retention_reason = ?, consent_future_roles_on = ?, consent_note = ?, updated_at = ?`;

function fieldValues(c: Candidate): unknown[] {
  return [c.fullName, nameKey(c.fullName), c.location, c.linkedinUrl, c.portfolioUrl, c.source, c.sourceDetail, c.summary, c.retentionUntil, c.retentionReason,
    c.consentFutureRolesOn, c.consentNote, c.updatedAt];
}

/** The lists as stored: duplicates (by normalized value) dropped, first spelling kept. */
export function cleanLists(fields: Pick<CandidateFields, 'emails' | 'phones' | 'links' | 'tags'>): Pick<CandidateFields, 'emails' | 'phones' | 'links' | 'tags'> {
  return {
    emails: uniqueBy(fields.emails, normalizeEmail),
    phones: uniqueBy(fields.phones, phoneDigits),
    links: uniqueBy(fields.links, (link: CandidateLink) => link.url),
    tags: uniqueBy(fields.tags, normalizeTag),
  };
}

/** Writes the (deduplicated) lists and returns them, so the caller can index exactly what was stored. */
function writeLists(db: Db, c: Candidate, fresh: boolean): Pick<Candidate, 'emails' | 'phones' | 'links' | 'tags'> {
  // A new candidate has no rows to clear: skipping four DELETEs matters for bulk imports.
  if (!fresh) {
    for (const table of ['candidate_emails', 'candidate_phones', 'candidate_links', 'candidate_tags'] as const) {
      statement(db, `DELETE FROM ${table} WHERE candidate_id = ?`).run(c.id);
    }
  }
  const lists = cleanLists(c);
  const email = statement(db, 'INSERT INTO candidate_emails (candidate_id, email, email_norm, position) VALUES (?, ?, ?, ?)');
  lists.emails.forEach((value, i) => email.run(c.id, value, normalizeEmail(value), i));
  const phone = statement(db, 'INSERT INTO candidate_phones (candidate_id, phone, phone_norm, position) VALUES (?, ?, ?, ?)');
  lists.phones.forEach((value, i) => phone.run(c.id, value, phoneDigits(value), i));
  const link = statement(db, 'INSERT INTO candidate_links (candidate_id, label, url, position) VALUES (?, ?, ?, ?)');
  lists.links.forEach((value, i) => link.run(c.id, value.label, value.url, i));
  const tag = statement(db, 'INSERT INTO candidate_tags (candidate_id, tag, tag_norm) VALUES (?, ?, ?)');
  lists.tags.forEach((value) => tag.run(c.id, value, normalizeTag(value)));
  return lists;
}

/**
 * Inserts a candidate with its lists and search entry (fast enough for bulk imports: call it inside the
 * caller's transaction). Use this, not raw SQL, so name_key, the normalized lists and the index stay right.
 */
export function insertCandidate(db: Db, c: Candidate): void {
  const info = statement(db, `INSERT INTO candidates (id, created_at, full_name, name_key, location, linkedin_url, portfolio_url,
    source_kind, source_detail, summary, retention_until, retention_reason, consent_future_roles_on, consent_note, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    c.id,
    c.createdAt,
    ...fieldValues(c),
  );
  const lists = writeLists(db, c, true);
  indexNewCandidate(db, Number(info.lastInsertRowid), { fullName: c.fullName, ...lists });
}

/** Writes every field and list of an existing candidate; returns false when the id is unknown. */
export function updateCandidate(db: Db, c: Candidate): boolean {
  const info = statement(db, `UPDATE candidates SET ${FIELDS} WHERE id = ?`).run(...fieldValues(c), c.id);
  if (info.changes !== 1) return false;
  writeLists(db, c, false);
  reindexCandidate(db, c.id);
  return true;
}

/** Only bumps updated_at (a file was added or removed). */
export function touchCandidate(db: Db, id: string, stamp: string): void {
  statement(db, 'UPDATE candidates SET updated_at = ? WHERE id = ?').run(stamp, id);
}

export function candidateExists(db: Db, id: string): boolean {
  return statement(db, 'SELECT 1 FROM candidates WHERE id = ?').get(id) !== undefined;
}

/** Adds tags (existing ones are kept; case-insensitive); returns how many were new. */
export function addTags(db: Db, id: string, tags: readonly string[]): number {
  const insert = statement(db, 'INSERT OR IGNORE INTO candidate_tags (candidate_id, tag, tag_norm) VALUES (?, ?, ?)');
  let added = 0;
  for (const tag of tags) added += insert.run(id, tag, normalizeTag(tag)).changes;
  return added;
}

export function deleteCandidate(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM candidates WHERE id = ?').run(id).changes === 1;
}

function readLists(db: Db, id: string): Pick<Candidate, 'emails' | 'phones' | 'links' | 'tags'> {
  const emails = statement(db, 'SELECT email FROM candidate_emails WHERE candidate_id = ? ORDER BY position').pluck().all(id) as string[];
  const phones = statement(db, 'SELECT phone FROM candidate_phones WHERE candidate_id = ? ORDER BY position').pluck().all(id) as string[];
  const links = statement(db, 'SELECT label, url FROM candidate_links WHERE candidate_id = ? ORDER BY position').all(id) as CandidateLink[];
  const tags = statement(db, 'SELECT tag FROM candidate_tags WHERE candidate_id = ? ORDER BY rowid').pluck().all(id) as string[];
  return { emails, phones, links, tags };
}

export function getCandidate(db: Db, id: string): Candidate | null {
  const row = statement(db, 'SELECT * FROM candidates WHERE id = ?').get(id) as CandidateDbRow | undefined;
  return row ? rowToCandidate(row, readLists(db, id)) : null;
}

/** Builds a stored candidate from validated fields. */
export function newCandidate(id: string, fields: CandidateFields, nowIso: string): Candidate {
  return { ...fields, ...cleanLists(fields), id, createdAt: nowIso, updatedAt: nowIso, sample: false };
}
