// The one place that answers "which backup could the owner go back to?": the newest file in backups/ —
// an automatic backup archive (BACKUP_EXTENSION, written by backup/backup-auto.ts) or a copy of the
// database taken before a format upgrade (migrate.ts). Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { BACKUP_EXTENSION, type BackupOffer } from '../../contract';

const isBackupFile = (name: string): boolean => name.endsWith(BACKUP_EXTENSION) || /\.(db|sqlite)$/i.test(name);

/** The newest backup file in `<dataDir>/backups`, by modification time; null when there is none. */
export function newestBackup(dataDir: string): BackupOffer | null {
  const dir = path.join(dataDir, 'backups');
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return null;
  }
  let best: { name: string; mtimeMs: number } | null = null;
  for (const name of names) {
    if (!isBackupFile(name)) continue;
    try {
      const stat = fs.statSync(path.join(dir, name));
      if (stat.isFile() && stat.size > 0 && (!best || stat.mtimeMs > best.mtimeMs)) best = { name, mtimeMs: stat.mtimeMs };
    } catch {
      // A file that vanished or cannot be read is no offer.
    }
  }
  return best ? { name: best.name, path: path.join(dir, best.name), takenAt: new Date(best.mtimeMs).toISOString() } : null;
}

/** What going back to `offer` would cost, in plain words. */
export function backupNote(offer: BackupOffer, now: Date): string {
  const days = Math.floor((now.getTime() - Date.parse(offer.takenAt)) / 86_400_000);
  const age = days <= 0 ? 'today' : days === 1 ? 'yesterday' : `${days} days ago`;
  return (
    `The newest backup, ${offer.name}, was taken ${age} (${offer.takenAt.slice(0, 16).replace('T', ' ')} UTC). ` +
    'Restoring it brings back your data as it was then: everything saved after that would be missing, so save a salvage copy first.'
  );
}
