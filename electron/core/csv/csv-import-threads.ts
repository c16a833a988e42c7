// Starting and stopping the CSV import's helper threads, from its writing thread or the core's: the planning
// thread, and for a large file the scanning thread (both csv-import-planner-worker.ts), with their messages handed
// over in order. Loads no schemas, so the writing thread starts them before it loads its own code
// (csv-import-worker.ts). Runs in plain Node (the core's thread) or a Node worker_threads Worker.
import type { Worker } from 'node:worker_threads';
import { fromFailure, Inbox, toFailure, type ImportWorkerData, type PlannerToWriter, type ScannerToWriter, type WriterToPlanner } from './csv-import-messages';
import type { ImportScan } from './csv-import-plan';
import { plannedAlone, startPlanningThread, type StandbyPlanner, type ToStandby } from './csv-import-thread-start';

/** The first pass's findings: the rows it counted and its notices about the file. */
export type ScanFindings = Pick<ImportScan, 'total' | 'warnings'>;

export interface Planner {
  inbox: Inbox<PlannerToWriter>;
  worker: Worker;
  /** Resolves once the planner closed its file (or stopped). */
  stopped: Promise<void>;
  /** A small file's first pass, made by the planner (rejects with its error); for a larger file it only rejects, when the thread stops. */
  scan: Promise<ScanFindings>;
}

/** Starts the planning thread (or hands its work to one started before, `standby`) and hands its messages over in order. */
function startPlanner(data: ImportWorkerData, small: boolean, standby: Worker | null): Planner {
  const inbox = new Inbox<PlannerToWriter>();
  const planning: ImportWorkerData = { ...data, role: 'plan', small };
  const worker = standby ?? startPlanningThread(data.script, planning);
  if (standby) standby.postMessage({ type: 'begin', data: planning } satisfies ToStandby);
  let markStopped = (): void => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  let scanned = (_findings: ScanFindings): void => undefined;
  let scanFailed = (_error: Error): void => undefined;
  const scan = new Promise<ScanFindings>((resolve, reject) => {
    scanned = resolve;
    scanFailed = reject;
  });
  // Not unhandled when the writer fails before it waits for the pass, or the planner's error comes first.
  scan.catch(() => undefined);
  worker.on('message', (message: PlannerToWriter) => {
    if (message.type === 'stopped') markStopped();
    else if (message.type === 'scanned') scanned(message);
    else {
      if (message.type === 'failed') scanFailed(fromFailure(message.error));
      inbox.push(message);
    }
  });
  worker.on('error', (error) => {
    markStopped();
    scanFailed(error);
    inbox.push({ type: 'failed', error: toFailure(error) });
  });
  worker.on('exit', (code) => {
    markStopped();
    const early = new Error(`The import's planning thread stopped early (exit code ${code}).`);
    scanFailed(early);
    // Read only if the writer still waits for a plan (the thread was stopped before it ended); unread otherwise.
    inbox.push({ type: 'failed', error: toFailure(early) });
  });
  return { inbox, worker, stopped, scan };
}

export interface Scanner {
  /** The first pass's findings; rejects with the pass's error (a file that is not text, empty, the mapping). */
  scan: Promise<ScanFindings>;
  worker: Worker;
}

/** Starts the scanning thread: the first pass over the file, while the planner reads and plans. */
function startScanner(data: ImportWorkerData): Scanner {
  const worker = startPlanningThread(data.script, { ...data, role: 'scan' });
  const scan = new Promise<ScanFindings>((resolve, reject) => {
    worker.on('message', (message: ScannerToWriter) => (message.type === 'scanned' ? resolve(message) : reject(fromFailure(message.error))));
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The import's scanning thread stopped early (exit code ${code}).`)));
  });
  // Not unhandled when the writer fails before it waits for the pass (its connection did not open).
  scan.catch(() => undefined);
  return { scan, worker };
}

/** Asks the planner to close its file, waits for that (a second at most), then ends the thread. */
async function stopPlanner(planner: Planner): Promise<void> {
  planner.worker.postMessage({ type: 'stop' } satisfies WriterToPlanner);
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([planner.stopped, new Promise<void>((resolve) => (timer = setTimeout(resolve, 1000)))]);
  clearTimeout(timer);
  await planner.worker.terminate();
}

/** Ends the helper threads startHelpers started, once the import is done or failed. */
export async function stopHelpers({ planner, scanner }: { planner: Planner; scanner: Scanner | null }): Promise<void> {
  if (scanner) await scanner.worker.terminate();
  await stopPlanner(planner);
}

/**
 * Starts the helper threads an import of `data`'s file needs: the planning thread (the standby's, when one was
 * started before the import and is still there), and the scanning thread unless the file is small (the planner
 * then makes the first pass itself).
 */
export function startHelpers(data: ImportWorkerData, standby?: StandbyPlanner): { planner: Planner; scanner: Scanner | null } {
  const small = plannedAlone(data.input);
  return { planner: startPlanner(data, small, standby?.take() ?? null), scanner: small ? null : startScanner(data) };
}
