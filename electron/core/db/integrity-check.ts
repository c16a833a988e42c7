// SQLite's own checks of a database file: quick_check (pages, records, free list, CHECK constraints;
// about 250 ms on a 278 MB file) and integrity_check (also every index against its table). Run on a
// query_only connection of their own, so a check never writes and never holds a write lock. Runs in plain Node (core thread
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

/**
 * Opens `databasePath`, runs the check, closes. Never throws. The connection is opened for writing but set
 * query_only (it cannot write) and closed without a checkpoint: SQLite leaves CHECK constraints out of the
 * schema of a read-only connection, so its checks would miss a damaged value that breaks one.
 */
export function checkDatabaseFile(databasePath: string, kind: CheckKind, nativeBinding?: string): CheckOutcome {
  let db: Db;
  try {
    db = new Database(databasePath, { fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    db.pragma('query_only = ON');
  } catch (error) {
    return { kind, ok: false, findings: [describe(error)], failed: true };
  }
  try {
    return runCheck(db, kind);
  } finally {
    closeWithoutCheckpoint(db, nativeBinding);
  }
}

/** After damage is found: this connection refuses every write (SQLITE_READONLY), whatever asks. */
export function refuseWrites(db: Db): void {
  if (db.open) db.pragma('query_only = ON');
}

/** Until the session's full check has passed, commits stay in the -wal file: the main file is not written. */
export function holdCheckpoints(db: Db): void {
  if (db.open) db.pragma('wal_autocheckpoint = 0');
}

/** The full check passed: move the -wal into the main file from now on, as SQLite normally does. */
export function allowCheckpoints(db: Db): void {
  if (!db.open) return;
  db.pragma('wal_autocheckpoint = 1000');
  db.pragma('wal_checkpoint(PASSIVE)');
}

/**
 * Closes the connection without copying the -wal into the main file (the file is damaged, or not yet
 * proven sound). SQLite checkpoints on close only when it can lock the file exclusively, so a read-only
 * connection holds a read transaction meanwhile; a read-only connection never checkpoints on its own
 * close. The -wal stays beside the file, as durable as the file itself, and is read on the next open.
 */
export function closeWithoutCheckpoint(db: Db, nativeBinding?: string, holdGuardUntil?: Promise<void>): void {
  if (!db.open) return;
  let guard: Db | null = null;
  try {
    guard = new Database(db.name, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
    guard.prepare('BEGIN').run();
    guard.prepare('SELECT count(*) FROM sqlite_schema').get();
  } catch {
    // Without the guard the close may checkpoint; still better than not closing.
  }
  db.close();
  // Another connection still closing (a check worker being stopped) must not be the last one either.
  if (guard && holdGuardUntil) {
    const held = guard;
    void holdGuardUntil.finally(() => held.close());
  } else guard?.close();
}
