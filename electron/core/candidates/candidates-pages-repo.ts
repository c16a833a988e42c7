// Paging the candidates table by key: which rows a page holds, found by seeking in the sort's index instead of
// reading every row before the page (LIMIT … OFFSET). Used by candidates-search-repo.ts `listCandidates`, which
// builds the matches' FROM … WHERE and fetches the page's details. Three ways to a page:
// - the first page: the start of the sort's index;
// - the page after a row the caller holds (`afterId`, the table scrolling on, CSV export, the CLI): a seek just
//   past that row's key (its sort value, then seq for ties);
// - a page at any position (the table's scrollbar dragged): the key of every MARK_EVERY-th row of the list (its
//   marks) is found once, as far along the index as the jump (findMarks), and kept for the list (search,
//   filters, sort) until anything in the database changes; the page is then a seek past the nearest mark before
//   it and at most MARK_EVERY - 1 rows stepped over in the index. The total without a search is kept the same way.
// A search's matches come from its index, not the sort's (but newest or oldest first, in the search index's
// own order): a page after a row still seeks, a jump still reads every match before it.
// Runs in plain Node on a better-sqlite3 connection; callers own transactions.
import type { CandidateSort } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';

/** Every MARK_EVERY-th row's key is kept, so a jump steps over fewer than this many rows in the index. */
export const MARK_EVERY = 1000;
/** Lists (search, filters, sort) whose marks and total are kept per connection; the oldest goes first. */
const KEPT_LISTS = 16;

/** How a list is ordered: `value` then (unless the value is unique) `c.seq`, both ascending or both descending. */
export interface SortSpec {
  /** The sort value in the page query (the search's `f.rowid` when its own order serves). */
  value: string;
  /** The same value read from `candidates c` alone, for the key of a row named by its id. */
  valueOfRow: string;
  /** False when the value is seq itself: no tiebreaker. */
  tied: boolean;
  descending: boolean;
}

/** A row's place in a sort: its sort value and its seq (the tiebreaker). */
export interface RowKey {
  value: string | number;
  seq: number;
}

// The sort values, each served by an index: candidates_by_name, _by_created and _by_updated (migration 3),
// candidates_by_rating_up and _down (migration 17: unrated people come last both ways, as 5 and as 0).
const SORT_VALUE: Record<CandidateSort, Record<'asc' | 'desc', string>> = {
  name: { asc: 'c.full_name COLLATE NOCASE', desc: 'c.full_name COLLATE NOCASE' },
  added: { asc: 'c.created_at', desc: 'c.created_at' },
  updated: { asc: 'c.updated_at', desc: 'c.updated_at' },
  rating: { asc: 'coalesce(c.best_rating, 5)', desc: 'coalesce(c.best_rating, 0)' },
};

/** The order of a list: with a search, newest or oldest first is the search index's own (rowid = seq). */
export function sortSpec(sort: CandidateSort, direction: 'asc' | 'desc', searched: boolean): SortSpec {
  const descending = direction === 'desc';
  if (searched && sort === 'added') return { value: 'f.rowid', valueOfRow: 'c.seq', tied: false, descending };
  const value = SORT_VALUE[sort][direction];
  return { value, valueOfRow: value, tied: true, descending };
}

/** ORDER BY for a spec. */
export function orderBy(spec: SortSpec): string {
  const dir = spec.descending ? 'DESC' : 'ASC';
  return spec.tied ? `${spec.value} ${dir}, c.seq ${dir}` : `${spec.value} ${dir}`;
}

/** The key of the candidate with this id in this sort, or null if there is no such candidate. */
export function keyOfCandidate(db: Db, spec: SortSpec, id: string): RowKey | null {
  const row = statement(db, `SELECT ${spec.valueOfRow} AS value, c.seq FROM candidates c WHERE c.id = ?`).get(id) as RowKey | undefined;
  return row ?? null;
}

/** The list's matches, as FROM … and its WHERE conditions, with their values in order. */
export interface Matches {
  tables: string;
  where: readonly string[];
  params: readonly unknown[];
}

/** ` WHERE a AND b …`, or nothing for no conditions. */
export function whereOf(conditions: readonly string[]): string {
  return conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
}

/**
 * The keys of the `limit` rows that follow `after` (from the start when null), stepping over `skip` of them
 * first, in SQLite (the rows stepped over never come to JavaScript). Ties in the sort value are read by seq
 * from the index's equal entries, then the rows past the value: two seeks, since SQLite does not seek on a pair
 * (value, seq) when the value has a collation or is an expression.
 */
export function keysAfter(db: Db, matches: Matches, spec: SortSpec, after: RowKey | null, skip: number, limit: number): RowKey[] {
  const dir = spec.descending ? 'DESC' : 'ASC';
  const beyond = spec.descending ? '<' : '>';
  const select = `SELECT ${spec.value} AS value, c.seq AS seq FROM ${matches.tables}`;
  if (after === null) {
    const sql = `${select}${whereOf(matches.where)} ORDER BY ${orderBy(spec)} LIMIT ? OFFSET ?`;
    return statement(db, sql).all([...matches.params, limit, skip]) as RowKey[];
  }
  const keys: RowKey[] = [];
  let skipPast = skip;
  if (spec.tied) {
    const tieWhere = whereOf([...matches.where, `${spec.value} = ?`, `c.seq ${beyond} ?`]);
    const tieParams = [...matches.params, after.value, after.seq];
    keys.push(...(statement(db, `${select}${tieWhere} ORDER BY c.seq ${dir} LIMIT ? OFFSET ?`).all([...tieParams, limit, skip]) as RowKey[]));
    // Fewer ties than the rows to step over: those left are stepped over past the value (counted no further than needed).
    if (keys.length === 0 && skip > 0) {
      skipPast = skip - (statement(db, `SELECT count(*) FROM (SELECT 1 FROM ${matches.tables}${tieWhere} LIMIT ?)`).pluck().get([...tieParams, skip]) as number);
    } else skipPast = 0;
  }
  if (keys.length < limit) {
    const past = `${select}${whereOf([...matches.where, `${spec.value} ${beyond} ?`])} ORDER BY ${orderBy(spec)} LIMIT ? OFFSET ?`;
    keys.push(...(statement(db, past).all([...matches.params, after.value, limit - keys.length, skipPast]) as RowKey[]));
  }
  return keys;
}

interface KeptList {
  /** The database's write generation these were found at (writeGeneration). */
  generation: string;
  total: number | null;
  /** marks[i] is the key of the row at position (i + 1) × MARK_EVERY − 1, the row before a mark's page. */
  marks: RowKey[];
  /** True once the marks reach the end of the list. */
  marksComplete: boolean;
}

const kept = new WeakMap<Db, Map<string, KeptList>>();

/**
 * Changes whenever a row in the database may have changed: this connection's count of rows written (with
 * triggers' writes; it only grows) and SQLite's data_version, which moves when another connection commits
 * (the CSV import's worker, the CLI beside the app). A kept total or marks from another generation are stale.
 */
function writeGeneration(db: Db): string {
  return statement(db, "SELECT total_changes() || ':' || data_version FROM pragma_data_version").pluck().get() as string;
}

/** What is kept for a list at this generation, made afresh (and the oldest list dropped past KEPT_LISTS) when stale. */
function keptFor(db: Db, listKey: string): KeptList {
  let lists = kept.get(db);
  if (!lists) {
    lists = new Map();
    kept.set(db, lists);
  }
  const generation = writeGeneration(db);
  const found = lists.get(listKey);
  if (found && found.generation === generation) return found;
  if (found) lists.delete(listKey);
  const fresh: KeptList = { generation, total: null, marks: [], marksComplete: false };
  lists.set(listKey, fresh);
  while (lists.size > KEPT_LISTS) lists.delete(lists.keys().next().value as string);
  return fresh;
}

/** How many rows match, counted once per list and generation. */
export function keptCount(db: Db, listKey: string, count: () => number): number {
  const list = keptFor(db, listKey);
  list.total ??= count();
  return list.total;
}

/**
 * Finds the list's marks up to the `count`th. Without filters or a search the sort's index is read in order, so
 * the marks are found by stepping along it MARK_EVERY rows at a time, only as far as asked. With them SQLite
 * sorts the matches for any page anyway (it reads them through the filter's index), so one pass numbering
 * them in order (row_number()) finds every mark for the cost of one page.
 */
function findMarks(db: Db, list: KeptList, matches: Matches, spec: SortSpec, count: number): void {
  if (list.marksComplete) return;
  if (matches.where.length > 0) {
    list.marks = statement(
      db,
      `SELECT value, seq FROM (SELECT ${spec.value} AS value, c.seq AS seq, row_number() OVER (ORDER BY ${orderBy(spec)}) AS n
        FROM ${matches.tables}${whereOf(matches.where)}) WHERE n % ${MARK_EVERY} = 0 ORDER BY n`,
    ).all(matches.params) as RowKey[];
    list.marksComplete = true;
    return;
  }
  while (list.marks.length < count) {
    const [mark] = keysAfter(db, matches, spec, list.marks.at(-1) ?? null, MARK_EVERY - 1, 1);
    if (mark === undefined) {
      list.marksComplete = true;
      return;
    }
    list.marks.push(mark);
  }
}

/**
 * The keys of the `limit` rows at `offset` of the list named `listKey` (its search, filters and sort): a seek
 * past the nearest mark before the offset (findMarks), then at most MARK_EVERY − 1 rows stepped over.
 */
export function keysAt(db: Db, listKey: string, matches: Matches, spec: SortSpec, offset: number, limit: number): RowKey[] {
  const mark = Math.floor(offset / MARK_EVERY);
  if (mark === 0) return keysAfter(db, matches, spec, null, offset, limit);
  const list = keptFor(db, listKey);
  findMarks(db, list, matches, spec, mark);
  const nearest = Math.min(mark, list.marks.length);
  const before = list.marks[nearest - 1];
  if (before === undefined) return keysAfter(db, matches, spec, null, offset, limit);
  return keysAfter(db, matches, spec, before, offset - nearest * MARK_EVERY, limit);
}
