// The CSV import's planning and scanning threads (started by its writing thread, csv-import-worker.ts, or by the
// core; a planning thread may also be started before its import: StandbyPlanner, csv-import-thread-start.ts). The
// planning thread reads the file's rows and plans batches (csv-import-plan.ts) one or two ahead of the writer: a
// small file read once with its rows kept, its first pass's findings reported too; a larger one streamed a
// batch at a time while the scanning thread makes the first pass over it (checks it, counts its rows for
// progress, collects its notices). A script of its own that loads only the planning code (no schemas), so these
// threads start fast. Runs in Node worker_threads Workers.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkpointCommitted } from '../db/bulk-write-pragmas';
import { StoredKeys } from './csv-import-keys-repo';
import { Inbox, openImportConnection, toFailure, type ImportWorkerData, type PlannerToWriter, type ScannerToWriter, type WriterToPlanner } from './csv-import-messages';
import { importBatch, ImportPlanner, readImportRows, readSmallImport, readWholeFile, scanImportFile, type ImportBatches, type WholeFile } from './csv-import-plan';
import type { ToStandby } from './csv-import-thread-start';

/** Plans made but not yet written (the one being written included): enough to keep the writer busy, few enough to bound memory. */
const PLANS_AHEAD = 2;

/**
 * Plans batches ahead of the writer until the file ends or the writer says stop (then closes the file and
 * says so). Its own read connection answers which stored candidates have a batch's emails and phones.
 * `early`: a small file's reading already under way (a thread started before its import).
 */
async function runPlanner(port: MessagePort, data: ImportWorkerData, early?: Promise<WholeFile>): Promise<void> {
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
  const db = openImportConnection(data);
  try {
    if (data.small) {
      const small = await readSmallImport(data.input, importBatch(true), early);
      rows = small;
      send({ type: 'scanned', total: small.total, warnings: small.warnings });
    } else {
      rows = await readImportRows(data.input, importBatch(false));
    }
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
    // import has only the last ones left to copy. The writer waits for 'copied' before that checkpoint: of two
    // at once, the second copies nothing.
    await rows.close();
    try {
      if (!data.holdCheckpoints && !stopping) checkpointCommitted(db);
    } catch {
      // Only a head start (a full disk, say): the writer's own checkpoint copies what this one could not.
    }
    send({ type: 'copied' });
  } finally {
    await rows?.close();
    db.close();
  }
}

const plan = (port: MessagePort, data: ImportWorkerData, early?: Promise<WholeFile>): Promise<void> =>
  runPlanner(port, data, early).catch((error: unknown) => port.postMessage({ type: 'failed', error: toFailure(error) } satisfies PlannerToWriter));

/**
 * A thread started before its import (StandbyPlanner): reads the file it is told of, then plans once told to
 * begin. The early reading is used only for the same file read whole; a failed one is read again, so the
 * import's error is the one a fresh read gives.
 */
function standBy(port: MessagePort): void {
  let early: { path: string; file: Promise<WholeFile> } | null = null;
  const listen = (message: ToStandby): void => {
    if (message.type === 'read') {
      const file = readWholeFile({ path: message.path });
      file.catch(() => undefined);
      early = { path: message.path, file };
      return;
    }
    port.off('message', listen);
    const { data } = message;
    const input = data.input;
    const same = early !== null && data.small === true && input.text === undefined && input.path === early.path;
    if (early && !same) void early.file.then((unused) => unused.reader.close(), () => undefined);
    void plan(port, data, same && early ? early.file.catch(() => readWholeFile(input)) : undefined);
  };
  port.on('message', listen);
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-planner-worker must run in a worker thread');
  const data = workerData as ImportWorkerData | { role: 'standby' };
  if (data.role === 'standby') return standBy(port);
  if (data.role === 'scan') {
    const message: ScannerToWriter = await scanImportFile(data.input).then(
      ({ total, warnings }) => ({ type: 'scanned', total, warnings }),
      (error: unknown) => ({ type: 'failed', error: toFailure(error) }),
    );
    port.postMessage(message);
    return;
  }
  await plan(port, data);
}

void main();
