// Keeps a worker thread within a memory limit, for any worker the core starts (the untrusted-file worker
// now; the CSV import workers can use it too). Two limits, because they catch different things: the
// worker's JavaScript heap is capped by worker_threads' resourceLimits (past it the worker dies with
// ERR_WORKER_OUT_OF_MEMORY), but Buffers, typed arrays and inflated data live outside that heap, so a
// watchdog also samples resident memory. A worker thread has no resident size of its own — threads share
// their process's memory — so the watchdog measures the whole process's growth since the worker started
// and counts it against the worker: while a hostile file is being read, that is where growth comes from
// (two watched workers at once share one another's growth). Runs in plain Node on the starting thread.
import type { ResourceLimits } from 'node:worker_threads';

export const WORKER_MEMORY_LIMIT_MB = 512;
/** Resident memory the whole process may reach while a watched worker runs: no input takes Hirebook past it. */
export const PROCESS_MEMORY_LIMIT_MB = 512;
/** Often enough that a fast allocator gets little past the limit, cheap enough to run all the time. */
export const MEMORY_SAMPLE_MS = 50;
const MB = 1024 * 1024;

/** The heap half of the limit, for `new Worker(…, { resourceLimits })`. */
export function workerResourceLimits(limitMb = WORKER_MEMORY_LIMIT_MB): ResourceLimits {
  return { maxOldGenerationSizeMb: limitMb };
}

export function memoryLimitMessage(limitMb = WORKER_MEMORY_LIMIT_MB): string {
  return `Reading this file needed more memory than Hirebook allows (${limitMb} MB), so it was stopped. The file may be damaged or built to overload programs.`;
}

/** A worker's 'error' when its heap passed resourceLimits. */
export function isWorkerOutOfMemory(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** What the watchdog needs of a worker_threads Worker. */
export interface WatchedWorker {
  terminate(): Promise<number>;
  once(event: 'exit', listener: () => void): unknown;
}

export interface MemoryWatchOptions {
  /** Growth since the watch began that stops the worker. */
  limitMb?: number;
  /**
   * Resident size of the whole process that stops the worker, however little it grew (default 512 MB);
   * null for none, for a worker whose memory is bounded by design (the CSV import), which must not be
   * stopped because the process around it is already large.
   */
  processLimitMb?: number | null;
  intervalMs?: number;
  /** The process's resident memory now, in bytes (a test may pass its own). */
  residentBytes?: () => number;
}

/**
 * Samples resident memory while `worker` runs; once it has grown by more than the limit since the watch
 * began, or the process as a whole passes processLimitMb (512 MB: the promise that no input takes Hirebook
 * past it), terminates the worker and calls `onExceeded` (once) with the growth in bytes. Ends by itself when
 * the worker exits; the returned function ends it sooner.
 */
export function watchWorkerMemory(
  worker: WatchedWorker,
  onExceeded: (grownBytes: number) => void,
  options: MemoryWatchOptions = {},
): () => void {
  const limitBytes = (options.limitMb ?? WORKER_MEMORY_LIMIT_MB) * MB;
  const processLimitBytes = options.processLimitMb === null ? Infinity : (options.processLimitMb ?? PROCESS_MEMORY_LIMIT_MB) * MB;
  const resident = options.residentBytes ?? (() => process.memoryUsage.rss());
  const baseline = resident();
  const timer = setInterval(() => {
    const now = resident();
    const grown = now - baseline;
    if (grown <= limitBytes && now <= processLimitBytes) return;
    stop();
    void worker.terminate();
    onExceeded(grown);
  }, options.intervalMs ?? MEMORY_SAMPLE_MS);
  // The worker keeps the process alive while it runs; the watchdog need not.
  timer.unref();
  const stop = (): void => clearInterval(timer);
  worker.once('exit', stop);
  return stop;
}
