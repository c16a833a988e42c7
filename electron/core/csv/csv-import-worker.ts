// The CSV import worker threads, up to three per import, all from this script: the writing thread (started by
// the core) opens its own connection to the same WAL database (same pragmas, the SQLite binding the core
// was given) and stores one planned batch per transaction, checking with the core between batches; it
// starts the planning thread, which reads the file's rows a batch at a time (streamed) and plans batches
// (csv-import-plan.ts) one or two ahead, and for a file over 2 MB the scanning thread, which makes the first
// pass over the file (checks it, counts its rows for progress, collects its notices) meanwhile, so that pass
// delays neither the first batch nor the writer, the import's slowest thread. Runs in Node worker_threads Workers.
import fs from 'node:fs';
import { parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open-database';
import { holdCheckpoints } from '../db/integrity-check';
import { checkpointCommitted } from '../db/bulk-write-pragmas';
import { importCsv, ImportWriter, resolveTargets, writeBatches, IMPORT_BATCH, type ImportHooks, type ImportOutcome } from './csv-import';
import { StoredKeys } from './csv-import-keys-repo';
import {
  fromFailure, Inbox, IMPORT_THREAD_LIMITS, toFailure, type CoreToWriter, type ImportWorkerData, type PlannerToWriter, type ScannerToWriter, type WriterToCore,
  type WriterToPlanner,
} from './csv-import-messages';
import { ImportPlanner, readImportRows, scanImportFile, type ImportBatches, type ImportScan } from './csv-import-plan';

/** Plans made but not yet written (the one being written included): enough to keep the writer busy, few enough to bound memory. */
const PLANS_AHEAD = 2;
/**
 * Below this size (about 20,000 rows of name, email, phone, city, source, tags and a note) the file is
 * planned in the writing thread itself, and read once with its rows kept (a few megabytes at most): starting
 * a second thread costs more than overlapping saves (measured again at 10,000 rows with the first pass moved
 * to the writing thread: still more CPU time and no faster).
 */
const PLAN_ALONE_CHARS = 2_000_000;

function openFor(data: ImportWorkerData): Db {
  const db = openDatabase(data.databasePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  if (data.holdCheckpoints) holdCheckpoints(db);
  return db;
}

/**
 * Plans batches ahead of the writer until the file ends or the writer says stop (then closes the file and
 * says so). Its own read connection answers which stored candidates have a batch's emails and phones.
 */
async function runPlanner(port: MessagePort, data: ImportWorkerData): Promise<void> {
  const send = (message: PlannerToWriter): void => port.postMessage(message);
  const written = new Inbox<WriterToPlanner>();
  let rows: ImportBatches | null = null;
  let planner: ImportPlanner | null = null;
  let stopping = false;
  port.on('message', (message: WriterToPlanner) => {
    if (message.type === 'written') planner?.written();
    if (message.type === 'stop' && !stopping) {
      stopping = true;
      void (rows?.close() ?? Promise.resolve()).then(() => send({ type: 'stopped' }));
    }
    written.push(message);
  });
  const db = openFor(data);
  try {
    rows = await readImportRows(data.input, IMPORT_BATCH);
    if (stopping) return;
    planner = new ImportPlanner(data.input, rows.columns, new StoredKeys(db));
    for (let ahead = 0; ; ahead += 1) {
      if (ahead >= PLANS_AHEAD) {
        await written.next();
        ahead -= 1;
      }
      if (stopping) return;
      const batch = await rows.next();
      if (stopping) return;
      if (batch.length === 0) break;
      send({ type: 'plan', plan: planner.plan(batch) });
    }
    send({ type: 'end' });
    // The file is planned; the writer still stores the last plans. Meanwhile, on this thread's otherwise idle
    // core, the batches it committed so far are copied into the main file, so the checkpoint that ends the
    // import has only the last ones left to copy.
    await rows.close();
    if (!data.holdCheckpoints && !stopping) checkpointCommitted(db);
  } finally {
    await rows?.close();
    db.close();
  }
}

interface Planner {
  inbox: Inbox<PlannerToWriter>;
  worker: Worker;
  /** Resolves once the planner closed its file (or stopped). */
  stopped: Promise<void>;
}

/** Starts the planning thread and hands its messages over in order. */
function startPlanner(data: ImportWorkerData): Planner {
  const inbox = new Inbox<PlannerToWriter>();
  const worker = new Worker(data.script.path, {
    workerData: { ...data, role: 'plan' } satisfies ImportWorkerData,
    execArgv: data.script.execArgv ?? [],
    resourceLimits: IMPORT_THREAD_LIMITS,
  });
  let markStopped = (): void => undefined;
  const stopped = new Promise<void>((resolve) => (markStopped = resolve));
  worker.on('message', (message: PlannerToWriter) => (message.type === 'stopped' ? markStopped() : inbox.push(message)));
  worker.on('error', (error) => {
    markStopped();
    inbox.push({ type: 'failed', error: toFailure(error) });
  });
  worker.on('exit', () => markStopped());
  return { inbox, worker, stopped };
}

interface Scanner {
  /** The first pass's findings; rejects with the pass's error (a file that is not text, empty, the mapping). */
  scan: Promise<Pick<ImportScan, 'total' | 'warnings'>>;
  worker: Worker;
}

/** Starts the scanning thread: the first pass over the file, while the planner reads and plans. */
function startScanner(data: ImportWorkerData): Scanner {
  const worker = new Worker(data.script.path, {
    workerData: { ...data, role: 'scan' } satisfies ImportWorkerData,
    execArgv: data.script.execArgv ?? [],
    resourceLimits: IMPORT_THREAD_LIMITS,
  });
  const scan = new Promise<Pick<ImportScan, 'total' | 'warnings'>>((resolve, reject) => {
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

/** The file's size (0 when it cannot be read: reading it later says why). */
function fileSize(file: string | undefined): number {
  try {
    return file === undefined ? 0 : fs.statSync(file).size;
  } catch {
    return 0;
  }
}

async function runWriter(port: MessagePort, data: ImportWorkerData): Promise<ImportOutcome> {
  const answers = new Inbox<CoreToWriter>();
  port.on('message', (message: CoreToWriter) => answers.push(message));
  const hooks: ImportHooks = {
    now: () => new Date(),
    checkpoint: (done, total) => {
      port.postMessage({ type: 'checkpoint', done, total } satisfies WriterToCore);
      return answers.next().then((answer) => answer.stop);
    },
  };
  const size = data.input.text?.length ?? fileSize(data.input.path);
  // The planning thread starts first: it loads its code and opens the file while this one opens its connection.
  const planner = size < PLAN_ALONE_CHARS ? null : startPlanner(data);
  const scanner = planner ? startScanner(data) : null;
  try {
    const db = openFor(data);
    try {
      return await (planner && scanner ? writePlanned(db, planner, scanner, data, hooks) : importCsv(db, data.input, hooks, true));
    } finally {
      db.close();
    }
  } finally {
    if (scanner) await scanner.worker.terminate();
    if (planner) await stopPlanner(planner);
  }
}

/**
 * Writes the batches the planning thread hands over, in order, while it plans the next ones. The first pass's
 * findings (the scanning thread's) are waited for once the first batch is stored (its progress names the
 * total) and before the outcome, so the file's notices are complete even when the import is cancelled.
 */
async function writePlanned(db: Db, planner: Planner, scanner: Scanner, data: ImportWorkerData, hooks: ImportHooks): Promise<ImportOutcome> {
  const next = async (): Promise<PlannerToWriter> => {
    const message = await planner.inbox.next();
    if (message.type === 'failed') throw fromFailure(message.error);
    return message;
  };
  const writer = new ImportWriter(db, data.input, resolveTargets(db, data.input, hooks), hooks);
  const total = scanner.scan.then((scan) => {
    // Before the row warnings of the batches stored meanwhile, as when the pass came first.
    writer.result.warnings.unshift(...scan.warnings);
    return scan.total;
  });
  // Awaited once the first batch is stored; a failure before then (the planner's error comes first) is not unhandled.
  total.catch(() => undefined);
  let taken = 0;
  const outcome = await writeBatches(db, writer, total, hooks, async () => {
    // Asked for the next plan once the previous one is stored: the planner's lookups now see it.
    if (taken > 0) planner.worker.postMessage({ type: 'written' } satisfies WriterToPlanner);
    const message = await next();
    if (message.type === 'end') return null;
    if (message.type !== 'plan') throw new Error(`The import planner sent "${message.type}" where a plan was due.`);
    taken += 1;
    return message.plan;
  });
  await total;
  return outcome;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-worker must run in a worker thread');
  const data = workerData as ImportWorkerData;
  if (data.role === 'scan') {
    const message: ScannerToWriter = await scanImportFile(data.input).then(
      ({ total, warnings }) => ({ type: 'scanned', total, warnings }),
      (error: unknown) => ({ type: 'failed', error: toFailure(error) }),
    );
    port.postMessage(message);
    return;
  }
  if (data.role === 'plan') {
    await runPlanner(port, data).catch((error: unknown) => port.postMessage({ type: 'failed', error: toFailure(error) } satisfies PlannerToWriter));
    return;
  }
  let message: WriterToCore;
  try {
    message = { type: 'done', outcome: await runWriter(port, data) };
  } catch (error) {
    message = { type: 'failed', error: toFailure(error) };
  }
  port.postMessage(message);
}

void main();
