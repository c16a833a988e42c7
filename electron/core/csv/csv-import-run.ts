// candidates:import on the core's side: registers the job (for cancel), runs the import in its worker
// threads when the core was given them (CLI, Electron; a one-shot CLI command stores the planning thread's
// batches on the core's own connection) or on the core's own connection otherwise (tests),
// turns checkpoints into candidates:import-progress events and records what changed. Runs in plain Node.
import type { ImportInput, ImportResult } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { BatchJob } from '../jobs';
import { importCsv, type ImportHooks, type ImportOutcome } from './csv-import';
import { importInWorker, importWithPlanner } from './csv-import-worker-client';

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
    // Stored on the core's connection (without a writing thread), the batches block its thread for one batch at
    // a time (about a quarter of a second): acceptable in tests, scripts and a one-shot CLI command, which have
    // no window to keep alive and no other request to answer.
    const script = ctx.workers.csvImport;
    if (!script) outcome = await importCsv(ctx.db, input, hooks);
    else if (ctx.workers.importWriter === 'core') outcome = await importWithPlanner(ctx, script, input, hooks);
    else outcome = await importInWorker(ctx, script, input, hooks);
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
