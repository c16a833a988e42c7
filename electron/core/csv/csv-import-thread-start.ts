// How the CSV import's planning and scanning threads (csv-import-planner-worker.ts) are started: their script,
// their heap limits, which files are planned alone, and a planning thread started before its import
// (StandbyPlanner). Loads nothing but Node's own modules, so the `hirebook` command can start that thread as the
// process starts, before it loads its own code. Runs in plain Node (the core's thread, the writing thread, the CLI).
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerScript } from '../core-context';
import type { ImportWorkerData } from './csv-import-messages';

/**
 * Heap limits for the import threads. Their live data is small and bounded (a few batches of rows and plans,
 * at most IMPORT_BATCH_CHARS of file text each), but V8 lets a heap with the default limit grow to about four
 * times its live size before collecting it; with a 256 MB old generation it collects at well under twice,
 * and a 24 MB young generation keeps short-lived rows from taking 48 MB. Measured with
 * scripts/bench-import-memory.ts: the two threads' heaps went from about 180 MB to about 105 MB.
 */
export const IMPORT_THREAD_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 24 } as const;

/**
 * Below this size (about 20,000 rows of name, email, phone, city, source, tags and a note) the planning thread
 * reads the file once and keeps its rows (a few megabytes at most), and no scanning thread starts: a third
 * thread and a second read cost more than they overlap. Above it, the rows are streamed and the first pass
 * runs in the scanning thread.
 */
const PLAN_ALONE_CHARS = 2_000_000;

/** The file's size (0 when it cannot be read: reading it later says why). */
function fileSize(file: string | undefined): number {
  try {
    return file === undefined ? 0 : fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** Whether the import's planning thread reads the whole file at once (and no scanning thread starts). */
export function plannedAlone(input: { text?: string | undefined; path?: string | undefined }): boolean {
  return (input.text?.length ?? fileSize(input.path)) < PLAN_ALONE_CHARS;
}

/**
 * The planning and scanning threads' script, built next to the writing thread's (csv-import-planner-worker.cjs
 * beside csv-import-worker.cjs; the .ts beside the .ts when run from sources): a script of its own, so those
 * threads load only the planning code, in about a third of the time the writer's code takes (it also loads the
 * contract's schemas).
 */
export function plannerScript(writer: WorkerScript): WorkerScript {
  const file = path.basename(writer.path).replace(/^csv-import-worker/, 'csv-import-planner-worker');
  return { ...writer, path: path.join(path.dirname(writer.path), file) };
}

/** What a planning thread started before its import is told (csv-import-planner-worker.ts). */
export type ToStandby =
  /** Read this small file now: the import will most likely read it. */
  | { type: 'read'; path: string }
  /** The import's own planning thread from now on, with its data. */
  | { type: 'begin'; data: ImportWorkerData };

/** Starts a planning or scanning thread beside the writing thread's script `writer`. */
export function startPlanningThread(writer: WorkerScript, workerData: ImportWorkerData | { role: 'standby' }): Worker {
  const script = plannerScript(writer);
  return new Worker(script.path, { workerData, execArgv: script.execArgv ?? [], resourceLimits: IMPORT_THREAD_LIMITS });
}

/**
 * A planning thread started before its import: a one-shot `hirebook candidates import` starts it as the process
 * starts, so the thread loads its code and reads the (small) file while the command loads its own code, opens
 * the data folder and previews the file. The import then hands it its work instead of starting a thread. A
 * thread no import takes does not keep the process alive, and an early end only means the import starts its own.
 */
export class StandbyPlanner {
  private worker: Worker | null;

  constructor(writer: WorkerScript) {
    const worker = startPlanningThread(writer, { role: 'standby' });
    worker.unref();
    const gone = (): void => {
      if (this.worker === worker) this.worker = null;
    };
    worker.on('error', gone);
    worker.on('exit', gone);
    this.worker = worker;
  }

  /** Starts reading `file` (an absolute path) when the import would read it whole; a larger file is streamed later. */
  read(file: string): void {
    if (plannedAlone({ path: file })) this.worker?.postMessage({ type: 'read', path: file } satisfies ToStandby);
  }

  /** The thread, at most once, kept alive from now on; null when it ended or was taken. */
  take(): Worker | null {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return null;
    worker.removeAllListeners();
    worker.ref();
    return worker;
  }

  /** Ends the thread if no import took it. */
  async dispose(): Promise<void> {
    const worker = this.take();
    if (worker) await worker.terminate();
  }
}
