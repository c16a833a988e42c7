// The erasure ledger (table erasures, migration 12): which candidate ids were erased or anonymised and when,
// nothing else about them. Written in the transaction of the erasure itself (candidates-service.ts), so it
// can never disagree with the data; carried by every backup inside the database snapshot; read by a restore
// (core/backup/backup-erasures.ts), which applies the ledger of the installation it restores into to the
// restored data, so an erased person never comes back. Runs in plain Node.
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

export type ErasureKind = 'erased' | 'anonymised';

export interface ErasureEntry {
  candidateId: string;
  kind: ErasureKind;
  erasedAt: string;
}

/** Notes that these candidate ids were erased or anonymised at `at` (an id already noted keeps its first time). */
export function recordErasures(db: Db, candidateIds: readonly string[], kind: ErasureKind, at: string): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO erasures (candidate_id, kind, erased_at) VALUES (?, ?, ?)');
  for (const id of candidateIds) insert.run(id, kind, at);
}

/** The whole ledger, oldest first. */
export function erasureLedger(db: Db): ErasureEntry[] {
  return statement(db, 'SELECT candidate_id AS candidateId, kind, erased_at AS erasedAt FROM erasures ORDER BY erased_at, candidate_id, kind').all() as ErasureEntry[];
}

/** When the ledger says this candidate was anonymised (their record stays, with nothing personal left), else null. */
export function anonymisedAt(db: Db, candidateId: string): string | null {
  const at = statement(db, "SELECT erased_at FROM erasures WHERE candidate_id = ? AND kind = 'anonymised'").pluck().get(candidateId) as string | undefined;
  return at ?? null;
}

/** Adds entries from another ledger, each with its own time (an id already noted keeps its first time). */
export function mergeErasures(db: Db, entries: readonly ErasureEntry[]): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO erasures (candidate_id, kind, erased_at) VALUES (?, ?, ?)');
  for (const entry of entries) insert.run(entry.candidateId, entry.kind, entry.erasedAt);
}

/** True when the database has the ledger (schema 12 on); an older file read as it is has none. */
export function hasErasureLedger(db: Db): boolean {
  return db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'erasures'").get() !== undefined;
}
