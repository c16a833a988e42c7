// Starts the backup worker thread for one job and relays its messages: progress to the core's hooks, a
// cancel request to the worker, its outcome or error back to the caller. Runs in plain Node on the core's thread.
import { Worker } from 'node:worker_threads';
import type { BackupProgress } from '../../contract';
import type { WorkerScript } from '../core-context';
import type { JobHooks, JobParams } from './backup-job';
import { fromFailure, type JobFailure, type JobValue } from './backup-job-run';

export type CoreToBackupWorker = { type: 'cancel' };
export type BackupWorkerToCore =
  | { type: 'progress'; phase: BackupProgress['phase']; done: number; total: number }
  | { type: 'done'; value: JobValue }
  | { type: 'failed'; error: JobFailure };

/** Its JavaScript heap: the job streams, so it needs little (scrypt's buffer lives outside the heap). */
const BACKUP_THREAD_LIMITS = { maxOldGenerationSizeMb: 256 };
const CANCEL_POLL_MS = 50;

export function runJobInWorker(script: WorkerScript, params: JobParams, hooks: JobHooks): Promise<JobValue> {
  const worker = new Worker(script.path, { workerData: params, execArgv: script.execArgv ?? [], resourceLimits: BACKUP_THREAD_LIMITS });
  return new Promise<JobValue>((resolve, reject) => {
    let settled = false;
    const poll = setInterval(() => {
      if (hooks.cancelled()) worker.postMessage({ type: 'cancel' } satisfies CoreToBackupWorker);
    }, CANCEL_POLL_MS);
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      fn();
      void worker.terminate();
    };
    worker.on('message', (message: BackupWorkerToCore) => {
      if (message.type === 'progress') hooks.progress(message.phase, message.done, message.total);
      else if (message.type === 'done') settle(() => resolve(message.value));
      else settle(() => reject(fromFailure(message.error)));
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The backup worker stopped early (exit code ${code}).`))));
  });
}
