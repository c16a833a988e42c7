// Worker thread entry: runs SQLite's quick_check or integrity_check on its own read-only connection and
// posts the outcome once, so a check of a large file never blocks the core's thread. Runs in a Node
// worker thread (built as out/main/data-check-worker.js and out/cli/data-check-worker.cjs).
import { parentPort, workerData } from 'node:worker_threads';
import { checkDatabaseFile, type CheckKind } from '../db/integrity-check';

export interface DataCheckWorkerData {
  databasePath: string;
  nativeBinding: string | undefined;
  kind: CheckKind;
}

const data = workerData as DataCheckWorkerData;
parentPort?.postMessage(checkDatabaseFile(data.databasePath, data.kind, data.nativeBinding));
