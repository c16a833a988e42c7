// The data file's health report, the check on demand and the salvage copy. Runs anywhere.
import { z } from 'zod';
import { FilePath } from './common-schemas';

export const HEALTH_STATES = ['ok', 'checking', 'damaged', 'read_only'] as const;

/** A backup the owner could go back to: its file name, full path and when it was taken (ISO). */
export const BackupOffer = z.object({
  name: z.string(),
  path: z.string(),
  takenAt: z.string(),
});
export type BackupOffer = z.infer<typeof BackupOffer>;

export const DataHealth = z.object({
  /** ok; checking (the start-up check is still running; writes wait for it); damaged (read-only, found or met damage); read_only (the data folder cannot be written). */
  state: z.enum(HEALTH_STATES),
  /** One plain sentence for the owner. */
  message: z.string(),
  /** When the last check that found no damage finished (ISO), or null when none has. */
  lastCheckAt: z.string().nullable(),
  /** The kind of that check: quick (at every start) or full (weekly and on demand). */
  lastCheckKind: z.enum(['quick', 'full']).nullable(),
  /** When the last full check finished without damage (ISO); the weekly one is due 7 days after it. */
  lastFullCheckAt: z.string().nullable(),
  /** What the check or the failed read reported (SQLite's own words), for support; empty when healthy. */
  details: z.array(z.string()),
  /** The newest backup in the data folder, offered when damaged; null when there is none. */
  newestBackup: BackupOffer.nullable(),
  /** What a restore of that backup would lose: the changes saved after it was taken. */
  backupNote: z.string().nullable(),
});
export type DataHealth = z.infer<typeof DataHealth>;

export const DataCheckInput = z.object({
  /** true: SQLite's full integrity_check (slower); false: the quick_check run at every start. */
  full: z.boolean().default(true),
});

export const SalvageInput = z.object({
  /** An existing folder outside the data folder; the copy is written as a new file in it. */
  folder: FilePath,
});

export const SalvageTable = z.object({
  table: z.string(),
  saved: z.number().int().nonnegative(),
  /** Rows that could not be read; null when even the count could not be read. */
  lost: z.number().int().nonnegative().nullable(),
});

export const SalvageResult = z.object({
  /** The new database file with every row that still read. */
  path: z.string(),
  tables: z.array(SalvageTable),
  saved: z.number().int().nonnegative(),
  lost: z.number().int().nonnegative(),
  /** Tables that could not be read at all (their rows are not in the copy). */
  unreadableTables: z.array(z.string()),
  /** Plain summary: what was saved and what was not. */
  message: z.string(),
});
export type SalvageResult = z.infer<typeof SalvageResult>;
