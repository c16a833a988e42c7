// Automatic backups into <dataDir>/backups/ (beside the pre-migration copies migrate.ts makes there,
// which this never touches): auto-<time>.hirebook-backup when one is due, made and checked like any
// backup, then the automatic archives rotated (backup-rotation-rules.ts). The doors decide when to ask
// (at start and daily while running: 'daily'; at quit: 'quit'). Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import type { BackupAutoResult } from '../../contract';
import { archivesToKeep, DEFAULT_ROTATION, defaultBudget, type ArchiveInfo } from './backup-rotation-rules';

const AUTO_NAME = /^auto-(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.hirebook-backup$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function autoArchiveName(now: Date): string {
  return `auto-${now.toISOString().replace(/[:.]/g, '-')}.hirebook-backup`;
}

/** The automatic archives in the folder, from their names (a file renamed by hand is left alone). */
export function listAutoArchives(folder: string): ArchiveInfo[] {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const match = AUTO_NAME.exec(name);
    if (!match) return [];
    const [, y, mo, d, h, mi, s, ms] = match;
    const createdAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
    try {
      return [{ name, createdAt, bytes: fs.statSync(path.join(folder, name)).size }];
    } catch {
      return [];
    }
  });
}

/**
 * Whether an automatic backup is due now: 'daily' when none was made in the last 24 hours, 'quit' when this
 * session changed data (`lastChangeAt`, from dispatch) after the newest one. File times are not asked: the
 * background checks' connections and SQLite's own checkpoints touch the files without changing any data.
 */
export function autoBackupDue(folder: string, lastChangeAt: number, reason: 'daily' | 'quit', now: Date): boolean {
  const newest = listAutoArchives(folder).reduce((latest, archive) => Math.max(latest, archive.createdAt.getTime()), 0);
  if (newest === 0) return true;
  if (reason === 'daily') return now.getTime() - newest >= DAY_MS;
  return lastChangeAt > newest;
}

/** Deletes the automatic archives the rotation does not keep; returns their names. */
export function rotateAutoArchives(folder: string): BackupAutoResult['removed'] {
  const archives = listAutoArchives(folder);
  let free = Number.MAX_SAFE_INTEGER;
  try {
    const stats = fs.statfsSync(folder);
    free = stats.bavail * stats.bsize;
  } catch {
    // No statfs here: the 5 GB cap alone.
  }
  const keep = new Set(archivesToKeep(archives, { ...DEFAULT_ROTATION, budgetBytes: defaultBudget(free) }));
  const removed: string[] = [];
  for (const archive of archives) {
    if (keep.has(archive.name)) continue;
    fs.rmSync(path.join(folder, archive.name), { force: true });
    removed.push(archive.name);
  }
  return removed;
}
