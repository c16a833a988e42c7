// When the data file was last checked and found healthy, kept in <dataDir>/health.json (not in the
// database: a check must never write to the file it checks, and a damaged file cannot be trusted to keep
// it). Written only after a check found no damage, through a temporary file. Runs in plain Node.
import path from 'node:path';
import { readJsonRecord, writeJsonRecord } from '../files/json-record';

export const HEALTH_FILE = 'health.json';

export interface HealthRecord {
  lastCheckAt: string | null;
  lastCheckKind: 'quick' | 'full' | null;
  lastFullCheckAt: string | null;
}

const EMPTY: HealthRecord = { lastCheckAt: null, lastCheckKind: null, lastFullCheckAt: null };

const isoOrNull = (value: unknown): string | null => (typeof value === 'string' && !Number.isNaN(Date.parse(value)) ? value : null);

export function readHealthRecord(dataDir: string): HealthRecord {
  try {
    const raw = readJsonRecord(path.join(dataDir, HEALTH_FILE)) as Record<string, unknown>;
    const kind = raw.lastCheckKind === 'quick' || raw.lastCheckKind === 'full' ? raw.lastCheckKind : null;
    return { lastCheckAt: isoOrNull(raw.lastCheckAt), lastCheckKind: kind, lastFullCheckAt: isoOrNull(raw.lastFullCheckAt) };
  } catch {
    return { ...EMPTY };
  }
}

/** Saves the record; a full disk or read-only folder only costs the record (the next start checks again). */
export function writeHealthRecord(dataDir: string, record: HealthRecord): boolean {
  try {
    writeJsonRecord(path.join(dataDir, HEALTH_FILE), record);
    return true;
  } catch {
    return false;
  }
}

export const FULL_CHECK_EVERY_MS = 7 * 86_400_000;

/** True when no full check has passed in the last seven days. */
export function fullCheckDue(record: HealthRecord, now: Date): boolean {
  return record.lastFullCheckAt === null || now.getTime() - Date.parse(record.lastFullCheckAt) >= FULL_CHECK_EVERY_MS;
}
