// The CSV import's planning and scanning threads (started by its writing thread, csv-import-worker.ts). The
// planning thread reads the file's rows and plans batches (csv-import-plan.ts) one or two ahead of the writer: a
// small file read once with its rows kept, its first pass's findings reported too; a larger one streamed a
// batch at a time while the scanning thread makes the first pass over it (checks it, counts its rows for
// progress, collects its notices). A script of its own that loads only the planning code (no schemas), so these
// threads start fast. Runs in Node worker_threads Workers.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads';
import { checkpointCommitted } from '../db/bulk-write-pragmas';
import { StoredKeys } from './csv-import-keys-repo';
import { Inbox, openImportConnection, toFailure, type ImportWorkerData, type PlannerToWriter, type ScannerToWriter, type WriterToPlanner } from './csv-import-messages';
import { IMPORT_BATCH, ImportPlanner, readImportRows, readSmallImport, scanImportFile, type ImportBatches } from './csv-import-plan';

/** Plans made but not yet written (the one being written included): enough to keep the writer busy, few enough to bound memory. */
const PLANS_AHEAD = 2;

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
  const db = openImportConnection(data);
  try {
    if (data.small) {
      const small = await readSmallImport(data.input, IMPORT_BATCH);
      rows = small;
      send({ type: 'scanned', total: small.total, warnings: small.warnings });
    } else {
      rows = await readImportRows(data.input, IMPORT_BATCH);
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
    // import has only the last ones left to copy.
    await rows.close();
    if (!data.holdCheckpoints && !stopping) checkpointCommitted(db);
  } finally {
    await rows?.close();
    db.close();
  }
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-planner-worker must run in a worker thread');
  const data = workerData as ImportWorkerData;
  if (data.role === 'scan') {
    const message: ScannerToWriter = await scanImportFile(data.input).then(
      ({ total, warnings }) => ({ type: 'scanned', total, warnings }),
      (error: unknown) => ({ type: 'failed', error: toFailure(error) }),
    );
    port.postMessage(message);
    return;
  }
  await runPlanner(port, data).catch((error: unknown) => port.postMessage({ type: 'failed', error: toFailure(error) } satisfies PlannerToWriter));
}

void main();
