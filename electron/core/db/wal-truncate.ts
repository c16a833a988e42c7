// Emptying the write-ahead log after an erasure: every page a transaction wrote sits in hirebook.db-wal until
// a checkpoint copies it into hirebook.db, and old frames stay in the -wal file after that. A TRUNCATE
// checkpoint copies them over (where secure_delete has zeroed the freed space) and cuts the -wal file to
// zero bytes, so deleted text has no copy left in either file. Runs in plain Node on the core's connection.
import type { Db } from './open-database';

/**
 * Checkpoints the log into the database and truncates it. False when a reader (an export's snapshot) kept the
 * checkpoint from finishing; the log is then emptied by the next checkpoint, or deleted when the file closes.
 */
export function truncateWal(db: Db): boolean {
  const [result] = db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
  return result?.busy === 0;
}
