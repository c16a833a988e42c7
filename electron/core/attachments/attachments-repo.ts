// SQL for candidate files: the row shape, metadata reads and writes, and whether stored bytes are still
// used. Runs in plain Node on a better-sqlite3 connection; callers own transactions.
import type { AttachmentKind, AttachmentMeta, AttachmentMimeType } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** A row of the attachments table, exactly as SQLite returns it. */
export interface AttachmentDbRow {
  id: string;
  candidate_id: string;
  kind: AttachmentKind;
  file_name: string;
  mime_type: AttachmentMimeType;
  size_bytes: number;
  sha256: string;
  extracted_text: string;
  extraction_note: string;
  created_at: string;
  updated_at: string;
}

const META_COLUMNS = `id, candidate_id, kind, file_name, mime_type, size_bytes, sha256, extraction_note, created_at,
  length(extracted_text) > 0 AS has_text`;

type MetaRow = Omit<AttachmentDbRow, 'extracted_text' | 'updated_at'> & { has_text: number };

function toMeta(row: MetaRow): AttachmentMeta {
  return {
    id: row.id,
    candidateId: row.candidate_id,
    kind: row.kind,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    hasText: row.has_text === 1,
    extractionNote: row.extraction_note,
    createdAt: row.created_at,
  };
}

export function insertAttachment(db: Db, row: AttachmentDbRow): void {
  statement(db, `INSERT INTO attachments (id, candidate_id, kind, file_name, mime_type, size_bytes, sha256, extracted_text,
    extraction_note, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
    row.id,
    row.candidate_id,
    row.kind,
    row.file_name,
    row.mime_type,
    row.size_bytes,
    row.sha256,
    row.extracted_text,
    row.extraction_note,
    row.created_at,
    row.updated_at,
  );
}

export function getAttachmentMeta(db: Db, id: string): AttachmentMeta | null {
  const row = statement(db, `SELECT ${META_COLUMNS} FROM attachments WHERE id = ?`).get(id) as MetaRow | undefined;
  return row ? toMeta(row) : null;
}

/** The text read from a file when it was added, with the note on why there is none (if so). */
export function getAttachmentText(db: Db, id: string): { id: string; fileName: string; text: string; note: string } | null {
  const sql = 'SELECT id, file_name AS fileName, extracted_text AS text, extraction_note AS note FROM attachments WHERE id = ?';
  return (statement(db, sql).get(id) as { id: string; fileName: string; text: string; note: string } | undefined) ?? null;
}

/** A candidate's files, newest first. */
export function listAttachments(db: Db, candidateId: string): AttachmentMeta[] {
  const sql = `SELECT ${META_COLUMNS} FROM attachments WHERE candidate_id = ? ORDER BY created_at DESC, rowid DESC`;
  return (statement(db, sql).all(candidateId) as MetaRow[]).map(toMeta);
}

export function deleteAttachmentRow(db: Db, id: string): boolean {
  return statement(db, 'DELETE FROM attachments WHERE id = ?').run(id).changes === 1;
}

/** True while any attachment (or the company logo) still points at these bytes. */
/** The distinct file contents (SHA-256) a candidate's files point at. */
export function candidateBlobs(db: Db, candidateId: string): string[] {
  return statement(db, 'SELECT DISTINCT sha256 FROM attachments WHERE candidate_id = ?').pluck().all(candidateId) as string[];
}

/** Gives every file of one candidate to another; returns how many moved. */
export function moveAttachments(db: Db, fromCandidateId: string, toCandidateId: string, stamp: string): number {
  return statement(db, 'UPDATE attachments SET candidate_id = ?, updated_at = ? WHERE candidate_id = ?').run(toCandidateId, stamp, fromCandidateId).changes;
}

export function isBlobInUse(db: Db, sha256: string): boolean {
  const attachment = statement(db, 'SELECT 1 FROM attachments WHERE sha256 = ? LIMIT 1').get(sha256);
  const logo = statement(db, 'SELECT 1 FROM companies WHERE logo_sha256 = ? LIMIT 1').get(sha256);
  return attachment !== undefined || logo !== undefined;
}
