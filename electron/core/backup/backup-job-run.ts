// Runs one job's code where it is (in a worker thread or in-thread) and turns what it throws into plain
// data that can cross a thread, and back into DomainErrors the caller sees. Runs in plain Node and workers.
import type { FieldIssue } from '../../contract';
import { DomainError } from '../errors';
import { JobCancelled } from './backup-files';
import type { JobHooks, JobParams } from './backup-job';
import { ArchiveProblem } from './backup-manifest-rules';
import { openBackup } from './backup-restore';
import { writeBackup } from './backup-write';

export type JobValue = Awaited<ReturnType<typeof writeBackup>> | Awaited<ReturnType<typeof openBackup>>;

export function runJob(params: JobParams, hooks: JobHooks): Promise<JobValue> {
  return params.kind === 'create' ? writeBackup(params, hooks) : openBackup(params, hooks);
}

export interface JobFailure {
  kind: 'domain' | 'problem' | 'cancelled' | 'other';
  code?: DomainError['code'];
  message: string;
  issues?: FieldIssue[];
  stack?: string;
}

export function toFailure(error: unknown): JobFailure {
  if (error instanceof DomainError) return { kind: 'domain', code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
  if (error instanceof ArchiveProblem) return { kind: 'problem', message: error.message };
  if (error instanceof JobCancelled) return { kind: 'cancelled', message: error.message };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'other', message, ...(error instanceof Error && error.stack ? { stack: error.stack } : {}) };
}

export const CANCELLED_MESSAGE = 'Cancelled: nothing was written and nothing changed.';

/** The error the channel answers with. */
export function fromFailure(failure: JobFailure): Error {
  switch (failure.kind) {
    case 'domain':
      return new DomainError(failure.code ?? 'invalid_input', failure.message, failure.issues);
    case 'problem':
      return new DomainError('invalid_input', `${failure.message} Nothing was changed.`);
    case 'cancelled':
      return new DomainError('unavailable', CANCELLED_MESSAGE);
    case 'other':
      return Object.assign(new Error(failure.message), failure.stack ? { stack: failure.stack } : {});
  }
}
