// candidates:import on the core's side: registers the job (for cancel), runs the import in its worker
// thread when the core was given one (CLI, Electron) or on the core's own connection otherwise (tests),
// turns checkpoints into candidates:import-progress events and records what changed. Runs in plain Node.
import type { ImportInput, ImportResult } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { BatchJob } from '../jobs';
import { importCsv, type ImportHooks, type ImportOutcome } from './csv-import';
import { importInWorker } from './csv-import-worker-client';

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function hooksFor(ctx: CoreContext, input: ImportInput, job: BatchJob): ImportHooks {
  return {
    now: () => ctx.now(),
    checkpoint: async (done, total) => {
      if (done > 0) {
        ctx.emit('candidates:import-progress', { jobId: input.jobId, done, total });
        await yieldToEvents();
      }
      return job.cancelled;
    },
  };
}

/** Imports every valid row; a bad row is reported with its line and the others are kept. */
export async function runImport(ctx: CoreContext, input: ImportInput): Promise<ImportResult> {
  const job = ctx.jobs.start(input.jobId);
  if (!job) throw new DomainError('conflict', 'An import with this job id is already running.');
  let outcome: ImportOutcome;
  try {
    const hooks = hooksFor(ctx, input, job);
    // In-thread, the batches run on the core's connection and block its thread for one batch at a time
    // (about a quarter of a second): acceptable in tests and scripts, which have no window to keep alive.
    outcome = ctx.workers.csvImport
      ? await importInWorker(ctx, ctx.workers.csvImport, input, hooks)
      : await importCsv(ctx.db, input, hooks);
  } finally {
    ctx.jobs.finish(input.jobId);
  }
  const { result, touchedRoles } = outcome;
  if (result.imported + result.merged > 0) {
    ctx.changed('candidates', []);
    if (touchedRoles.length > 0) ctx.changed('pipeline', touchedRoles);
  }
  return result;
}
