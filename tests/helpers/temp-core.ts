// Test helpers: fresh temp data folders, cores on them, raw reads of the SQLite file and a dump of
// every table for before/after comparisons. Runs in Vitest (Node).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, expect } from 'vitest';
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

/** Writes to the database file with a connection of its own, as another program, an older Hirebook or a damaged import could. */
export function writeRawDb(databasePath: string, write: (db: Database.Database) => void): void {
  const db = new Database(databasePath, { fileMustExist: true });
  try {
    write(db);
  } finally {
    db.close();
  }
}

type TableDump = Record<string, unknown[]>;

function dumpFrom(db: Database.Database): TableDump {
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name")
    .all() as { name: string }[];
  const dump: TableDump = {};
  for (const { name } of tables) {
    // Table names come from sqlite_schema, not from input; identifiers cannot be bound as `?`.
    dump[name] = db.prepare(`SELECT * FROM "${name.replace(/"/g, '""')}" ORDER BY 1`).all();
  }
  return dump;
}

/** Every row of every ordinary table (FTS shadow tables included), in a stable order. */
export function dumpTables(databasePath: string): TableDump {
  return withRawDb(databasePath, dumpFrom);
}

export interface TableWatch {
  /** Takes the tables as they are now as the state to compare with. */
  mark(): void;
  /** Fails the test when any table differs from the marked state. */
  expectUnchanged(): void;
  close(): void;
}

/**
 * Watches a database file from a read-only connection of its own, for many before/after comparisons in a row.
 * SQLite's data_version moves whenever another connection commits, so the tables are dumped only when it
 * moved (or the file was replaced): the same verdict as dumping before and after every call, at a fraction
 * of the cost.
 */
export function watchTables(databasePath: string): TableWatch {
  const open = () => new Database(databasePath, { readonly: true, fileMustExist: true });
  let db = open();
  let inode = fs.statSync(databasePath).ino;
  let marked: { version: number; dump: TableDump } | null = null;
  const version = (): number => {
    const now = fs.statSync(databasePath).ino;
    if (now !== inode) {
      db.close();
      db = open();
      inode = now;
      marked = marked && { version: Number.NaN, dump: marked.dump };
    }
    return db.pragma('data_version', { simple: true }) as number;
  };
  return {
    mark() {
      const v = version();
      if (marked?.version !== v) marked = { version: v, dump: dumpFrom(db) };
    },
    expectUnchanged() {
      if (!marked) throw new Error('watchTables: mark() first');
      if (version() !== marked.version) expect(dumpFrom(db)).toEqual(marked.dump);
    },
    close: () => db.close(),
  };
}

export function fileFingerprint(filePath: string): { bytes: string; mtimeMs: number; size: number } {
  const stat = fs.statSync(filePath);
  return { bytes: fs.readFileSync(filePath).toString('base64'), mtimeMs: stat.mtimeMs, size: stat.size };
}
