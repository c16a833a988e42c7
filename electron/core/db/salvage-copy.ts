// Copies every row that still reads from a (damaged) database into a fresh one, table by table, stepping
// over rows and pages that cannot be read. The source is only read. Runs in plain Node (core or CLI).
import type { Db } from './open-database';

export interface TableSalvage {
  table: string;
  saved: number;
  /** Rows known to exist that could not be copied; null when not even the count reads. */
  lost: number | null;
  /** True when nothing of the table could be read (its definition or first page is unreadable). */
  unreadable: boolean;
}

interface SchemaEntry {
  type: string;
  name: string;
  tbl_name: string;
  sql: string | null;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const SHADOW = /_(data|idx|content|docsize|config)$/;
const BATCH = 500;
const START = Number.MIN_SAFE_INTEGER;

/** The schema of the source, or throws (nothing can be salvaged without it). */
export function readSchema(source: Db): SchemaEntry[] {
  return source.prepare('SELECT type, name, tbl_name, sql FROM sqlite_schema').all() as SchemaEntry[];
}

function isShadow(entry: SchemaEntry, virtualTables: readonly string[]): boolean {
  return virtualTables.some((name) => entry.name.startsWith(`${name}_`) && SHADOW.test(entry.name));
}

/**
 * Creates the source's tables in `target` (no indexes or triggers yet, so nothing fires while copying),
 * copies each table's readable rows, then adds indexes and triggers (an index the copied rows break, such
 * as a unique one over duplicated damage, is left out). Returns one entry per ordinary table.
 */
export function copyReadableRows(source: Db, target: Db, schema: readonly SchemaEntry[]): { tables: TableSalvage[]; skippedIndexes: string[] } {
  target.pragma('foreign_keys = OFF');
  target.pragma('journal_mode = DELETE');
  const virtualTables = schema.filter((e) => e.type === 'table' && /^CREATE VIRTUAL/i.test(e.sql ?? '')).map((e) => e.name);
  const tables = schema.filter((e) => e.type === 'table' && e.sql && !e.name.startsWith('sqlite_') && !isShadow(e, virtualTables));
  for (const entry of tables) target.exec(entry.sql ?? '');
  const results: TableSalvage[] = [];
  for (const entry of tables) {
    // A contentless search index (content='') holds no readable rows; it is rebuilt from the copied rows.
    if (/content\s*=\s*''/i.test(entry.sql ?? '')) continue;
    results.push(copyTable(source, target, entry));
  }
  const skippedIndexes: string[] = [];
  for (const entry of schema) {
    if ((entry.type !== 'index' && entry.type !== 'trigger') || !entry.sql || isShadow(entry, virtualTables)) continue;
    try {
      target.exec(entry.sql);
    } catch {
      skippedIndexes.push(entry.name);
    }
  }
  const version = source.pragma('user_version', { simple: true });
  target.pragma(`user_version = ${Math.trunc(Number(version))}`);
  return { tables: results, skippedIndexes };
}

function columnsOf(source: Db, table: string): string[] {
  const rows = source.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[];
  return rows.map((row) => row.name);
}

function countRows(source: Db, table: string): number | null {
  try {
    return (source.prepare(`SELECT count(*) AS n FROM ${quote(table)}`).get() as { n: number }).n;
  } catch {
    return null;
  }
}

function copyTable(source: Db, target: Db, entry: SchemaEntry): TableSalvage {
  const table = entry.name;
  let columns: string[];
  try {
    columns = columnsOf(source, table);
  } catch {
    return { table, saved: 0, lost: countRows(source, table), unreadable: true };
  }
  const withoutRowid = /WITHOUT\s+ROWID/i.test(entry.sql ?? '');
  const list = columns.map(quote).join(', ');
  const insert = target.prepare(
    withoutRowid
      ? `INSERT OR IGNORE INTO ${quote(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`
      : `INSERT OR IGNORE INTO ${quote(table)} (rowid, ${list}) VALUES (?, ${columns.map(() => '?').join(', ')})`,
  );
  let saved = 0;
  let readAny = false;
  const store = target.transaction((rows: unknown[][]) => {
    for (const row of rows) saved += insert.run(...row).changes;
  });
  if (withoutRowid) {
    // No rowid to step over damage with: everything up to the first unreadable row.
    const rows: unknown[][] = [];
    try {
      for (const row of source.prepare(`SELECT ${list} FROM ${quote(table)}`).raw().iterate()) rows.push(row as unknown[]);
      readAny = true;
    } catch {
      readAny = rows.length > 0;
    }
    store(rows);
  } else {
    const page = source.prepare(`SELECT rowid, ${list} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?`).raw();
    let after = START;
    for (;;) {
      let rows: unknown[][] | null = null;
      try {
        rows = page.all(after, BATCH) as unknown[][];
      } catch {
        // A batch met damage: read one row at a time up to it, then step over the unreadable part.
        rows = null;
      }
      if (rows) {
        readAny = true;
        if (rows.length === 0) break;
        store(rows);
        after = advance(after, rows[rows.length - 1]?.[0]);
        continue;
      }
      const single = readOne(page, after);
      if (single === 'end') break;
      if (single !== 'damaged') {
        readAny = true;
        store([single]);
        after = advance(after, single[0]);
        continue;
      }
      const next = stepOver(page, after);
      if (next === null) break;
      after = next;
    }
  }
  const total = countRows(source, table);
  return { table, saved, lost: total === null ? null : Math.max(0, total - saved), unreadable: !readAny };
}

type Page = { all(...params: unknown[]): unknown[] };

/** The rowid to read after next; a damaged page can hand back rowids out of order, so always move forward. */
function advance(after: number, rowid: unknown): number {
  const next = Number(rowid);
  return Number.isFinite(next) && next > after ? next : after + 1;
}

function readOne(page: Page, after: number): unknown[] | 'end' | 'damaged' {
  try {
    const rows = page.all(after, 1) as unknown[][];
    return rows[0] ?? 'end';
  } catch {
    return 'damaged';
  }
}

/**
 * The rows after `after` cannot be read: probe ever further ahead (1, 2, 4 … rowids) until a read
 * succeeds, and answer the rowid to go on after (its rows in between are lost), or null at the end.
 */
function stepOver(page: Page, after: number): number | null {
  for (let jump = 1; after + jump < Number.MAX_SAFE_INTEGER; jump *= 2) {
    const from = after + jump;
    const found = readOne(page, from);
    if (found === 'end') return null;
    if (found !== 'damaged') return from;
  }
  return null;
}

/** The candidates in a salvage copy, to rebuild their search entries. */
export function listCandidateIds(db: Db): string[] {
  return db.prepare('SELECT id FROM candidates').pluck().all() as string[];
}
