// The backups' own record, kept in <dataDir>/backups.json (not in the database: it must be readable when
// the database is damaged, and a restore must not bring back another computer's USB-stick path): whether
// automatic backups are on, the second folder, and the last backup that was written and checked. Written
// through a temporary file; read with a size limit. Runs in plain Node.
import path from 'node:path';
import type { GoodBackup } from '../../contract';
import { DomainError } from '../errors';
import { readJsonRecord, writeJsonRecord } from '../files/json-record';

export const BACKUP_RECORD_FILE = 'backups.json';

export interface BackupRecord {
  automatic: boolean;
  secondFolder: string | null;
  lastGood: GoodBackup | null;
  /** The backup at quit was cut short (quitting waits at most 10 s): the next automatic backup is due at once. */
  pendingQuit: boolean;
}

const DEFAULTS: BackupRecord = { automatic: true, secondFolder: null, lastGood: null, pendingQuit: false };

function goodBackupOf(value: unknown): GoodBackup | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    typeof v.path === 'string' &&
    typeof v.name === 'string' &&
    typeof v.bytes === 'number' &&
    Number.isInteger(v.bytes) &&
    v.bytes >= 0 &&
    typeof v.takenAt === 'string' &&
    !Number.isNaN(Date.parse(v.takenAt)) &&
    typeof v.automatic === 'boolean';
  return ok ? { path: v.path as string, name: v.name as string, bytes: v.bytes as number, takenAt: v.takenAt as string, automatic: v.automatic as boolean } : null;
}

/** The record, or the defaults when there is none or it cannot be read (a damaged record never stops a backup). */
export function readBackupRecord(dataDir: string): BackupRecord {
  try {
    const raw = readJsonRecord(path.join(dataDir, BACKUP_RECORD_FILE)) as Record<string, unknown>;
    return {
      automatic: typeof raw.automatic === 'boolean' ? raw.automatic : DEFAULTS.automatic,
      secondFolder: typeof raw.secondFolder === 'string' && path.isAbsolute(raw.secondFolder) ? raw.secondFolder : null,
      lastGood: goodBackupOf(raw.lastGood),
      pendingQuit: raw.pendingQuit === true,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

/** Saves the record; a settings change that cannot be saved is an error the owner sees. */
export function writeBackupRecord(dataDir: string, record: BackupRecord): void {
  try {
    writeJsonRecord(path.join(dataDir, BACKUP_RECORD_FILE), record);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new DomainError('disk_full', 'The disk is full: the backup settings were not saved. Free some space and try again.');
    throw new DomainError('unavailable', `The backup settings could not be saved in the data folder (${code ?? 'error'}).`);
  }
}

/** Changes the record where losing the change costs little (a full disk): the last good backup, a pending quit backup. */
export function noteInBackupRecord(dataDir: string, change: Partial<Pick<BackupRecord, 'lastGood' | 'pendingQuit'>>): void {
  try {
    writeBackupRecord(dataDir, { ...readBackupRecord(dataDir), ...change });
  } catch {
    // The archive itself is fine; the status shows the newest automatic archive meanwhile.
  }
}
