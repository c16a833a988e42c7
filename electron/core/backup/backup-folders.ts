// The backup jobs' own folders inside the data folder (same disk, so renames are atomic and nothing of
// the owner's data is copied to a shared temp folder): .backup-work-<id>/ while an archive is made and
// checked, .restore-staging-<id>/ while one is checked and unpacked. Leftovers of a killed job are removed
// by the next job, under the data folder's lock. Runs in plain Node and worker threads.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const PREFIX = { backup: '.backup-work-', restore: '.restore-staging-' } as const;

export function workFolder(dataDir: string, kind: keyof typeof PREFIX): string {
  return path.join(dataDir, `${PREFIX[kind]}${randomUUID()}`);
}

/** Removes work folders of jobs that are gone; call only while holding the lock. `keep` is spared (a pending restore's staging). */
export function removeLeftoverWorkFolders(dataDir: string, keep: string | null = null): void {
  for (const name of namesIn(dataDir)) {
    if (name === keep) continue;
    if (name.startsWith(PREFIX.backup) || name.startsWith(PREFIX.restore)) fs.rmSync(path.join(dataDir, name), { recursive: true, force: true });
  }
}

/** The names in the data folder; none when it cannot be read (a leftover's removal then waits for the next job). */
export function namesIn(dataDir: string): string[] {
  try {
    return fs.readdirSync(dataDir);
  } catch {
    return [];
  }
}
