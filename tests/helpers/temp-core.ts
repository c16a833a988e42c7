// Test helpers: fresh temp data folders, cores on them, raw reads of the SQLite file and a dump of
// every table for before/after comparisons. Runs in Vitest (Node).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { createCore, type Core, type CoreOptions } from '../../electron/core';
import type { Result } from '../../electron/contract';

const dirs: string[] = [];
const cores: Core[] = [];

afterEach(() => {
  for (const core of cores.splice(0)) core.close();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-test-'));
  dirs.push(dir);
  return dir;
}

export const quietLogger = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** A core on a fresh temp folder (or the one given), closed after the test. */
export function tempCore(options: Partial<CoreOptions> = {}): Core {
  const core = createCore({ logger: quietLogger, ...options, dataDir: options.dataDir ?? tempDir() });
  cores.push(core);
  return core;
}

/** Unwraps an ok Result or fails the test with the error it carried. */
export function value<T = unknown>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected ok, got ${JSON.stringify(result.error)}`);
  return result.value as T;
}

/** Opens the database file directly, read-only, for assertions on what is really stored. */
export function withRawDb<T>(databasePath: string, read: (db: Database.Database) => T): T {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}

/** Every row of every ordinary table (FTS shadow tables included), in a stable order. */
export function dumpTables(databasePath: string): Record<string, unknown[]> {
  return withRawDb(databasePath, (db) => {
    const tables = db
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
      .all() as { name: string }[];
    const dump: Record<string, unknown[]> = {};
    for (const { name } of tables) {
      // Table names come from sqlite_schema, not from input; identifiers cannot be bound as `?`.
      dump[name] = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY 1`).all();
    }
    return dump;
  });
}

export function fileFingerprint(filePath: string): { bytes: string; mtimeMs: number; size: number } {
  const stat = fs.statSync(filePath);
  return { bytes: fs.readFileSync(filePath).toString('base64'), mtimeMs: stat.mtimeMs, size: stat.size };
}
