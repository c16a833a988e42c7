// Starts the CSV import's threads for one import. Either its writing worker thread, whose messages are relayed
// (each checkpoint becomes a call to the core's hooks, progress event and cancel check, whose answer goes back to
// the worker; its outcome or error settles the promise), or, when the core writes (CoreWorkers.importWriter), only
// the planning thread, whose plans the core stores on its own connection. Runs in plain Node on the core's thread.
import { Worker } from 'node:worker_threads';
import type { ImportInput } from '../../contract';
import type { CoreContext, WorkerScript } from '../core-context';
import { DomainError } from '../errors';
import { isWorkerOutOfMemory, watchWorkerMemory, WORKER_MEMORY_LIMIT_MB } from '../workers/memory-watchdog';
import type { ImportHooks, ImportOutcome } from './csv-import';
import { fromFailure, toFailure, type CoreToWriter, type ImportWorkerData, type WriterToCore } from './csv-import-messages';
import { IMPORT_THREAD_LIMITS } from './csv-import-thread-start';
import { startHelpers, stopHelpers } from './csv-import-threads';
import { writePlanned } from './csv-import-writer';

/** Said when the import is stopped at the memory limit; the batches it finished stay saved. */
export const IMPORT_MEMORY_MESSAGE = `Importing this file needed more memory than Hirebook allows (${WORKER_MEMORY_LIMIT_MB} MB), so it was stopped. Rows from finished batches were kept; the rest were not imported.`;

function writerData(ctx: CoreContext, script: WorkerScript, input: ImportInput): ImportWorkerData {
  return { role: 'write', databasePath: ctx.databasePath, nativeBinding: ctx.nativeBinding, input, script, holdCheckpoints: !ctx.health.sound };
}

/**
 * The watch on the process's growth while the import's threads run (they all run in this process). Only growth
 * counts: the import reads and writes in bounded batches, so the size the process already had (a large
 * database's cache, the app itself) must not stop it.
 */
function watchImport(worker: Worker, script: WorkerScript, stop: () => void): () => void {
  return watchWorkerMemory(worker, stop, { processLimitMb: null, ...(script.memoryLimitMb === undefined ? {} : { limitMb: script.memoryLimitMb }) });
}

/**
 * Plans in the import's planning thread (and, for a large file, its scanning thread) and stores each plan on the
 * core's connection as it comes, one transaction a batch. The core's thread is busy while a batch is stored.
 * The planning thread is the one started before the import (CoreWorkers.standbyPlanner) when there is one.
 */
export async function importWithPlanner(ctx: CoreContext, script: WorkerScript, input: ImportInput, hooks: ImportHooks): Promise<ImportOutcome> {
  const data = writerData(ctx, script, input);
  const helpers = startHelpers(data, ctx.workers.standbyPlanner);
  const { planner, scanner } = helpers;
  // Past the limit the planner is stopped and the writer is told before it hears that the thread ended, so the
  // batches stored so far stay and the owner reads why.
  const stopWatching = watchImport(planner.worker, script, () => planner.inbox.push({ type: 'failed', error: toFailure(new DomainError('invalid_input', IMPORT_MEMORY_MESSAGE)) }));
  try {
    return await writePlanned(ctx.db, planner, scanner?.scan ?? planner.scan, data, hooks);
  } finally {
    stopWatching();
    await stopHelpers(helpers);
  }
}

export function importInWorker(ctx: CoreContext, script: WorkerScript, input: ImportInput, hooks: ImportHooks): Promise<ImportOutcome> {
  const workerData = writerData(ctx, script, input);
  const worker = new Worker(script.path, { workerData, execArgv: script.execArgv ?? [], resourceLimits: IMPORT_THREAD_LIMITS });
  return new Promise<ImportOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void): void => {
      if (settled) return;
      settled = true;
      fn();
      // The last message comes after the worker closed its connection (and stopped its planner).
      void worker.terminate();
    };
    worker.on('message', (message: WriterToCore) => {
      if (message.type === 'done') settle(() => resolve(message.outcome));
      else if (message.type === 'failed') settle(() => reject(fromFailure(message.error)));
      else {
        hooks.checkpoint(message.done, message.total).then(
          (stop) => worker.postMessage({ type: 'resume', stop } satisfies CoreToWriter),
          (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
      }
    });
    // The planning and scanning threads the writer starts run in this process too, so the watch covers them all.
    watchImport(worker, script, () => settle(() => reject(new DomainError('invalid_input', IMPORT_MEMORY_MESSAGE))));
    worker.on('error', (error) => settle(() => reject(isWorkerOutOfMemory(error) ? new DomainError('invalid_input', IMPORT_MEMORY_MESSAGE) : error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The import worker stopped early (exit code ${code}).`))));
  });
}
