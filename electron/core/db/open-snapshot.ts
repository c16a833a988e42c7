// A second, read-only connection to the database file for a long read (export everything) that yields
// between pages: inside its read transaction it sees one unchanging snapshot (write-ahead log), while the
// core's own connection goes on answering and writing. Runs in plain Node.
import Database from 'better-sqlite3';
import type { Db } from './open-database';

/** Opens `databasePath` read-only; the caller begins the snapshot (export-all-repo) and closes it. */
export function openSnapshotConnection(databasePath: string, nativeBinding: string | undefined): Db {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) });
  db.pragma('busy_timeout = 5000');
  return db;
}
