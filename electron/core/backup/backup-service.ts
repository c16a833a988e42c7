// The backup channels' work on the core's side: one job at a time per data folder (the lock file, so a
// second Hirebook is told it is busy), registered for backup:cancel, run in the backup worker thread when
// the core was given one (the app, the CLI) or on the core's own thread (tests from sources), with
// throttled backup:progress events. Runs in plain Node.
import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { BackupAutoResult, BackupCreateResult, BackupRestoreResult, BackupSummary, ParsedInput } from '../../contract';
import type { CoreContext } from '../core-context';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { DomainError } from '../errors';
import { autoArchiveName, autoBackupDue, rotateAutoArchives } from './backup-auto';
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
      return { path: value.path, summary: value.summary, notice: input.passphrase === undefined ? null : FORGOTTEN_PASSPHRASE_NOTICE };
    },

    /** An automatic backup into backups/ when due, then the rotation; a busy folder is answered 'conflict' like any backup. */
    async auto(input: ParsedInput<'backup:auto'>, ctx: CoreContext): Promise<BackupAutoResult> {
      const folder = path.join(ctx.dataDir, 'backups');
      const now = ctx.now();
      if (!autoBackupDue(folder, ctx.lastChange.at, input.reason, now)) return { path: null, removed: [] };
      fs.mkdirSync(folder, { recursive: true });
      const value = (await runExclusive(ctx, randomUUID(), 'backup', {
        ...baseParams(ctx, knobs),
        kind: 'create',
        outPath: path.join(folder, autoArchiveName(now)),
        replace: false,
        passphrase: undefined,
      })) as { path: string };
      return { path: value.path, removed: rotateAutoArchives(folder) };
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
      return { summary: value.summary, replacedDir: value.replacedDir ?? '', reopenNeeded: true };
    },
  };
}
