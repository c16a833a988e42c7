// The JavaScript half of an import, with no database writes: reads and checks the file (a first streamed
// pass for the header, the total and the notices, then the rows a batch at a time), turns each batch of
// rows into a plan (new candidates as ready-to-insert JSON per table, merges, skips, bad rows) and finds
// duplicates (stored candidates asked once per batch; rows not yet written, in memory). Runs in plain
// Node: in the import's planning thread while the writing thread stores the previous batch, or in the
// same thread (csv-import.ts).
import type { ImportInput, ImportMapping, ImportRowError, ImportSkippedRow } from '../../contract';
import { cleanUrl, nameKey, normalizeEmail, normalizeTag, phoneDigits, phoneSearchTokens, sourceFromText } from '../candidates/candidates-rules';
import { invalidInput } from '../errors';
import type { StoredKeys } from './csv-import-keys-repo';
import { looksLikeHeader } from './csv-mapping-rules';
import { CsvReader, scanCsv, type CsvRow } from './csv-parse';
import { duplicateKeys, readRow, type CandidateDraft } from './csv-row-rules';
import { timeOrderedUuid } from './time-ordered-id';

/** New candidates in row order: one JSON array of rows per table, for INSERT … SELECT FROM json_each. */
export interface InsertStep {
  kind: 'insert';
  ids: string[];
  /** Each new candidate's role title from the file ('' when none). */
  roles: string[];
  candidates: string;
  emails: string;
  phones: string;
  tags: string;
  search: string;
}

export interface MergeStep {
  kind: 'merge';
  id: string;
  draft: CandidateDraft;
  line: number;
}

export interface BatchPlan {
  /** Rows of the file this batch covers. */
  rows: number;
  /** In row order: a merge may fill a candidate an earlier insert of the same batch created. */
  steps: (InsertStep | MergeStep)[];
  errors: ImportRowError[];
  /** Rows imported with a fallback (no name: the e-mail address), in words naming the line. */
  warnings: string[];
  /** Rows skipped as duplicates, with whom they matched. */
  duplicates: ImportSkippedRow[];
  imported: number;
  merged: number;
  skipped: number;
}

export function checkMapping(mapping: ImportMapping, headers: readonly string[]): void {
  const message = `The file has only ${headers.length} columns`;
  const issues = Object.entries(mapping)
    .filter(([, index]) => typeof index === 'number' && index >= headers.length)
    .map(([field]) => ({ path: ['mapping', field], message }));
  for (const [field, more] of Object.entries(mapping.also ?? {})) {
    if (more.some((index) => index >= headers.length)) issues.push({ path: ['mapping', 'also', field], message });
  }
  if (issues.length > 0) throw invalidInput(issues);
  const hasName = mapping.name != null || mapping.firstName != null || mapping.lastName != null || mapping.email != null;
  if (!hasName) throw invalidInput([{ path: ['mapping', 'name'], message: 'Choose the column with the name (or the email)' }]);
}

/** How many rows a batch holds: `rows`, or fewer once they reach `chars` characters of the file. */
export interface BatchSize {
  rows: number;
  chars: number;
}

// Rows per transaction. Each commit is an fsync (synchronous=FULL) plus a flush of the search index's
// pending segment, so larger batches amortize both; 5,000 rows still commit in well under a second.
export const IMPORT_BATCH_ROWS = 5000;
/**
 * A batch also ends once its rows reach this many characters of the file (a file of long notes), so the
 * rows and plans in memory stay bounded whatever the rows hold.
 */
export const IMPORT_BATCH_CHARS = 8_000_000;
export const IMPORT_BATCH: BatchSize = { rows: IMPORT_BATCH_ROWS, chars: IMPORT_BATCH_CHARS };
/**
 * A file read whole (plannedAlone: under 2 MB) is stored in batches of half as many rows. Planning a row and storing
 * it cost about the same (about 30 µs each), in two threads at once, so an import lasts the work of one of them plus
 * the first batch's planning and the last batch's storing; half-size batches halve those two. 10,000 rows: medians
 * 0.668 against 0.701 s in 31 runs by turns (scripts/bench-import-memory.ts). A larger file keeps full batches, where
 * each batch's fixed costs (its synced commit) count for more than the two ends.
 */
export const SMALL_IMPORT_BATCH: BatchSize = { rows: IMPORT_BATCH_ROWS / 2, chars: IMPORT_BATCH_CHARS };

/** The batches of an import whose file is read whole (`small`) or streamed. */
export const importBatch = (small: boolean): BatchSize => (small ? SMALL_IMPORT_BATCH : IMPORT_BATCH);

/** What the first pass over the file finds (the file checked, its rows counted). */
export interface ImportScan {
  /** Data rows in the file, for progress. */
  total: number;
  columns: number;
  /** Notices about reading the file (complete even when the import is cancelled). */
  warnings: string[];
  /** The separator and line break the pass found, so the second pass reads the file as it did. */
  delimiter: string;
  newline: string;
}

/** The second pass: the file's data rows a batch at a time. */
export interface ImportBatches {
  columns: number;
  /** The next batch of data rows; [] at the end of the file. */
  next(): Promise<CsvRow[]>;
  /** Stops reading and closes the file. */
  close(): Promise<void>;
}

export type ImportRows = Omit<ImportScan, 'delimiter' | 'newline'> & ImportBatches;

/** Reads the whole file once to check it (not text, empty, the mapping against its header: invalid_input) and count its rows. */
export async function scanImportFile(input: Pick<ImportInput, 'text' | 'path' | 'mapping'>): Promise<ImportScan> {
  const scan = await scanCsv(input, 0, { isHeader: looksLikeHeader });
  checkMapping(input.mapping, scan.headers);
  return { total: scan.total, columns: scan.headers.length, warnings: scan.warnings, delimiter: scan.delimiter, newline: scan.newline };
}

/**
 * Opens the file for its rows a batch at a time, read as the first pass read it (`as`: its separator and
 * line break). Without `as` (the import's planning thread, which reads while the scanning thread makes the
 * first pass) both passes guess them from the same first piece of the same file, so they agree.
 */
export async function readImportRows(
  input: Pick<ImportInput, 'text' | 'path' | 'mapping'>, batch: BatchSize, as?: Pick<ImportScan, 'delimiter' | 'newline'>,
): Promise<ImportBatches> {
  const reader = new CsvReader(input, {
    delimiter: as?.delimiter, newline: as?.newline, highWater: batch.rows, highWaterChars: batch.chars, isHeader: looksLikeHeader,
  });
  let columns: number;
  try {
    const header = await reader.head();
    checkMapping(input.mapping, header.headers);
    columns = header.headers.length;
  } catch (error) {
    await reader.close();
    throw error;
  }
  return { columns, next: () => reader.next(batch.rows, batch.chars), close: () => reader.close() };
}

/**
 * A small file in one pass: read to its end once (its rows kept, as few as a small file has), checked and
 * counted as scanImportFile does, then handed over a batch at a time from memory.
 */
/** A small file read whole: its reader holding every row, its header and its row count. */
export interface WholeFile {
  reader: CsvReader;
  headers: string[];
  total: number;
}

/** Reads the whole file (not text, empty: invalid_input) and keeps its rows. */
export async function readWholeFile(input: Pick<ImportInput, 'text' | 'path'>): Promise<WholeFile> {
  const reader = new CsvReader(input, { highWater: Number.POSITIVE_INFINITY, isHeader: looksLikeHeader });
  try {
    const header = await reader.head();
    const total = await reader.readToEnd();
    return { reader, headers: header.headers, total };
  } catch (error) {
    await reader.close();
    throw error;
  }
}

/** A small file's rows, read whole (`read`: when it was already being read, by a planning thread started early). */
export async function readSmallImport(
  input: Pick<ImportInput, 'text' | 'path' | 'mapping'>, batch: BatchSize, read: Promise<WholeFile> = readWholeFile(input),
): Promise<ImportRows> {
  const { reader, headers, total } = await read;
  try {
    checkMapping(input.mapping, headers);
    return {
      total, columns: headers.length, warnings: reader.warnings(), next: () => reader.next(batch.rows, batch.chars), close: () => reader.close(),
    };
  } catch (error) {
    await reader.close();
    throw error;
  }
}

/** Both passes in turn: the file checked and counted, then opened again for its rows. */
export async function openImportRows(input: Pick<ImportInput, 'text' | 'path' | 'mapping'>, batch: BatchSize): Promise<ImportRows> {
  const scan = await scanImportFile(input);
  const rows = await readImportRows(input, batch, scan);
  return { total: scan.total, warnings: scan.warnings, ...rows };
}

/** Builds one InsertStep's JSON rows (the same columns and lists the candidates repo writes). */
class InsertBuilder {
  ids: string[] = [];
  roles: string[] = [];
  private rows: { candidates: unknown[]; emails: unknown[]; phones: unknown[]; tags: unknown[]; search: unknown[] } = {
    candidates: [], emails: [], phones: [], tags: [], search: [],
  };
  /** Source columns repeat ("Indeed", "Referral"): each distinct text is classified once per import. */
  constructor(private readonly sources: Map<string, ReturnType<typeof sourceFromText>>) {}

  add(id: string, draft: CandidateDraft): void {
    let known = this.sources.get(draft.source);
    if (known === undefined) {
      known = sourceFromText(draft.source);
      if (this.sources.size < 1000) this.sources.set(draft.source, known);
    }
    const r = this.rows;
    r.candidates.push([id, draft.name, nameKey(draft.name), draft.location, cleanUrl(draft.linkedin), cleanUrl(draft.portfolio), known.source, known.detail, draft.summary]);
    draft.emails.forEach((email, i) => r.emails.push([id, email, normalizeEmail(email), i]));
    draft.phones.forEach((phone, i) => r.phones.push([id, phone, phoneDigits(phone), i]));
    for (const tag of draft.tags) r.tags.push([id, tag, normalizeTag(tag)]);
    // Keyed by position: the writer gives candidate number k the seq it gives search row number k.
    r.search.push([draft.name, draft.emails.join(' '), draft.phones.flatMap(phoneSearchTokens).join(' '), draft.tags.join(' ')]);
    this.ids.push(id);
    this.roles.push(draft.role);
  }

  /** The step for what was added since the last take, or null when nothing was. */
  take(): InsertStep | null {
    if (this.ids.length === 0) return null;
    const r = this.rows;
    const step: InsertStep = {
      kind: 'insert', ids: this.ids, roles: this.roles, candidates: JSON.stringify(r.candidates), emails: JSON.stringify(r.emails),
      phones: JSON.stringify(r.phones), tags: JSON.stringify(r.tags), search: JSON.stringify(r.search),
    };
    this.ids = [];
    this.roles = [];
    this.rows = { candidates: [], emails: [], phones: [], tags: [], search: [] };
    return step;
  }
}

export class ImportPlanner {
  private readonly sources = new Map<string, ReturnType<typeof sourceFromText>>();
  /**
   * Keys of rows planned but not yet written, one map per batch, oldest first: the database cannot answer
   * for them yet. A batch's map is dropped once the batch is written (written()).
   */
  private readonly pending: Map<string, string>[] = [];
  /** The names of the candidates each pending batch creates, by id (for naming whom a duplicate matched). */
  private readonly pendingNames: Map<string, string>[] = [];

  /** `stored`: asked once per batch which stored candidates have the batch's emails and phones. */
  constructor(
    private readonly input: Pick<ImportInput, 'mapping' | 'duplicates'>,
    private readonly columns: number,
    private readonly stored: StoredKeys,
  ) {}

  /** The oldest planned batch is stored: its keys are found in the database from now on. */
  written(): void {
    this.pending.shift();
    this.pendingNames.shift();
  }

  /** Whom each skipped row matched: a candidate planned but not yet written, or a stored one. */
  private nameMatches(skipped: ImportSkippedRow[]): void {
    const unknown = new Set<string>();
    for (const row of skipped) {
      const name = this.pendingNames.map((names) => names.get(row.matchedId)).find((n) => n !== undefined);
      if (name === undefined) unknown.add(row.matchedId);
      else row.matchedName = name;
    }
    if (unknown.size === 0) return;
    const stored = this.stored.names([...unknown]);
    for (const row of skipped) if (unknown.has(row.matchedId)) row.matchedName = stored.get(row.matchedId) ?? '';
  }

  private pendingOwner(key: string): string | undefined {
    for (const batch of this.pending) {
      const id = batch.get(key);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  plan(rows: readonly CsvRow[]): BatchPlan {
    const plan: BatchPlan = { rows: rows.length, steps: [], errors: [], warnings: [], duplicates: [], imported: 0, merged: 0, skipped: 0 };
    const inserts = new InsertBuilder(this.sources);
    const close = (): void => {
      const step = inserts.take();
      if (step) plan.steps.push(step);
    };
    const matching = this.input.duplicates !== 'create';
    const outcomes = rows.map((row) => ({ row, outcome: readRow(row, this.columns, this.input.mapping) }));
    const drafts = outcomes.map(({ outcome }) => (outcome.ok && matching ? duplicateKeys(outcome.draft) : []));
    const owners = matching ? this.stored.owners(new Set(drafts.flat())) : new Map<string, string>();
    const batch = new Map<string, string>();
    const names = new Map<string, string>();
    this.pending.push(batch);
    this.pendingNames.push(names);
    const existing = (draftKeys: readonly string[]): string | undefined => {
      for (const key of draftKeys) {
        const id = owners.get(key) ?? this.pendingOwner(key);
        if (id !== undefined) return id;
      }
      return undefined;
    };
    const remember = (draftKeys: readonly string[], id: string): void => {
      for (const key of draftKeys) if (!owners.has(key) && this.pendingOwner(key) === undefined) batch.set(key, id);
    };
    outcomes.forEach(({ row, outcome }, i) => {
      if (!outcome.ok) {
        plan.errors.push({ line: row.line, reason: outcome.reason });
        return;
      }
      const { draft } = outcome;
      const draftKeys = drafts[i] ?? [];
      const found = existing(draftKeys);
      if (found !== undefined && this.input.duplicates === 'skip') {
        plan.skipped += 1;
        plan.duplicates.push({ line: row.line, name: draft.name, matchedId: found, matchedName: '' });
        return;
      }
      if (found !== undefined) {
        close();
        plan.steps.push({ kind: 'merge', id: found, draft, line: row.line });
        remember(draftKeys, found);
        plan.merged += 1;
      } else {
        const id = timeOrderedUuid();
        inserts.add(id, draft);
        names.set(id, draft.name);
        // A merged row keeps the stored candidate's name: only a new candidate is named by the fallback.
        if (outcome.warning !== undefined) plan.warnings.push(outcome.warning);
        remember(draftKeys, id);
        plan.imported += 1;
      }
    });
    close();
    this.nameMatches(plan.duplicates);
    return plan;
  }
}
