// Runs a CSV import's writing half on one connection: planned batches (csv-import-plan.ts) each stored in
// one transaction, with a checkpoint between batches for progress events and cancellation. importCsv
// reads, plans and writes in turn on one thread, a batch of rows at a time (tests, a core without worker
// scripts); the import's threads plan in one while the other writes (csv-import-worker.ts). Runs in plain Node.
import type { ImportInput, ImportResult } from '../../contract';
import { PartlySavedError } from '../errors';
import { ActivityBatch } from '../activity/activity-repo';
import { nextStamp } from '../clock';
import type { Db } from '../db/open-database';
import { CandidateBulkWriter } from './candidate-bulk-repo';
import { importBatch, ImportPlanner, openImportRows, type BatchPlan } from './csv-import-plan';
import { plannedAlone } from './csv-import-thread-start';
import { mergeInto, RoleTargets } from './csv-import-targets';
import { StoredKeys } from './csv-import-keys-repo';
import { bulkWritePragmas } from '../db/bulk-write-pragmas';

/** Row warnings listed one by one in the result; past this many, one line counts the rest. */
export const MAX_ROW_WARNINGS = 100;

/** What the caller of importCsv provides: the clock and the pause between batches. */
export interface ImportHooks {
  now(): Date;
  /**
   * Called before the first batch (done 0) and after every batch: reports progress and gives the caller
   * a chance to run other work. Resolves true to stop before the next batch.
   */
  checkpoint(done: number, total: number): Promise<boolean>;
}

export interface ImportOutcome {
  result: ImportResult;
  /** Roles that got new applications (their pipelines changed). */
  touchedRoles: string[];
}

/** Stores planned batches: candidates, merges, roles and one activity entry per batch. */
export class ImportWriter {
  readonly result: ImportResult & { duplicates: NonNullable<ImportResult['duplicates']> } = {
    imported: 0, merged: 0, skipped: 0, errors: [], cancelled: false, warnings: [], duplicates: [],
  };
  /** Row warnings seen (those past MAX_ROW_WARNINGS are only counted). */
  private rowWarnings = 0;
  private readonly candidates: CandidateBulkWriter;
  private readonly activity: ActivityBatch;

  constructor(
    private readonly db: Db,
    private readonly input: Pick<ImportInput, 'jobId' | 'fileName'>,
    private readonly targets: RoleTargets,
    private readonly hooks: Pick<ImportHooks, 'now'>,
  ) {
    this.candidates = new CandidateBulkWriter(db);
    this.activity = new ActivityBatch(db);
  }

  /** One transaction: the batch is stored whole or not at all. */
  write(plan: BatchPlan): void {
    const { db, targets } = this;
    db.transaction(() => {
      const at = nextStamp(this.hooks);
      const created: string[] = [];
      for (const step of plan.steps) {
        if (step.kind === 'insert') {
          this.candidates.write(step, at);
          step.ids.forEach((id, i) => {
            created.push(id);
            const role = step.roles[i] ?? '';
            if (targets.wants(role)) targets.apply(db, id, role, at, false);
          });
        } else {
          mergeInto(db, step.id, step.draft, at, step.line);
          targets.apply(db, step.id, step.draft.role, at, true);
        }
      }
      this.logBatch(created, at);
    }).immediate();
    this.count(plan);
  }

  private count(plan: BatchPlan): void {
    this.result.imported += plan.imported;
    this.result.merged += plan.merged;
    this.result.skipped += plan.skipped;
    for (const error of plan.errors) this.result.errors.push(error);
    for (const warning of plan.warnings) {
      if (this.rowWarnings < MAX_ROW_WARNINGS) this.result.warnings.push(warning);
      this.rowWarnings += 1;
    }
    for (const duplicate of plan.duplicates) this.result.duplicates.push(duplicate);
  }

  /** One 'created' entry for the batch's new candidates; each one's timeline shows it (activity_subjects). */
  private logBatch(created: string[], at: string): void {
    if (created.length === 0) return;
    const { input } = this;
    const details = { via: 'import', count: created.length, ...(input.fileName ? { fileName: input.fileName } : {}) };
    this.activity.log({ entityType: 'candidate', entityId: input.jobId, action: 'created', details, at }, created);
  }

  outcome(): ImportOutcome {
    const more = this.rowWarnings - MAX_ROW_WARNINGS;
    if (more > 0) {
      this.result.warnings.push(`${more.toLocaleString('en-US')} more ${more === 1 ? 'row was' : 'rows were'} imported without a name, under the e-mail address, like the ones above.`);
    }
    return { result: this.result, touchedRoles: [...this.targets.touchedRoles] };
  }
}

/**
 * Writes the batches `nextPlan` hands over (null: the file is done), checking in between; stops when asked.
 * `total` (the rows the first pass counted) is for progress: a promise when that pass is still running on
 * another thread, waited for once the first batch is stored (0 until then).
 */
export async function writeBatches(
  db: Db, writer: ImportWriter, total: number | Promise<number>, hooks: ImportHooks, nextPlan: () => Promise<BatchPlan | null>,
): Promise<ImportOutcome> {
  const restore = bulkWritePragmas(db);
  try {
    let done = 0;
    let stop = await hooks.checkpoint(0, typeof total === 'number' ? total : 0);
    for (;;) {
      // A stop asked for during the last batch comes too late to leave anything out.
      if (stop) {
        writer.result.cancelled = done < (await total);
        break;
      }
      const plan = await nextPlan();
      if (plan === null) break;
      writer.write(plan);
      done += plan.rows;
      stop = await hooks.checkpoint(done, await total);
    }
  } catch (error) {
    try {
      restore();
    } catch {
      // After a failure (a full disk), the checkpoint in restore() may fail too: the first error is the one to report.
    }
    throw savedSoFar(writer.result, error);
  }
  restore();
  return writer.outcome();
}

/** A failure after some batches were committed says how many rows those batches saved. */
export function savedSoFar(result: ImportResult, error: unknown): unknown {
  const rows = result.imported + result.merged;
  if (rows === 0 || error instanceof PartlySavedError) return error;
  const merged = result.merged > 0 ? ` (${result.merged.toLocaleString('en-US')} of them merged into existing candidates)` : '';
  return new PartlySavedError(`${rows.toLocaleString('en-US')} rows were imported and saved${merged}`, error);
}

/** The role and stage checked before anything is written; unknown ones are refused. */
export function resolveTargets(db: Db, input: ImportInput, hooks: Pick<ImportHooks, 'now'>): RoleTargets {
  return RoleTargets.resolve(db, input, nextStamp(hooks), input.mapping.role != null);
}

/** Imports every valid row on this thread; a bad row is reported with its line and the others are kept. */
export async function importCsv(db: Db, input: ImportInput, hooks: ImportHooks): Promise<ImportOutcome> {
  const rows = await openImportRows(input, importBatch(plannedAlone(input)));
  try {
    const targets = resolveTargets(db, input, hooks);
    const planner = new ImportPlanner(input, rows.columns, new StoredKeys(db));
    const writer = new ImportWriter(db, input, targets, hooks);
    writer.result.warnings = rows.warnings;
    return await writeBatches(db, writer, rows.total, hooks, async () => {
      // The batch planned before this one is stored by now.
      planner.written();
      const batch = await rows.next();
      return batch.length === 0 ? null : planner.plan(batch);
    });
  } finally {
    await rows.close();
  }
}
