// Runs a check of the data file: in the data-check worker thread when the door built one (the app, the
// CLI) and the file is not small, else on the core's thread (a small file; tests from TypeScript sources;
// the caller waits for pending answers first). A check still running when the core closes is stopped.
// Runs in plain Node on the core's thread.
import fs from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from '../core-context';
import { checkDatabaseFile, type CheckKind, type CheckOutcome } from '../db/integrity-check';
import { workerResourceLimits } from '../workers/memory-watchdog';
import type { DataCheckWorkerData } from './data-check-worker';

/** A full check of a very large file may take minutes; past this it is reported as not finished. */
const CHECK_TIME_LIMIT_MS = 30 * 60_000;
const CHECK_MEMORY_MB = 256;
/**
 * A data file (with its -wal) under this size is checked on the core's thread: both checks of a new folder's
 * file (about 600 KB) take a few milliseconds there, while starting a worker thread for them took about
 * 50 ms, which every short command that writes waited for (a CLI import of 10,000 rows spent a twentieth
 * of its time there). Every file is still checked; only where the check runs changes.
 */
export const SMALL_FILE_BYTES = 1024 * 1024;

/** The size of the file and its -wal (0 for one that is missing). */
function bytesOnDisk(databasePath: string): number {
  const size = (file: string): number => {
    try {
      return fs.statSync(file).size;
    } catch {
      return 0;
    }
  };
  return size(databasePath) + size(`${databasePath}-wal`);
}

const unfinished = (kind: CheckKind, why: string): CheckOutcome => ({ kind, ok: false, findings: [`The check did not finish: ${why}.`], failed: true, unfinished: true });

/** Resolves once every check worker started here has exited (its connection closed). */
const running = new Set<Promise<void>>();
export function checkWorkersExited(): Promise<void> {
  return Promise.all([...running]).then(() => undefined);
}

export function runDataCheck(
  databasePath: string, kind: CheckKind, nativeBinding: string | undefined, script: WorkerScript | undefined, signal: AbortSignal,
): Promise<CheckOutcome> {
  if (!script || bytesOnDisk(databasePath) < SMALL_FILE_BYTES) {
    return Promise.resolve(signal.aborted ? unfinished(kind, 'Hirebook was closing') : checkDatabaseFile(databasePath, kind, nativeBinding));
  }
  const workerData: DataCheckWorkerData = { databasePath, nativeBinding, kind };
  const worker = new Worker(script.path, { workerData, execArgv: script.execArgv ?? [], resourceLimits: workerResourceLimits(CHECK_MEMORY_MB) });
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  running.add(exited);
  void exited.then(() => running.delete(exited));
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: CheckOutcome): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener('abort', stop);
      resolve(outcome);
      void worker.terminate();
    };
    const stop = (): void => finish(unfinished(kind, 'Hirebook was closing'));
    const timer = setTimeout(() => finish(unfinished(kind, 'it took too long')), CHECK_TIME_LIMIT_MS);
    signal.addEventListener('abort', stop);
    worker.on('message', (message: CheckOutcome) => finish(message));
    worker.on('error', (error) => finish(unfinished(kind, error.message)));
    worker.on('exit', (code) => finish(unfinished(kind, `the worker stopped (exit code ${code})`)));
  });
}
