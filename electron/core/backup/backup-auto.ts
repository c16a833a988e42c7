// Automatic backups into <dataDir>/backups/ (beside the pre-migration copies migrate.ts makes there,
// which this never touches): auto-<time>.hirebook-backup when one is due, made and checked like any
// backup, then the automatic archives rotated (backup-rotation-rules.ts). The doors decide when to ask
// (at start and daily while running: 'daily'; at quit: 'quit'). Each new archive is also copied into the
// owner's second folder, when one is set, and the copy checked byte for byte. Runs in plain Node.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupAutoResult, GoodBackup } from '../../contract';
import { archivesToKeep, DEFAULT_ROTATION, defaultBudget, type ArchiveInfo } from './backup-rotation-rules';
import { secondFolderMissingWarning } from './backup-status-rules';

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
 * `pendingQuit`: the last backup at quit was cut short, so one is due now whatever the reason.
 */
export function autoBackupDue(folder: string, lastChangeAt: number, reason: 'daily' | 'quit', now: Date, pendingQuit = false): boolean {
  if (pendingQuit) return true;
  const newest = listAutoArchives(folder).reduce((latest, archive) => Math.max(latest, archive.createdAt.getTime()), 0);
  if (newest === 0) return true;
  if (reason === 'daily') return now.getTime() - newest >= DAY_MS;
  return lastChangeAt > newest;
}

/** The newest automatic archive as a good backup (each was checked after it was written), or null. */
export function newestAutoArchive(folder: string): GoodBackup | null {
  const newest = listAutoArchives(folder).reduce<ArchiveInfo | null>((best, a) => (!best || a.createdAt > best.createdAt ? a : best), null);
  return newest ? { path: path.join(folder, newest.name), name: newest.name, bytes: newest.bytes, takenAt: newest.createdAt.toISOString(), automatic: true } : null;
}

/** The bytes automatic archives may take in that folder: the smaller of 5 GB and a tenth of its disk's free space. */
export function autoBudget(folder: string): number {
  let free = Number.MAX_SAFE_INTEGER;
  try {
    const stats = fs.statfsSync(folder);
    free = stats.bavail * stats.bsize;
  } catch {
    // No statfs here (or no folder yet): the 5 GB cap alone.
  }
  return defaultBudget(free);
}

/** Deletes the automatic archives the rotation does not keep; returns their names. */
export function rotateAutoArchives(folder: string): BackupAutoResult['removed'] {
  const archives = listAutoArchives(folder);
  const keep = new Set(archivesToKeep(archives, { ...DEFAULT_ROTATION, budgetBytes: autoBudget(folder) }));
  const removed: string[] = [];
  for (const archive of archives) {
    if (keep.has(archive.name)) continue;
    fs.rmSync(path.join(folder, archive.name), { force: true });
    removed.push(archive.name);
  }
  return removed;
}

async function sha256(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Copies a checked archive into the second folder under the same name (through a temporary name, so a
 * half-copied file never looks like a backup), compares the copy byte for byte by SHA-256, then rotates
 * the folder's automatic archives. Never throws: a missing folder, a full stick or a bad copy is a warning.
 */
export async function copyToSecondFolder(archive: string, folder: string): Promise<{ copy: string | null; warning: string | null }> {
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) return { copy: null, warning: secondFolderMissingWarning(folder) };
  const target = path.join(folder, path.basename(archive));
  const temp = `${target}.partial`;
  try {
    fs.copyFileSync(archive, temp);
    if ((await sha256(temp)) !== (await sha256(archive))) throw new Error('the copy does not match the archive');
    fs.renameSync(temp, target);
    rotateAutoArchives(folder);
    return { copy: target, warning: null };
  } catch (error) {
    fs.rmSync(temp, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOSPC' || code === 'EDQUOT' ? 'it is full' : code === 'EACCES' || code === 'EPERM' || code === 'EROFS' ? 'it cannot be written' : (error as Error).message;
    return { copy: null, warning: `The backup could not be copied to the second folder ${folder}: ${why}. It is kept in the data folder.` };
  }
}
