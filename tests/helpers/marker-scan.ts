// Test helpers: which files of a folder hold a planted marker in their raw bytes (the erasure proofs:
// tests/db/erase-bytes.test.ts, anonymise.test.ts, backup-erasures.test.ts). Runs in Vitest (Node).
import fs from 'node:fs';
import path from 'node:path';

/** Every file under `dir` (the data folder: the database, its WAL and shared memory, attachments). */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/**
 * Which files under `dir` hold `marker` in their raw bytes (as UTF-8, and as it is stored in lower case by
 * the search index), relative to `dir`; `skip` leaves out files whose relative path starts with it.
 */
export function holding(dir: string, marker: string, skip: readonly string[] = []): string[] {
  const needles = [Buffer.from(marker), Buffer.from(marker.toLowerCase())];
  return filesUnder(dir)
    .map((file) => path.relative(dir, file))
    .filter((relative) => !skip.some((prefix) => relative.startsWith(prefix)))
    .filter((relative) => {
      const bytes = fs.readFileSync(path.join(dir, relative));
      return needles.some((needle) => bytes.includes(needle));
    });
}
