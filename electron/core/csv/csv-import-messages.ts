// The messages between the core, the import's writing thread and its planning thread, and how an error
// crosses a thread boundary (a DomainError keeps its code and issues). Runs in plain Node, in all three.
import type { ImportInput } from '../../contract';
import type { WorkerScript } from '../core-context';
import { DomainError } from '../errors';
import type { ImportOutcome } from './csv-import';
import type { BatchPlan } from './csv-import-plan';

export interface WorkerFailure {
  message: string;
  /** Set when the failure is a DomainError the caller should see as is (invalid_input, not_found, ...). */
  code?: DomainError['code'];
  issues?: DomainError['issues'];
  stack?: string;
}

export interface ImportWorkerData {
  role: 'write' | 'plan';
  databasePath: string;
  nativeBinding: string | undefined;
  input: ImportInput;
  /** This worker's own script, so the writing thread can start the planning one. */
  script: WorkerScript;
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

/** Planning thread → writing thread. */
export type PlannerToWriter =
  | { type: 'parsed'; total: number }
  | { type: 'plan'; plan: BatchPlan }
  | { type: 'failed'; error: WorkerFailure };

/** Writing thread → planning thread: a plan was taken, one more may be made. */
export interface WriterToPlanner {
  type: 'taken';
}

export function toFailure(error: unknown): WorkerFailure {
  if (error instanceof DomainError) return { message: error.message, code: error.code, issues: error.issues };
  return error instanceof Error ? { message: error.message, ...(error.stack ? { stack: error.stack } : {}) } : { message: String(error) };
}

export function fromFailure(failure: WorkerFailure): Error {
  if (failure.code) return new DomainError(failure.code, failure.message, failure.issues);
  const error = new Error(`The import worker failed: ${failure.message}`);
  if (failure.stack) error.stack = failure.stack;
  return error;
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
