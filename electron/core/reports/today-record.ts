// Today's own record, <dataDir>/today.json: when the owner last left the Today screen, so applicants added
// after it are "new since you last looked". A file, not a table: it is a mark of this computer's screen,
// not hiring data, so it stays out of backups and exports, and noting it never waits for (or is refused
// by) the data file's check. Written through a temporary file; read with a size limit. Runs in plain Node.
import path from 'node:path';
import { DomainError } from '../errors';
import { readJsonRecord, writeJsonRecord } from '../files/json-record';

export const TODAY_RECORD_FILE = 'today.json';

/** The last time the owner left Today, or null (never, or an unreadable record: everyone new counts). */
export function readLastLeftToday(dataDir: string): string | null {
  try {
    const raw = readJsonRecord(path.join(dataDir, TODAY_RECORD_FILE)) as { lastLeftAt?: unknown };
    const at = raw.lastLeftAt;
    return typeof at === 'string' && !Number.isNaN(Date.parse(at)) ? new Date(at).toISOString() : null;
  } catch {
    return null;
  }
}

export function writeLastLeftToday(dataDir: string, at: string): void {
  try {
    writeJsonRecord(path.join(dataDir, TODAY_RECORD_FILE), { lastLeftAt: at });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new DomainError('disk_full', 'The disk is full: leaving Today was not noted. Free some space.');
    throw new DomainError('unavailable', `Leaving Today could not be noted in the data folder (${code ?? 'error'}).`);
  }
}
