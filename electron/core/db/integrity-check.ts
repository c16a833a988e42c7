// SQLite's own checks of a database file: quick_check (pages, records, free list; about 250 ms on a
// 278 MB file) and integrity_check (also every index against its table). Run on a read-only connection
// of their own, so a check never writes and never holds a write lock. Runs in plain Node (core thread
// or the data-check worker).
import Database from 'better-sqlite3';
import type { Db } from './open-database';

export type CheckKind = 'quick' | 'full';

export interface CheckOutcome {
  kind: CheckKind;
  /** True when SQLite answered "ok". */
  ok: boolean;
  /** SQLite's findings (at most MAX_FINDINGS), or the error that stopped the check. */
  findings: string[];
  /** True when the check could not read the file at all (an error, not a list of findings). */
  failed: boolean;
  /** True when the check itself was stopped (its worker failed or ran out of time): no verdict on the file. */
  unfinished?: boolean;
}

const MAX_FINDINGS = 20;

/** Runs the check on an open connection. Never throws: an error becomes a failed outcome. */
export function runCheck(db: Db, kind: CheckKind): CheckOutcome {
  try {
    const pragma = kind === 'full' ? `integrity_check(${MAX_FINDINGS})` : `quick_check(${MAX_FINDINGS})`;
    const rows = db.pragma(pragma, { simple: false }) as Record<string, unknown>[];
    const findings = rows.map((row) => String(Object.values(row)[0]));
    const ok = findings.length === 1 && findings[0] === 'ok';
    return { kind, ok, findings: ok ? [] : findings, failed: false };
  } catch (error) {
    return { kind, ok: false, findings: [describe(error)], failed: true };
  }
}

function describe(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  const message = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' ? `${code}: ${message}` : message;
}

/** Opens `databasePath` read-only, runs the check, closes. Never throws. */
export function checkDatabaseFile(databasePath: string, kind: CheckKind, nativeBinding?: string): CheckOutcome {
  let db: Db;
  try {
    db = new Database(databasePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  } catch (error) {
    return { kind, ok: false, findings: [describe(error)], failed: true };
  }
  try {
    return runCheck(db, kind);
  } finally {
    db.close();
  }
}

/** After damage is found: this connection refuses every write (SQLITE_READONLY), whatever asks. */
export function refuseWrites(db: Db): void {
  if (db.open) db.pragma('query_only = ON');
}
