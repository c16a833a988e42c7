// Runs a CSV import on one connection: parse, check the mapping and target role, then batches of rows,
// each batch one transaction, with a checkpoint between batches for progress events and cancellation.
// Duplicates are found in an in-memory email/phone map built once. Runs in plain Node: in the import
// worker thread (csv-import-worker.ts) or, without one, on the core's own connection (csv-import-run.ts).
import type { ImportInput, ImportMapping, ImportResult, ImportRowError } from '../../contract';
import { ActivityBatch } from '../activity/activity-repo';
import { nextStamp } from '../clock';
import type { Db } from '../db/open-database';
import { invalidInput } from '../errors';
import { CandidateBulkWriter } from './candidate-bulk-insert';
import { parseCsv, sourceText, type CsvRow } from './csv-parse';
import { duplicateKeys, readRow } from './csv-row-rules';
import { mergeInto, RoleTargets } from './csv-import-targets';
import { loadDuplicateKeys } from './csv-import-keys';
import { timeOrderedUuid } from './time-ordered-id';

// Rows per transaction. Each commit is an fsync (synchronous=FULL) plus a flush of the search index's
// pending segment, so larger batches amortize both; 5,000 rows still commit in well under a second.
export const IMPORT_BATCH_ROWS = 5000;

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

interface RunState {
  db: Db;
  input: ImportInput;
  columns: number;
  writer: CandidateBulkWriter;
  activity: ActivityBatch;
  /** Candidates created in the current batch, for its one activity entry. */
  created: string[];
  /** New candidates queued in the writer whose role (if any) is applied after the flush. */
  queuedRoles: [id: string, role: string][];
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

function remember(keys: Map<string, string>, draftKeys: readonly string[], id: string): void {
  for (const key of draftKeys) if (!keys.has(key)) keys.set(key, id);
}

function existingFor(keys: Map<string, string>, draftKeys: readonly string[]): string | undefined {
  for (const key of draftKeys) {
    const id = keys.get(key);
    if (id !== undefined) return id;
  }
  return undefined;
}

/** Writes the queued new candidates, then adds them to their roles (in row order, so positions stay right). */
function flushQueued(state: RunState, at: string): void {
  state.writer.flush();
  for (const [id, role] of state.queuedRoles) state.targets.apply(state.db, id, role, at, false);
  state.queuedRoles = [];
}

function importRow(state: RunState, row: CsvRow, at: string): void {
  const outcome = readRow(row, state.columns, state.input.mapping);
  if (!outcome.ok) {
    state.result.errors.push({ line: row.line, reason: outcome.reason });
    return;
  }
  const { draft } = outcome;
  const keys = duplicateKeys(draft);
  const existing = state.input.duplicates === 'create' ? undefined : existingFor(state.keys, keys);
  if (existing !== undefined && state.input.duplicates === 'skip') {
    state.result.skipped += 1;
    return;
  }
  if (existing !== undefined) {
    // The stored candidate may be one queued earlier in this batch: write the queue first.
    flushQueued(state, at);
    mergeInto(state.db, existing, draft, at, row.line);
    remember(state.keys, keys, existing);
    state.targets.apply(state.db, existing, draft.role, at, true);
    state.result.merged += 1;
    return;
  }
  const id = timeOrderedUuid();
  state.writer.insert(id, draft, at);
  remember(state.keys, keys, id);
  if (state.targets.wants(draft.role)) state.queuedRoles.push([id, draft.role]);
  state.created.push(id);
  state.result.imported += 1;
}

/**
 * For the length of an import: a larger page cache (128 MB at most, allocated as needed) and no WAL
 * checkpoint after every batch commit; one checkpoint at the end instead. Durability is unchanged:
 * every batch commit is still synced (synchronous=FULL).
 */
function bulkPragmas(db: Db): () => void {
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

async function runBatches(state: RunState, rows: readonly CsvRow[], hooks: ImportHooks): Promise<void> {
  const { db } = state;
  let stop = await hooks.checkpoint(0, rows.length);
  for (let start = 0; start < rows.length; start += IMPORT_BATCH_ROWS) {
    if (stop) {
      state.result.cancelled = true;
      return;
    }
    const batch = rows.slice(start, start + IMPORT_BATCH_ROWS);
    db.transaction(() => {
      const at = nextStamp(hooks);
      state.created = [];
      for (const row of batch) importRow(state, row, at);
      flushQueued(state, at);
      logBatch(state, at);
    }).immediate();
    stop = await hooks.checkpoint(start + batch.length, rows.length);
  }
}

/** Imports every valid row; a bad row is reported with its line and the others are kept. */
export async function importCsv(db: Db, input: ImportInput, hooks: ImportHooks): Promise<ImportOutcome> {
  const parsed = parseCsv(sourceText(input));
  checkMapping(input.mapping, parsed.headers);
  const targets = RoleTargets.resolve(db, input, nextStamp(hooks), input.mapping.role != null);
  const errors: ImportRowError[] = [];
  const state: RunState = {
    db, input, columns: parsed.headers.length, writer: new CandidateBulkWriter(db),
    activity: new ActivityBatch(db), created: [], queuedRoles: [],
    keys: loadDuplicateKeys(db), targets, result: { imported: 0, merged: 0, skipped: 0, errors, cancelled: false },
  };
  const restore = bulkPragmas(db);
  try {
    await runBatches(state, parsed.rows, hooks);
  } finally {
    restore();
  }
  return { result: state.result, touchedRoles: [...targets.touchedRoles] };
}
