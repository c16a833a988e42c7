// The SQL of "export everything": a read snapshot, each table's columns and row count, its rows a page at
// a time in primary-key order (keyset paging, so the 1000th page costs what the first does), and the
// stored files with the names to give them. Table names come only from EXPORT_TABLES (export-all-rules.ts),
// never from input. Runs in plain Node; callers own the connection (db/open-snapshot.ts).
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export type Row = Record<string, unknown>;

function quoted(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Starts the read transaction every later read of this connection sees (one snapshot of the file). */
export function beginSnapshot(db: Db): void {
  statement(db, 'BEGIN').run();
  // A deferred transaction takes its snapshot at the first read.
  statement(db, 'SELECT count(*) FROM sqlite_schema').get();
}

export function endSnapshot(db: Db): void {
  if (db.inTransaction) statement(db, 'COMMIT').run();
}

/** Every table in the file (virtual and shadow tables included), for the "nothing left out" check. */
export function allTableNames(db: Db): string[] {
  return statement(db, "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
}

export interface TableShape {
  /** Every column in table order, generated ones included. */
  columns: string[];
  /** The primary key's columns in key order (every exported table has one). */
  key: string[];
}

export function tableShape(db: Db, table: string): TableShape {
  const info = statement(db, 'SELECT name, pk FROM pragma_table_xinfo(?) ORDER BY cid').all(table) as { name: string; pk: number }[];
  const key = info.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
  return { columns: info.map((c) => c.name), key };
}

export function countRows(db: Db, table: string): number {
  return statement(db, `SELECT count(*) FROM ${quoted(table)}`).pluck().get() as number;
}

/**
 * Up to `limit` rows after the key `after` (null: from the start), in key order, every column by name.
 * A composite key pages by row value: (a, b) > (?, ?).
 */
export function readPage(db: Db, table: string, shape: TableShape, after: readonly unknown[] | null, limit: number): Row[] {
  const columns = shape.columns.map(quoted).join(', ');
  const key = shape.key.map(quoted);
  const keyTuple = key.length === 1 ? (key[0] as string) : `(${key.join(', ')})`;
  const marks = shape.key.length === 1 ? '?' : `(${shape.key.map(() => '?').join(', ')})`;
  const where = after === null ? '' : `WHERE ${keyTuple} > ${marks}`;
  const sql = `SELECT ${columns} FROM ${quoted(table)} ${where} ORDER BY ${key.join(', ')} LIMIT ?`;
  return statement(db, sql).all(...(after ?? []), limit) as Row[];
}

export interface StoredFile {
  attachmentId: string;
  candidateId: string;
  candidateName: string;
  fileName: string;
  sha256: string;
}

/** Every attachment with its candidate's name, oldest first (so the first keeps the plain name). */
export function storedAttachments(db: Db): StoredFile[] {
  return statement(
    db,
    `SELECT a.id AS attachmentId, a.candidate_id AS candidateId, c.full_name AS candidateName, a.file_name AS fileName, a.sha256 AS sha256
       FROM attachments a JOIN candidates c ON c.id = a.candidate_id
      ORDER BY a.created_at, a.id`,
  ).all() as StoredFile[];
}

/** The company logo's stored file, or null when there is none. */
export function companyLogo(db: Db): { sha256: string; mimeType: string } | null {
  const row = statement(db, "SELECT logo_sha256 AS sha256, logo_mime_type AS mimeType FROM companies WHERE id = 'default' AND logo_sha256 IS NOT NULL").get() as
    | { sha256: string; mimeType: string }
    | undefined;
  return row ?? null;
}
