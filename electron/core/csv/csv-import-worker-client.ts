// Starts the CSV import worker thread for one import and relays its messages: each checkpoint becomes a
// call to the core's hooks (progress event, cancel check) whose answer goes back to the worker; the
// worker's outcome or error settles the promise. Runs in plain Node on the core's thread.
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { ImportInput } from '../../contract';
import type { CoreContext, WorkerScript } from '../core-context';
import { DomainError } from '../errors';
import type { ImportHooks, ImportOutcome } from './csv-import';
import type { CoreToWorker, ImportWorkerData, WorkerFailure, WorkerToCore } from './csv-import-worker';

/** The file names the builds give the worker entry: out/main (Electron, .js) and out/cli (.cjs). */
const BUILT_NAMES = ['csv-import-worker.js', 'csv-import-worker.cjs'];

/**
 * The import worker emitted next to a running bundle (pass the bundle's __dirname), or undefined when
 * running from TypeScript sources (tests, tsx scripts), where the import then runs on the core's thread.
 */
export function bundledImportWorker(bundleDir: string): WorkerScript | undefined {
  const file = BUILT_NAMES.map((name) => path.join(bundleDir, name)).find((candidate) => fs.existsSync(candidate));
  return file ? { path: file } : undefined;
}

function toError(failure: WorkerFailure): Error {
  if (failure.code) return new DomainError(failure.code, failure.message, failure.issues);
  const error = new Error(`The import worker failed: ${failure.message}`);
  if (failure.stack) error.stack = failure.stack;
  return error;
}

export function importInWorker(ctx: CoreContext, script: WorkerScript, input: ImportInput, hooks: ImportHooks): Promise<ImportOutcome> {
  const workerData: ImportWorkerData = { databasePath: ctx.databasePath, nativeBinding: ctx.nativeBinding, input };
  const worker = new Worker(script.path, { workerData, execArgv: script.execArgv ?? [] });
  return new Promise<ImportOutcome>((resolve, reject) => {
    let settled = false;
    const settle = (fn: () => void, stop = true): void => {
      if (settled) return;
      settled = true;
      fn();
      // After 'done' the worker has closed its connection and ends by itself.
      if (stop) void worker.terminate();
    };
    worker.on('message', (message: WorkerToCore) => {
      if (message.type === 'done') settle(() => resolve(message.outcome), false);
      else if (message.type === 'failed') settle(() => reject(toError(message.error)));
      else {
        hooks.checkpoint(message.done, message.total).then(
          (stop) => worker.postMessage({ type: 'resume', stop } satisfies CoreToWorker),
          (error: unknown) => settle(() => reject(error instanceof Error ? error : new Error(String(error)))),
        );
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) => settle(() => reject(new Error(`The import worker stopped early (exit code ${code}).`))));
  });
}
