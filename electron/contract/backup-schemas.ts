// Backups of the whole data folder as the contract carries them: making one (with progress and cancel),
// looking inside one, restoring one. Runs anywhere.
import { z } from 'zod';
import { FilePath, IsoDateTime, Uuid } from './common-schemas';

/** The file name ending Hirebook gives an archive (a zip, or an age-encrypted zip). */
export const BACKUP_EXTENSION = '.hirebook-backup';

/** A passphrase for an archive: any text, 8 to 1,024 characters. It cannot be recovered if forgotten. */
export const BackupPassphrase = z
  .string()
  .min(8, { message: 'Use at least 8 characters for the passphrase' })
  .max(1024, { message: 'Use at most 1,024 characters for the passphrase' });

export const BackupCreateInput = z
  .object({
    /** Chosen by the caller, so backup:cancel can reach the job while this call is still awaiting. */
    jobId: Uuid,
    /** The archive to write (a new file; an existing one only with `replace`). */
    path: FilePath,
    replace: z.boolean().default(false),
    /** Wraps the archive with age in passphrase mode. */
    passphrase: BackupPassphrase.optional(),
  })
  .strict();
export type BackupCreateInput = z.input<typeof BackupCreateInput>;

/** What an archive holds, from its manifest after every member was checked. */
export const BackupSummary = z.object({
  createdAt: IsoDateTime,
  appVersion: z.string(),
  schemaVersion: z.number().int(),
  companyName: z.string(),
  roles: z.number().int(),
  candidates: z.number().int(),
  attachments: z.number().int(),
  /** Rows per table in the backed-up database. */
  tables: z.record(z.string(), z.number().int()),
  encrypted: z.boolean(),
  /** Bytes of the archive file. */
  bytes: z.number().int(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const BackupCreateResult = z.object({
  path: z.string(),
  summary: BackupSummary,
  /** Said to show beside an encrypted archive: a forgotten passphrase cannot be recovered. */
  notice: z.string().nullable(),
});
export type BackupCreateResult = z.infer<typeof BackupCreateResult>;

export const BackupOpenInput = z
  .object({
    /** Optional: lets backup:cancel stop a long check (a large or encrypted archive). */
    jobId: Uuid.optional(),
    path: FilePath,
    passphrase: z.string().max(1024).optional(),
  })
  .strict();
export type BackupOpenInput = z.input<typeof BackupOpenInput>;

export const BackupRestoreInput = z
  .object({
    jobId: Uuid,
    path: FilePath,
    passphrase: z.string().max(1024).optional(),
  })
  .strict();
export type BackupRestoreInput = z.input<typeof BackupRestoreInput>;

export const BackupRestoreResult = z.object({
  summary: BackupSummary,
  /** Where the data in use before the restore is kept (nothing is overwritten). */
  replacedDir: z.string(),
  /**
   * Always true: the archive is verified and staged, and the switch happens when the core next opens the
   * data folder. The door closes its core and opens a new one (the CLI does this itself).
   */
  reopenNeeded: z.literal(true),
  /**
   * People erased or anonymised in this installation (its erasure ledger) or in the archive's own ledger who
   * were still in the archive: they were erased or anonymised again before the restored data went live.
   */
  erasedAgain: z.object({ erased: z.number().int().min(0), anonymised: z.number().int().min(0) }),
});
export type BackupRestoreResult = z.infer<typeof BackupRestoreResult>;

export const BackupCancelInput = z.object({ jobId: Uuid }).strict();
export const BackupCancelResult = z.object({ cancelled: z.boolean() });

export const BACKUP_PHASES = ['snapshot', 'files', 'verify', 'decrypt', 'extract', 'check'] as const;

/** A backup, inspect or restore moved on: `done` of `total` bytes in `phase`. */
export const BackupProgress = z.object({
  jobId: z.string(),
  phase: z.enum(BACKUP_PHASES),
  done: z.number(),
  total: z.number(),
});
export type BackupProgress = z.infer<typeof BackupProgress>;

export const BackupAutoInput = z
  .object({
    /** 'daily': make one if none was made in the last 24 hours; 'quit': make one if the data changed since the last. */
    reason: z.enum(['daily', 'quit']),
    /** Lets the shell stop it with backup:cancel (quitting waits at most 10 s); when cut short at quit, it is made at the next start. */
    jobId: Uuid.optional(),
  })
  .strict();
export type BackupAutoInput = z.input<typeof BackupAutoInput>;

export const BackupAutoResult = z.object({
  /** The archive made now, or null when none was due (or automatic backups are off). */
  path: z.string().nullable(),
  /** Automatic archives deleted by the rotation (7 daily, 4 weekly, 6 monthly, within the disk budget). */
  removed: z.array(z.string()),
  /** The checked copy in the second backup folder, or null when none is set or it could not be written. */
  secondCopy: z.string().nullable(),
  /** Why the second copy was not made (the folder is missing, full, …), in plain words; null when all went well. */
  warning: z.string().nullable(),
});
export type BackupAutoResult = z.infer<typeof BackupAutoResult>;

/** The last backup that was written and checked without a problem (automatic or made by hand). */
export const GoodBackup = z.object({
  path: z.string(),
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  takenAt: IsoDateTime,
  automatic: z.boolean(),
});
export type GoodBackup = z.infer<typeof GoodBackup>;

/** How backups stand: Settings → Data shows it, and the app warns with its `warnings`. */
export const BackupStatus = z.object({
  /** Automatic backups (daily while the app is used, and at quit after changes); on by default. */
  automatic: z.boolean(),
  /** Where automatic backups go: the data folder's backups/. */
  folder: z.string(),
  /** A second folder each automatic backup is also copied into (a USB stick, a synced folder), or null. */
  secondFolder: z.string().nullable(),
  /** False when the second folder is set but cannot be found now (a USB stick not plugged in). */
  secondFolderFound: z.boolean(),
  lastGood: GoodBackup.nullable(),
  /** Automatic archives kept in `folder`, and the bytes they take. */
  archives: z.number().int().nonnegative(),
  usedBytes: z.number().int().nonnegative(),
  /** What the automatic archives may take: the smaller of 5 GB and a tenth of the free space. */
  budgetBytes: z.number().int().nonnegative(),
  /** Plain sentences the app shows until they are no longer true: no good backup in 7 days, the second folder missing. */
  warnings: z.array(z.string()),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const BackupSettingsInput = z
  .object({
    automatic: z.boolean().optional(),
    /** A folder the owner chose with the folder dialog; null removes the second folder. */
    secondFolder: FilePath.nullable().optional(),
  })
  .strict();
export type BackupSettingsInput = z.input<typeof BackupSettingsInput>;

/** The longest quitting waits for the automatic backup at quit; a longer one is stopped and made at the next start. */
export const QUIT_BACKUP_LIMIT_MS = 10_000;

/** Quitting and its backup: 'running' (with the job id, for backup:progress), then 'done' just before the app closes. */
export const QuitBackup = z.object({
  state: z.enum(['running', 'done']),
  jobId: z.string().nullable(),
  limitMs: z.number().int(),
});
export type QuitBackup = z.infer<typeof QuitBackup>;

export const BackupHoldingInput = z.object({ candidateId: Uuid }).strict();

/**
 * holds / does_not_hold: the archive's manifest lists the ids of the people it holds. unknown_encrypted: its
 * manifest is inside the encryption, unreadable without the passphrase. unknown_older: made by a Hirebook
 * that did not list them (or unreadable).
 */
export const BACKUP_HOLDING_STATES = ['holds', 'does_not_hold', 'unknown_encrypted', 'unknown_older'] as const;

/** Which backups in the data folder's backups/ and the second folder still hold one person. */
export const BackupHolding = z.object({
  archives: z.array(
    z.object({
      path: z.string(),
      name: z.string(),
      folder: z.enum(['backups', 'second']),
      state: z.enum(BACKUP_HOLDING_STATES),
      /** An automatic archive: the day by which rotation removes it if a backup keeps being made each day; else null (kept until deleted). */
      rotatesOutBy: IsoDateTime.nullable(),
    }),
  ),
  holding: z.number().int().min(0),
  unknown: z.number().int().min(0),
  /** One or two plain sentences for the owner (shown after an erasure). */
  message: z.string(),
});
export type BackupHolding = z.infer<typeof BackupHolding>;
