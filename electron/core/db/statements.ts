// A per-connection cache of prepared statements, so hot reads (roles:get) skip re-parsing SQL.
// Runs in plain Node. Used wherever SQL is written: the -repo files and db/ itself (tests/unit/core-imports.test.ts
// checks that no other file does). Keyed only by constant SQL text, never by input.
import type { Statement } from 'better-sqlite3';
import type { Db } from './open-database';

const caches = new WeakMap<Db, Map<string, Statement>>();

export function statement(db: Db, sql: string): Statement {
  let cache = caches.get(db);
  if (!cache) {
    cache = new Map();
    caches.set(db, cache);
  }
  let prepared = cache.get(sql);
  if (!prepared) {
    prepared = db.prepare(sql);
    cache.set(sql, prepared);
  }
  return prepared;
}
