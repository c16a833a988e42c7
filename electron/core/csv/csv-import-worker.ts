// The CSV import's writing thread (started by the core, csv-import-worker-client.ts): it first starts the
// planning thread, which reads the file's rows and plans batches one or two ahead, and for a file over 2 MB the
// scanning thread, which makes the first pass over the file meanwhile (csv-import-threads.ts,
// csv-import-planner-worker.ts); then it loads its own code (csv-import-writer.ts, with the contract's schemas,
// the slowest to load) and stores one planned batch per transaction on its own connection to the same WAL
// database (same pragmas, the SQLite binding the core was given), checking with the core between batches. Planning
// the next batch overlaps storing this one. Runs in a Node worker_threads Worker.
import { createRequire } from 'node:module';
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { toFailure, type ImportWorkerData, type WriterToCore } from './csv-import-messages';
import { startHelpers, stopHelpers } from './csv-import-threads';
import type { writeImport } from './csv-import-writer';

/**
 * The writing code: a script of its own built next to this one (csv-import-writer.cjs beside
 * csv-import-worker.cjs; the .ts beside the .ts from sources), required by path once the helper threads are
 * starting, so they load while it does. A bundler would hoist a plain import to this script's start, and
 * import() cannot load a .ts file in a worker thread run from sources (tests, tsx scripts).
 */
function loadWriter(): typeof writeImport {
  const file = path.join(__dirname, `csv-import-writer${path.extname(__filename)}`);
  return (createRequire(__filename)(file) as { writeImport: typeof writeImport }).writeImport;
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-worker must run in a worker thread');
  const data = workerData as ImportWorkerData;
  let message: WriterToCore;
  // Started before this thread loads its writing code, so both load at once.
  const helpers = startHelpers(data);
  const { planner, scanner } = helpers;
  try {
    const writeImport = loadWriter();
    message = { type: 'done', outcome: await writeImport(port, data, planner, scanner?.scan ?? planner.scan) };
  } catch (error) {
    message = { type: 'failed', error: toFailure(error) };
  } finally {
    await stopHelpers(helpers);
  }
  port.postMessage(message);
}

void main();
