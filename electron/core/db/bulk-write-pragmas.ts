// Connection settings for the length of a bulk write, and their undo. Runs in plain Node (core).
import type { Db } from './open-database';

/**
 * For the length of a bulk write (the CSV import): a larger page cache (32 MB at most, allocated as needed; 128 MB cost 100 MB
 * more memory on a 1,000,000-row import and saved no time) and no WAL checkpoint after every batch commit;
 * one checkpoint at the end instead. Durability is unchanged: every batch commit is still synced (synchronous=FULL).
 */
export function bulkWritePragmas(db: Db): () => void {
  const cache: unknown = db.pragma('cache_size', { simple: true });
  const checkpoint: unknown = db.pragma('wal_autocheckpoint', { simple: true });
  // A cache already larger (sized for a large file on open, open-database.ts) stays as it is.
  if (Number(cache) > -32768) db.pragma('cache_size = -32768');
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    db.pragma(`cache_size = ${Math.trunc(Number(cache))}`);
    db.pragma(`wal_autocheckpoint = ${Math.trunc(Number(checkpoint))}`);
    // Checkpoints held (the data file's full check has not passed yet, data-health.ts): the -wal keeps the batches.
    if (Number(checkpoint) > 0) checkpointCommitted(db);
  };
}

/**
 * Copies the commits in the -wal into the main file now, as far as it can without waiting for anyone
 * (PRAGMA wal_checkpoint(PASSIVE)): another connection may go on writing meanwhile, and its later commits
 * wait in the -wal for the next checkpoint. Only once the data file's full check has passed (data-health.ts).
 */
export function checkpointCommitted(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}
