// SQL for backups: the consistent snapshot (VACUUM INTO), rows per table, what an archive's database
// holds, the integrity check and the attachments it refers to. Runs in plain Node and worker threads.
import { hasErasureLedger } from '../candidates/erasure-ledger-repo';
import type { Db } from '../db/open-database';

/** Writes a consistent copy of the database to `target` (one read transaction; writers go on meanwhile). */
export function snapshotInto(db: Db, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
}

/** Makes a snapshot a single self-contained file (no -wal beside it) before it goes into an archive. */
export function useRollbackJournal(db: Db): void {
  db.pragma('journal_mode = DELETE');
}

function tableNames(db: Db): string[] {
  const rows = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  return rows.map((row) => row.name);
}

/** Rows in every ordinary table (full-text index shadow tables included). */
export function tableRowCounts(db: Db): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const name of tableNames(db)) {
    // Names come from sqlite_schema, never from input; identifiers cannot be bound as parameters.
    const row = db.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number };
    counts[name] = row.n;
  }
  return counts;
}

/** The company's name, or '' (older schemas always have the companies table). */
export function companyName(db: Db): string {
  const row = db.prepare("SELECT name FROM companies WHERE id = 'default'").get() as { name: string } | undefined;
  return row?.name ?? '';
}

/** `PRAGMA integrity_check`'s complaints; empty when the file is healthy. */
export function integrityProblems(db: Db): string[] {
  const rows = db.pragma('integrity_check') as { integrity_check: string }[];
  const messages = rows.map((row) => row.integrity_check);
  return messages.length === 1 && messages[0] === 'ok' ? [] : messages;
}

/** Every file digest the database refers to: attachments' and the company logo's. */
export function referencedDigests(db: Db, tables: Record<string, number>): string[] {
  const digests = new Set<string>();
  if ('attachments' in tables) {
    for (const row of db.prepare('SELECT DISTINCT sha256 FROM attachments').all() as { sha256: string }[]) digests.add(row.sha256);
  }
  const logo = db.prepare("SELECT logo_sha256 FROM companies WHERE id = 'default'").get() as { logo_sha256: string | null } | undefined;
  if (logo?.logo_sha256) digests.add(logo.logo_sha256);
  return [...digests];
}

/** The ids of the people a database holds, anonymised ones left out (the manifest lists them). */
export function heldCandidateIds(db: Db): string[] {
  const sql = hasErasureLedger(db)
    ? "SELECT id FROM candidates WHERE id NOT IN (SELECT candidate_id FROM erasures WHERE kind = 'anonymised') ORDER BY id"
    : 'SELECT id FROM candidates ORDER BY id';
  return db.prepare(sql).pluck().all() as string[];
}

/** As openDatabase sets them on the core's connection: deletes cascade, and freed space is zeroed. */
export function eraseLikeTheCore(db: Db): void {
  db.pragma('foreign_keys = ON');
  db.pragma('secure_delete = ON');
}

/** Rewrites the file without its free pages (a staged copy, before anyone uses it). */
export function compactDatabase(db: Db): void {
  db.exec('VACUUM');
}
