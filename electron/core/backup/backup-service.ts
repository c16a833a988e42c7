// The backup channels' work on the core's side: one job at a time per data folder (the lock file, so a
// second Hirebook is told it is busy), registered for backup:cancel, run in the backup worker thread when
// the core was given one (the app, the CLI) or on the core's own thread (tests from sources), with
// throttled backup:progress events. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BackupAutoResult, BackupCreateResult, BackupRestoreResult, BackupStatus, BackupSummary, GoodBackup, ParsedInput } from '../../contract';
import type { CoreContext } from '../core-context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { DomainError } from '../errors';
import { autoArchiveName, autoBackupDue, autoBudget, copyToSecondFolder, listAutoArchives, newestAutoArchive, rotateAutoArchives } from './backup-auto';
import { noteInBackupRecord, readBackupRecord, writeBackupRecord } from './backup-record';
import { backupWarnings, latestGood } from './backup-status-rules';
import { acquireDataLock } from './backup-lock';
import { removeLeftoverWorkFolders } from './backup-folders';
import type { BackupJobParams, JobHooks, JobParams } from './backup-job';
import { fromFailure, runJob, toFailure, type JobValue } from './backup-job-run';
import { FORGOTTEN_PASSPHRASE_NOTICE } from './backup-manifest-rules';
import type { OpenOutcome } from './backup-restore';
import { runJobInWorker } from './backup-worker-client';
import { JOURNAL_FILE } from './restore-journal';

/** Test-only knobs a test passes through createBackupService; the channels never set them. */
export interface BackupTestKnobs {
  writeLimitBytes?: number;
  scryptWorkFactor?: number;
}

const PROGRESS_EVERY_MS = 100;

async function runExclusive(ctx: CoreContext, jobId: string, what: 'backup' | 'inspect' | 'restore', params: JobParams): Promise<JobValue> {
  if (fs.existsSync(path.join(ctx.dataDir, JOURNAL_FILE))) {
    throw new DomainError('conflict', 'A restore is waiting to be finished: close and reopen Hirebook first.');
  }
  const job = ctx.jobs.start(jobId);
  if (!job) throw new DomainError('conflict', 'A job with this id is already running.');
  try {
    const lock = acquireDataLock(ctx.dataDir, what);
    try {
      removeLeftoverWorkFolders(ctx.dataDir);
      let last = 0;
      const hooks: JobHooks = {
        progress: (phase, done, total) => {
          const now = Date.now();
          if (done < total && now - last < PROGRESS_EVERY_MS) return;
          last = now;
          ctx.emit('backup:progress', { jobId, phase, done, total });
        },
        cancelled: () => job.cancelled,
      };
      const script = ctx.workers.backup;
      if (script) return await runJobInWorker(script, params, hooks);
      try {
        return await runJob(params, hooks);
      } catch (error) {
        throw fromFailure(toFailure(error));
      }
    } finally {
      lock.release();
    }
  } finally {
    ctx.jobs.finish(jobId);
  }
}

function goodBackup(file: string, summary: BackupSummary, automatic: boolean): GoodBackup {
  return { path: file, name: path.basename(file), bytes: summary.bytes, takenAt: summary.createdAt, automatic };
}

/** How backups stand now (backup:status, and the answer of backup:settings). */
export function backupStatus(ctx: CoreContext): BackupStatus {
  const record = readBackupRecord(ctx.dataDir);
  const folder = path.join(ctx.dataDir, 'backups');
  const archives = listAutoArchives(folder);
  const lastGood = latestGood(record.lastGood, newestAutoArchive(folder));
  const secondFolderFound = record.secondFolder !== null && fs.existsSync(record.secondFolder);
  return {
    automatic: record.automatic,
    folder,
    secondFolder: record.secondFolder,
    secondFolderFound,
    lastGood,
    archives: archives.length,
    usedBytes: archives.reduce((sum, a) => sum + a.bytes, 0),
    budgetBytes: autoBudget(fs.existsSync(folder) ? folder : ctx.dataDir),
    warnings: backupWarnings({ lastGood, secondFolder: record.secondFolder, secondFolderFound, now: ctx.now() }),
  };
}

/** A second backup folder must be an existing folder outside the data folder (a copy inside would be lost with it). */
function checkSecondFolder(folder: string, dataDir: string): void {
  const issue = (message: string): DomainError => new DomainError('invalid_input', message, [{ path: ['secondFolder'], message }]);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) throw issue('That folder cannot be found. Plug in the drive and choose it again.');
  const relative = path.relative(path.resolve(dataDir), path.resolve(folder));
  if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
    throw issue('Choose a folder outside the data folder: a second copy there would be lost with the data folder.');
  }
}

function baseParams(ctx: CoreContext, knobs: BackupTestKnobs): BackupJobParams {
  return {
    dataDir: ctx.dataDir,
    databasePath: ctx.databasePath,
    nativeBinding: ctx.nativeBinding,
    appVersion: ctx.appVersion,
    now: ctx.now().toISOString(),
    ...knobs,
  };
}

export function createBackupService(knobs: BackupTestKnobs = {}) {
  return {
    async create(input: ParsedInput<'backup:create'>, ctx: CoreContext): Promise<BackupCreateResult> {
      const value = (await runExclusive(ctx, input.jobId, 'backup', {
        ...baseParams(ctx, knobs),
        kind: 'create',
        outPath: input.path,
        replace: input.replace,
        passphrase: input.passphrase,
      })) as { path: string; summary: BackupSummary };
      noteInBackupRecord(ctx.dataDir, { lastGood: goodBackup(value.path, value.summary, false) });
      return { path: value.path, summary: value.summary, notice: input.passphrase === undefined ? null : FORGOTTEN_PASSPHRASE_NOTICE };
    },

    /**
     * An automatic backup into backups/ when due and automatic backups are on, then the rotation and the copy
     * into the second folder; a busy folder is answered 'conflict' like any backup.
     */
    async auto(input: ParsedInput<'backup:auto'>, ctx: CoreContext): Promise<BackupAutoResult> {
      const folder = path.join(ctx.dataDir, 'backups');
      const now = ctx.now();
      const record = readBackupRecord(ctx.dataDir);
      const none = { path: null, removed: [], secondCopy: null, warning: null };
      if (!record.automatic || !autoBackupDue(folder, ctx.lastChange.at, input.reason, now, record.pendingQuit)) return none;
      fs.mkdirSync(folder, { recursive: true });
      let value: { path: string; summary: BackupSummary };
      try {
        value = (await runExclusive(ctx, input.jobId ?? randomUUID(), 'backup', {
          ...baseParams(ctx, knobs),
          kind: 'create',
          outPath: path.join(folder, autoArchiveName(now)),
          replace: false,
          passphrase: undefined,
        })) as { path: string; summary: BackupSummary };
      } catch (error) {
        // Cut short at quit (stopped after 10 s, or failed): made at the next start instead.
        if (input.reason === 'quit') noteInBackupRecord(ctx.dataDir, { pendingQuit: true });
        throw error;
      }
      noteInBackupRecord(ctx.dataDir, { lastGood: goodBackup(value.path, value.summary, true), pendingQuit: false });
      const removed = rotateAutoArchives(folder);
      const second = record.secondFolder ? await copyToSecondFolder(value.path, record.secondFolder) : { copy: null, warning: null };
      return { path: value.path, removed, secondCopy: second.copy, warning: second.warning };
    },

    status: (ctx: CoreContext): BackupStatus => backupStatus(ctx),

    settings(input: ParsedInput<'backup:settings'>, ctx: CoreContext): BackupStatus {
      if (input.secondFolder) checkSecondFolder(input.secondFolder, ctx.dataDir);
      const record = readBackupRecord(ctx.dataDir);
      writeBackupRecord(ctx.dataDir, {
        ...record,
        ...(input.automatic === undefined ? {} : { automatic: input.automatic }),
        ...(input.secondFolder === undefined ? {} : { secondFolder: input.secondFolder }),
      });
      return backupStatus(ctx);
    },

    async inspect(input: ParsedInput<'backup:inspect'>, ctx: CoreContext, jobId: string): Promise<BackupSummary> {
      const value = (await runExclusive(ctx, jobId, 'inspect', {
        ...baseParams(ctx, knobs),
        kind: 'inspect',
        archivePath: input.path,
        passphrase: input.passphrase,
        latestSchema: LATEST_SCHEMA_VERSION,
      })) as OpenOutcome;
      return value.summary;
    },

    async restore(input: ParsedInput<'backup:restore'>, ctx: CoreContext): Promise<BackupRestoreResult> {
      const value = (await runExclusive(ctx, input.jobId, 'restore', {
        ...baseParams(ctx, knobs),
        kind: 'restore',
        archivePath: input.path,
        passphrase: input.passphrase,
        latestSchema: LATEST_SCHEMA_VERSION,
      })) as OpenOutcome;
      return { summary: value.summary, replacedDir: value.replacedDir ?? '', reopenNeeded: true, erasedAgain: value.erasedAgain };
    },
  };
}
