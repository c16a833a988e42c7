// Test helper: damages a SQLite file the way a failing disk does — one leaf page of a table, in the middle
// of it, overwritten with garbage — so the start-up checks find it. Used by Vitest and Playwright tests.
import fs from 'node:fs';
import Database from 'better-sqlite3';

/** Overwrites one leaf page in the middle of `table` with 0xa5 bytes; returns the page number. */
export function damageLeafPage(file: string, table: string): number {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table) as number[];
  db.close();
  if (leaves.length <= 3) throw new Error(`${table} has ${leaves.length} leaf pages; fill it with more rows before damaging it`);
  const page = leaves[Math.floor(leaves.length / 2)] ?? 0;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
  return page;
}
