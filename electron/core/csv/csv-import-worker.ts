// The CSV import worker threads, two per import, both from this script: the writing thread (started by
// the core) opens its own connection to the same WAL database (same pragmas, the SQLite binding the core
// was given) and stores one planned batch per transaction, checking with the core between batches; it
// starts the planning thread, which parses the file and plans batches (csv-import-plan.ts) one or two
// ahead, so both of a two-core machine's cores work. Runs in Node worker_threads Workers.
import fs from 'node:fs';
import { parentPort, Worker, workerData, type MessagePort } from 'node:worker_threads';
import { openDatabase, type Db } from '../db/open-database';
import { importCsv, ImportWriter, resolveTargets, writeBatches, IMPORT_BATCH_ROWS, type ImportHooks, type ImportOutcome } from './csv-import';
import { loadDuplicateKeys } from './csv-import-keys';
import {
  fromFailure, Inbox, toFailure, type CoreToWriter, type ImportWorkerData, type PlannerToWriter, type WriterToCore, type WriterToPlanner,
} from './csv-import-messages';
import { ImportPlanner, readImportRows } from './csv-import-plan';

/** Plans made but not yet taken by the writer: enough to keep it busy, few enough to bound memory. */
const PLANS_AHEAD = 2;
/**
 * Below this size (about 20,000 rows of name, email, phone, city, source, tags and a note) the file is
 * planned in the writing thread itself: starting a second thread costs more than overlapping saves.
 */
const PLAN_ALONE_CHARS = 2_000_000;

const openFor = (data: ImportWorkerData) => openDatabase(data.databasePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});

async function runPlanner(port: MessagePort, data: ImportWorkerData): Promise<void> {
  const send = (message: PlannerToWriter): void => port.postMessage(message);
  const db = openFor(data);
  let keys: Map<string, string>;
  try {
    keys = loadDuplicateKeys(db);
  } finally {
    db.close();
  }
  const { rows, columns } = readImportRows(data.input);
  send({ type: 'parsed', total: rows.length });
  const planner = new ImportPlanner(data.input, columns, keys);
  const taken = new Inbox<WriterToPlanner>();
  port.on('message', (message: WriterToPlanner) => taken.push(message));
  for (let start = 0, ahead = 0; start < rows.length; start += IMPORT_BATCH_ROWS, ahead += 1) {
    if (ahead >= PLANS_AHEAD) {
      await taken.next();
      ahead -= 1;
    }
    send({ type: 'plan', plan: planner.plan(rows.slice(start, start + IMPORT_BATCH_ROWS)) });
  }
}

/** Starts the planning thread and hands its messages over in order. */
function startPlanner(data: ImportWorkerData): { inbox: Inbox<PlannerToWriter>; worker: Worker } {
  const inbox = new Inbox<PlannerToWriter>();
  const worker = new Worker(data.script.path, { workerData: { ...data, role: 'plan' } satisfies ImportWorkerData, execArgv: data.script.execArgv ?? [] });
  worker.on('message', (message: PlannerToWriter) => inbox.push(message));
  worker.on('error', (error) => inbox.push({ type: 'failed', error: toFailure(error) }));
  return { inbox, worker };
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
  const db = openFor(data);
  try {
    const size = data.input.text?.length ?? fileSize(data.input.path);
    return await (size < PLAN_ALONE_CHARS ? importCsv(db, data.input, hooks) : writePlanned(db, data, hooks));
  } finally {
    db.close();
  }
}

/** Writes the batches the planning thread hands over, in order, while it plans the next ones. */
async function writePlanned(db: Db, data: ImportWorkerData, hooks: ImportHooks): Promise<ImportOutcome> {
  const planner = startPlanner(data);
  try {
    const next = async (): Promise<PlannerToWriter> => {
      const message = await planner.inbox.next();
      if (message.type === 'failed') throw fromFailure(message.error);
      return message;
    };
    const parsed = await next();
    const total = parsed.type === 'parsed' ? parsed.total : 0;
    const writer = new ImportWriter(db, data.input, resolveTargets(db, data.input, hooks), hooks);
    return await writeBatches(db, writer, total, hooks, async () => {
      const message = await next();
      if (message.type !== 'plan') throw new Error(`The import planner sent "${message.type}" where a plan was due.`);
      planner.worker.postMessage({ type: 'taken' } satisfies WriterToPlanner);
      return message.plan;
    });
  } finally {
    void planner.worker.terminate();
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-worker must run in a worker thread');
  const data = workerData as ImportWorkerData;
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
