// The messages between the core, the import's writing thread and its planning and scanning threads, how
// an error crosses a thread boundary (a DomainError keeps its code and issues), and the connection each
// import thread opens. Runs in plain Node, in all four.
import type { ImportInput } from '../../contract';
import type { WorkerScript } from '../core-context';
import { holdCheckpoints } from '../db/integrity-check';
import { openDatabase, type Db } from '../db/open-database';
import { DomainError, PartlySavedError } from '../errors';
import type { ImportOutcome } from './csv-import';
import type { BatchPlan } from './csv-import-plan';

export interface WorkerFailure {
  message: string;
  /** Set when the failure is a DomainError the caller should see as is (invalid_input, not_found, ...). */
  code?: DomainError['code'];
  issues?: DomainError['issues'];
  stack?: string;
  /** The SQLite or file-system code (SQLITE_FULL, ENOSPC …), so the core can say what happened. */
  errno?: string;
  /** What was saved before the failure (PartlySavedError), for the core's message. */
  saved?: string;
}

export interface ImportWorkerData {
  /** The writing thread (started by the core), its planning thread, or its scanning thread (the first pass over a large file). */
  role: 'write' | 'plan' | 'scan';
  databasePath: string;
  /** The data file's full check has not passed yet: the worker's commits stay in the -wal (no checkpoint). */
  holdCheckpoints?: boolean;
  nativeBinding: string | undefined;
  input: ImportInput;
  /** This worker's own script, so the writing thread can start the planning one. */
  script: WorkerScript;
  /**
   * The planning thread of a small file: it reads the file once, keeping its rows, and reports the first
   * pass's findings itself ('scanned') instead of a scanning thread.
   */
  small?: boolean;
}

/** An import thread's own connection to the data file (checkpoints held while its full check has not passed). */
export function openImportConnection(data: ImportWorkerData): Db {
  const db = openDatabase(data.databasePath, data.nativeBinding ? { nativeBinding: data.nativeBinding } : {});
  if (data.holdCheckpoints) holdCheckpoints(db);
  return db;
}

/** Writing thread → core. */
export type WriterToCore =
  | { type: 'checkpoint'; done: number; total: number }
  | { type: 'done'; outcome: ImportOutcome }
  | { type: 'failed'; error: WorkerFailure };

/** Core → writing thread, answering a checkpoint. */
export interface CoreToWriter {
  type: 'resume';
  stop: boolean;
}

/** The first pass's findings: the rows it counted and its notices about the file. */
export interface Scanned {
  type: 'scanned';
  total: number;
  warnings: string[];
}

/**
 * Planning thread → writing thread: a small file's first pass, plans in order, the end, 'copied' once its head
 * start on the closing checkpoint is over; 'stopped' once its file is closed.
 */
export type PlannerToWriter =
  | { type: 'plan'; plan: BatchPlan }
  | Scanned
  | { type: 'end' }
  | { type: 'copied' }
  | { type: 'stopped' }
  | { type: 'failed'; error: WorkerFailure };

/** Scanning thread → writing thread: the first pass's findings, or why it failed. */
export type ScannerToWriter = Scanned | { type: 'failed'; error: WorkerFailure };

/** Writing thread → planning thread: the oldest plan is stored, one more may be made; or stop reading and close the file. */
export interface WriterToPlanner {
  type: 'written' | 'stop';
}

export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof PartlySavedError) return { ...toFailure(error.cause), saved: error.saved };
  if (error instanceof DomainError) return { message: error.message, code: error.code, issues: error.issues };
  if (!(error instanceof Error)) return { message: String(error) };
  const errno = (error as { code?: unknown }).code;
  return { message: error.message, ...(error.stack ? { stack: error.stack } : {}), ...(typeof errno === 'string' ? { errno } : {}) };
}

export function fromFailure(failure: WorkerFailure): Error {
  let error: Error;
  if (failure.code) error = new DomainError(failure.code, failure.message, failure.issues);
  else {
    error = new Error(`The import worker failed: ${failure.message}`);
    if (failure.stack) error.stack = failure.stack;
    if (failure.errno) Object.assign(error, { code: failure.errno });
  }
  return failure.saved ? new PartlySavedError(failure.saved, error) : error;
}

/** Messages from a port, one at a time, in order (a message that arrives before anyone waits is kept). */
export class Inbox<T> {
  private readonly queued: T[] = [];
  private readonly waiting: ((message: T) => void)[] = [];

  push(message: T): void {
    const waiter = this.waiting.shift();
    if (waiter) waiter(message);
    else this.queued.push(message);
  }

  next(): Promise<T> {
    const message = this.queued.shift();
    if (message !== undefined) return Promise.resolve(message);
    return new Promise((resolve) => this.waiting.push(resolve));
  }
}
