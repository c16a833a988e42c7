// The JavaScript half of an import, with no database writes: parses and checks the file, turns each
// batch of rows into a plan (new candidates as ready-to-insert JSON per table, merges, skips, bad rows)
// and tracks duplicates in memory. Runs in plain Node: in the import's planning thread while the writing
// thread stores the previous batch, or in the same thread (csv-import.ts).
import type { ImportInput, ImportMapping, ImportRowError } from '../../contract';
import { cleanUrl, nameKey, normalizeEmail, normalizeTag, phoneDigits, phoneSearchTokens, sourceFromText } from '../candidates/candidates-rules';
import { invalidInput } from '../errors';
import { parseCsv, sourceText, type CsvRow } from './csv-parse';
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
  imported: number;
  merged: number;
  skipped: number;
}

export function checkMapping(mapping: ImportMapping, headers: readonly string[]): void {
  const issues = Object.entries(mapping)
    .filter(([, index]) => index != null && index >= headers.length)
    .map(([field]) => ({ path: ['mapping', field], message: `The file has only ${headers.length} columns` }));
  if (issues.length > 0) throw invalidInput(issues);
  const hasName = mapping.name != null || mapping.firstName != null || mapping.lastName != null || mapping.email != null;
  if (!hasName) throw invalidInput([{ path: ['mapping', 'name'], message: 'Choose the column with the name (or the email)' }]);
}

/** The file's data rows after the header and mapping are checked; throws invalid_input otherwise. */
export function readImportRows(input: Pick<ImportInput, 'text' | 'path' | 'mapping'>): { rows: CsvRow[]; columns: number } {
  const parsed = parseCsv(sourceText(input));
  checkMapping(input.mapping, parsed.headers);
  return { rows: parsed.rows, columns: parsed.headers.length };
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

  /** `keys`: every stored email/phone key to its candidate (loadDuplicateKeys); rows add theirs as they go. */
  constructor(
    private readonly input: Pick<ImportInput, 'mapping' | 'duplicates'>,
    private readonly columns: number,
    private readonly keys: Map<string, string>,
  ) {}

  private existing(draftKeys: readonly string[]): string | undefined {
    if (this.input.duplicates === 'create') return undefined;
    for (const key of draftKeys) {
      const id = this.keys.get(key);
      if (id !== undefined) return id;
    }
    return undefined;
  }

  private remember(draftKeys: readonly string[], id: string): void {
    for (const key of draftKeys) if (!this.keys.has(key)) this.keys.set(key, id);
  }

  plan(rows: readonly CsvRow[]): BatchPlan {
    const plan: BatchPlan = { rows: rows.length, steps: [], errors: [], imported: 0, merged: 0, skipped: 0 };
    const inserts = new InsertBuilder(this.sources);
    const close = (): void => {
      const step = inserts.take();
      if (step) plan.steps.push(step);
    };
    for (const row of rows) {
      const outcome = readRow(row, this.columns, this.input.mapping);
      if (!outcome.ok) {
        plan.errors.push({ line: row.line, reason: outcome.reason });
        continue;
      }
      const { draft } = outcome;
      const draftKeys = duplicateKeys(draft);
      const existing = this.existing(draftKeys);
      if (existing !== undefined && this.input.duplicates === 'skip') {
        plan.skipped += 1;
      } else if (existing !== undefined) {
        close();
        plan.steps.push({ kind: 'merge', id: existing, draft, line: row.line });
        this.remember(draftKeys, existing);
        plan.merged += 1;
      } else {
        const id = timeOrderedUuid();
        inserts.add(id, draft);
        this.remember(draftKeys, id);
        plan.imported += 1;
      }
    }
    close();
    return plan;
  }
}
