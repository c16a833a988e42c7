// The CSV import's writing half in its thread: stores the batches the planning thread hands over, one per
// transaction, checking with the core between batches (progress, cancel). Loaded by csv-import-worker.ts once
// the helper threads are starting. Runs in a Node worker_threads Worker.
import type { MessagePort } from 'node:worker_threads';
import type { Db } from '../db/open-database';
import { ImportWriter, resolveTargets, writeBatches, type ImportHooks, type ImportOutcome } from './csv-import';
import { fromFailure, Inbox, openImportConnection, type CoreToWriter, type ImportWorkerData, type PlannerToWriter, type WriterToCore, type WriterToPlanner } from './csv-import-messages';
import type { Planner, ScanFindings } from './csv-import-threads';

/** Opens this thread's connection and writes the planner's batches; `scan`: the first pass's findings. */
export async function writeImport(port: MessagePort, data: ImportWorkerData, planner: Planner, scan: Promise<ScanFindings>): Promise<ImportOutcome> {
  const answers = new Inbox<CoreToWriter>();
  port.on('message', (message: CoreToWriter) => answers.push(message));
  const hooks: ImportHooks = {
    now: () => new Date(),
    checkpoint: (done, total) => {
      port.postMessage({ type: 'checkpoint', done, total } satisfies WriterToCore);
      return answers.next().then((answer) => answer.stop);
    },
  };
  const db = openImportConnection(data);
  try {
    return await writePlanned(db, planner, scan, data, hooks);
  } finally {
    db.close();
  }
}

/**
 * Writes the batches the planning thread hands over, in order, while it plans the next ones (on the writing
 * thread's connection, or on the core's when the core writes: csv-import-worker-client.ts). The first pass's
 * findings (the scanning thread's, or a small file's planner's) are waited for once the first batch is stored
 * (its progress names the total) and before the outcome, so the file's notices are complete even when the
 * import is cancelled.
 */
export async function writePlanned(db: Db, planner: Planner, scan: Promise<ScanFindings>, data: ImportWorkerData, hooks: ImportHooks): Promise<ImportOutcome> {
  const next = async (): Promise<PlannerToWriter> => {
    const message = await planner.inbox.next();
    if (message.type === 'failed') throw fromFailure(message.error);
    return message;
  };
  const writer = new ImportWriter(db, data.input, resolveTargets(db, data.input, hooks), hooks);
  const total = scan.then((findings) => {
    // Before the row warnings of the batches stored meanwhile, as when the pass came first.
    writer.result.warnings.unshift(...findings.warnings);
    return findings.total;
  });
  // Awaited once the first batch is stored; a failure before then (the planner's error comes first) is not unhandled.
  total.catch(() => undefined);
  let taken = 0;
  const outcome = await writeBatches(db, writer, total, hooks, async () => {
    // Asked for the next plan once the previous one is stored: the planner's lookups now see it.
    if (taken > 0) planner.worker.postMessage({ type: 'written' } satisfies WriterToPlanner);
    const message = await next();
    if (message.type === 'end') {
      // The planner is copying the batches stored so far into the main file; the import's closing checkpoint
      // comes after that one (two at once: the second copies nothing and leaves the last batches in the -wal).
      if ((await next()).type !== 'copied') throw new Error('The import planner sent a message where "copied" was due.');
      return null;
    }
    if (message.type !== 'plan') throw new Error(`The import planner sent "${message.type}" where a plan was due.`);
    taken += 1;
    return message.plan;
  });
  await total;
  return outcome;
}
