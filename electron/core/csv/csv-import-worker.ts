// The CSV import worker thread: opens its own connection to the same WAL database (same pragmas, the
// SQLite binding the core was given), runs the import and talks to the core by messages: a checkpoint
// before the first and after every batch (the core answers whether to go on), then the outcome or the
// error. Runs in a Node worker_threads Worker started by csv-import-worker-client.ts.
import { parentPort, workerData } from 'node:worker_threads';
import type { ImportInput } from '../../contract';
import { openDatabase } from '../db/open-database';
import { DomainError } from '../errors';
import { importCsv, type ImportOutcome } from './csv-import';

export interface ImportWorkerData {
  databasePath: string;
  nativeBinding: string | undefined;
  input: ImportInput;
}

export interface WorkerFailure {
  message: string;
  /** Set when the failure is a DomainError the caller should see as is (invalid_input, not_found, ...). */
  code?: DomainError['code'];
  issues?: DomainError['issues'];
  stack?: string;
}

export type WorkerToCore =
  | { type: 'checkpoint'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; error: WorkerFailure };

export interface CoreToWorker {
  type: 'resume';
  stop: boolean;
}

function failure(error: unknown): WorkerFailure {
  if (error instanceof DomainError) return { message: error.message, code: error.code, issues: error.issues };
  return error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
}

async function main(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('csv-import-worker must run in a worker thread');
  const data = workerData as ImportWorkerData;
  const send = (message: WorkerToCore): void => port.postMessage(message);
  const resumed = (): Promise<boolean> =>
    new Promise((resolve) => port.once('message', (message: CoreToWorker) => resolve(message.stop)));
  let outcome: ImportOutcome;
  try {
    const db = openDatabase(data.databasePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
    try {
      outcome = await importCsv(db, data.input, {
        now: () => new Date(),
        checkpoint: (done, total) => {
          const answer = resumed();
          send({ type: 'checkpoint', done, total });
          return answer;
        },
      });
    } finally {
      db.close();
    }
  } catch (error) {
    send({ type: 'failed', error: failure(error) });
    return;
  }
  send({ type: 'done', outcome });
}

void main();
