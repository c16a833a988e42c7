// Runs one job in a worker thread that must answer once, within a time limit and a memory limit (heap
// through resourceLimits, resident memory through the watchdog); past either, the worker is stopped and
// the outcome says which. Runs in plain Node on the core's thread.
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from '../core-context';
import { isWorkerOutOfMemory, watchWorkerMemory, workerResourceLimits, WORKER_MEMORY_LIMIT_MB } from './memory-watchdog';

export interface WorkerLimits {
  timeoutMs: number;
  /** Defaults to the script's memoryLimitMb, else WORKER_MEMORY_LIMIT_MB. */
  memoryMb?: number;
}

export type WorkerOutcome<T> =
  | { kind: 'answered'; message: T }
  | { kind: 'out_of_memory'; limitMb: number }
  | { kind: 'timed_out'; timeoutMs: number }
  | { kind: 'failed'; error: Error };

export function timeLimitMessage(timeoutMs: number): string {
  return `Reading this file took longer than Hirebook allows (${Math.round(timeoutMs / 1000)} seconds), so it was stopped. The file may be damaged or built to overload programs.`;
}

/** Starts `script` with `workerData` and settles with its first message or the reason it was stopped; never rejects. */
export function runLimitedWorker<T>(script: WorkerScript, workerData: unknown, limits: WorkerLimits): Promise<WorkerOutcome<T>> {
  const limitMb = limits.memoryMb ?? script.memoryLimitMb ?? WORKER_MEMORY_LIMIT_MB;
  const worker = new Worker(script.path, { workerData, execArgv: script.execArgv ?? [], resourceLimits: workerResourceLimits(limitMb) });
  return new Promise((resolve) => {
    let done = false;
    const finish = (outcome: WorkerOutcome<T>): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      stopWatching();
      resolve(outcome);
      void worker.terminate();
    };
    const timer = setTimeout(() => finish({ kind: 'timed_out', timeoutMs: limits.timeoutMs }), limits.timeoutMs);
    const stopWatching = watchWorkerMemory(worker, () => finish({ kind: 'out_of_memory', limitMb }), { limitMb });
    worker.on('message', (message: T) => finish({ kind: 'answered', message }));
    worker.on('error', (error) => finish(isWorkerOutOfMemory(error) ? { kind: 'out_of_memory', limitMb } : { kind: 'failed', error }));
    worker.on('exit', (code) => finish({ kind: 'failed', error: new Error(`The worker stopped before answering (exit code ${code}).`) }));
  });
}
