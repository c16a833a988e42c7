// Runs a CSV import: parse, check the mapping and target role, then batches of rows, each batch one
// transaction, yielding between batches for progress events and cancellation. Duplicates are found in an
// in-memory email/phone map built once. Runs in plain Node (core), called by candidates:import.
import type { ImportInput, ImportMapping, ImportResult, ImportRowError } from '../../contract';
import { ActivityBatch } from '../activity/activity-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, invalidInput } from '../errors';
import type { BatchJob } from '../postings/batch-jobs';
import { CandidateBulkWriter } from './candidate-bulk-insert';
import { parseCsv, sourceText, type CsvRow } from './csv-parse';
import { duplicateKeys, readRow, type CandidateDraft } from './csv-row-rules';
import { mergeInto, RoleTargets } from './csv-import-targets';
import { loadDuplicateKeys } from './csv-import-keys';
import { timeOrderedUuid } from './time-ordered-id';

// Rows per transaction. Each commit is an fsync (synchronous=FULL) plus a flush of the search index's
// pending segment, so larger batches amortize both; 5,000 rows still commit in well under a second.
export const IMPORT_BATCH_ROWS = 5000;

interface RunState {
  ctx: CoreContext;
  input: ImportInput;
  columns: number;
  writer: CandidateBulkWriter;
  activity: ActivityBatch;
  /** Candidates created in the current batch, for its one activity entry. */
  created: string[];
  keys: Map<string, string>;
  targets: RoleTargets;
  result: ImportResult;
}

function checkMapping(mapping: ImportMapping, headers: readonly string[]): void {
  const issues = Object.entries(mapping)
    .filter(([, index]) => index != null && index >= headers.length)
    .map(([field]) => ({ path: ['mapping', field], message: `The file has only ${headers.length} columns` }));
  if (issues.length > 0) throw invalidInput(issues);
  const hasName = mapping.name != null || mapping.firstName != null || mapping.lastName != null || mapping.email != null;
  if (!hasName) throw invalidInput([{ path: ['mapping', 'name'], message: 'Choose the column with the name (or the email)' }]);
}

function remember(keys: Map<string, string>, draft: CandidateDraft, id: string): void {
  for (const key of duplicateKeys(draft)) if (!keys.has(key)) keys.set(key, id);
}

function existingFor(keys: Map<string, string>, draft: CandidateDraft): string | undefined {
  for (const key of duplicateKeys(draft)) {
    const id = keys.get(key);
    if (id !== undefined) return id;
  }
  return undefined;
}

function importRow(state: RunState, row: CsvRow, at: string): void {
  const outcome = readRow(row, state.columns, state.input.mapping);
  if (!outcome.ok) {
    state.result.errors.push({ line: row.line, reason: outcome.reason });
    return;
  }
  const { draft } = outcome;
  const existing = state.input.duplicates === 'create' ? undefined : existingFor(state.keys, draft);
  if (existing !== undefined && state.input.duplicates === 'skip') {
    state.result.skipped += 1;
    return;
  }
  if (existing !== undefined) {
    mergeInto(state.ctx.db, existing, draft, at, row.line);
    remember(state.keys, draft, existing);
    state.targets.apply(state.ctx.db, existing, draft.role, at, true);
    state.result.merged += 1;
    return;
  }
  const id = timeOrderedUuid();
  state.writer.insert(id, draft, at);
  remember(state.keys, draft, id);
  state.targets.apply(state.ctx.db, id, draft.role, at, false);
  state.created.push(id);
  state.result.imported += 1;
}

/**
 * For the length of an import: a larger page cache (128 MB at most, allocated as needed) and no WAL
 * checkpoint after every batch commit; one checkpoint at the end instead. Durability is unchanged:
 * every batch commit is still synced (synchronous=FULL).
 */
function bulkPragmas(db: CoreContext['db']): () => void {
  const cache: unknown = db.pragma('cache_size', { simple: true });
  const checkpoint: unknown = db.pragma('wal_autocheckpoint', { simple: true });
  db.pragma('cache_size = -131072');
  db.pragma('wal_autocheckpoint = 0');
  return () => {
    db.pragma(`cache_size = ${Math.trunc(Number(cache))}`);
    db.pragma(`wal_autocheckpoint = ${Math.trunc(Number(checkpoint))}`);
    db.pragma('wal_checkpoint(PASSIVE)');
  };
}

/** One 'created' entry for the batch's new candidates; each one's timeline shows it (activity_subjects). */
function logBatch(state: RunState, at: string): void {
  if (state.created.length === 0) return;
  const { input } = state;
  const details = { via: 'import', count: state.created.length, ...(input.fileName ? { fileName: input.fileName } : {}) };
  state.activity.log({ entityType: 'candidate', entityId: input.jobId, action: 'created', details, at }, state.created);
}

const yieldToEvents = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

async function runBatches(state: RunState, rows: readonly CsvRow[], job: BatchJob): Promise<void> {
  const { ctx, input } = state;
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
    if (job.cancelled) {
      state.result.cancelled = true;
      return;
    }
    const batch = rows.slice(start, start + IMPORT_BATCH_ROWS);
    ctx.db.transaction(() => {
      const at = nextStamp(ctx);
      state.created = [];
      for (const row of batch) importRow(state, row, at);
      logBatch(state, at);
    }).immediate();
    ctx.emit('candidates:import-progress', { jobId: input.jobId, done: start + batch.length, total: rows.length });
    await yieldToEvents();
  }
}

/** Imports every valid row; a bad row is reported with its line and the others are kept. */
export async function runImport(ctx: CoreContext, input: ImportInput): Promise<ImportResult> {
  const parsed = parseCsv(sourceText(input));
  checkMapping(input.mapping, parsed.headers);
  const targets = RoleTargets.resolve(ctx.db, input, nextStamp(ctx), input.mapping.role != null);
  const job = ctx.jobs.start(input.jobId);
  if (!job) throw new DomainError('conflict', 'An import with this job id is already running.');
  const errors: ImportRowError[] = [];
  const state: RunState = {
    ctx, input, columns: parsed.headers.length, writer: new CandidateBulkWriter(ctx.db),
    activity: new ActivityBatch(ctx.db), created: [],
    keys: loadDuplicateKeys(ctx.db), targets, result: { imported: 0, merged: 0, skipped: 0, errors, cancelled: false },
  };
  const restore = bulkPragmas(ctx.db);
  try {
    await runBatches(state, parsed.rows, job);
  } finally {
    restore();
    ctx.jobs.finish(input.jobId);
  }
  if (state.result.imported + state.result.merged > 0) {
    ctx.changed('candidates', []);
    if (targets.touchedRoles.size > 0) ctx.changed('pipeline', [...targets.touchedRoles]);
  }
  return state.result;
}
