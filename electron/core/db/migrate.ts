// Brings the database schema up to date: numbered steps on PRAGMA user_version, all pending steps in
// one transaction, a backup copy first. Runs in plain Node (createCore, CLI, tests).
import fs from 'node:fs';
import path from 'node:path';
import { CoreOpenError } from '../errors';
import { MIGRATIONS, type Migration } from './migrations';
import { readUserVersion, tooNew, type Db } from './open-database';

export interface MigrateOptions {
  /** The steps to run; tests inject a failing one. Defaults to every released migration. */
  migrations?: readonly Migration[];
  /** Where to copy a non-empty database before changing it; no copy when absent. */
  backupDir?: string;
  now?: () => Date;
}

export interface MigrateResult {
  from: number;
  to: number;
  /** The copy made before migrating, or null when nothing needed copying. */
  backupPath: string | null;
}

function checkOrder(migrations: readonly Migration[]): void {
  migrations.forEach((step, index) => {
    if (step.version !== index + 1) {
      throw new Error(`Migration ${step.name} has version ${step.version}, expected ${index + 1}`);
    }
  });
}

function hasContent(db: Db, version: number): boolean {
  if (version > 0) return true;
  const row = db.prepare('SELECT count(*) AS n FROM sqlite_schema').get() as { n: number };
  return row.n > 0;
}

/**
 * Copies the database aside with VACUUM INTO, SQLite's own consistent online copy. better-sqlite3's
 * backup() is asynchronous, and opening the store (createCore) has to stay synchronous.
 */
function backup(db: Db, backupDir: string, version: number, now: Date): string {
  fs.mkdirSync(backupDir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const target = path.join(backupDir, `hirebook-v${version}-${stamp}.db`);
  db.prepare('VACUUM INTO ?').run(target);
  return target;
}

/** Runs every pending step in one transaction; refuses a newer database without writing to it. */
export function migrate(db: Db, options: MigrateOptions = {}): MigrateResult {
  const steps = options.migrations ?? MIGRATIONS;
  checkOrder(steps);
  const latest = steps.at(-1)?.version ?? 0;
  const from = readUserVersion(db);
  if (from > latest) throw tooNew(db.name, from, latest);
  const pending = steps.filter((step) => step.version > from);
  if (pending.length === 0) return { from, to: from, backupPath: null };

  const backupPath =
    options.backupDir && hasContent(db, from)
      ? backup(db, options.backupDir, from, (options.now ?? (() => new Date()))())
      : null;
  const run = db.transaction(() => {
    for (const step of pending) step.up(db);
    // PRAGMA takes no bound parameters; `latest` is an integer we computed, never user text.
    db.pragma(`user_version = ${Math.trunc(latest)}`);
  });
  try {
    run.immediate();
  } catch (error) {
    const failed = error instanceof Error ? error.message : String(error);
    throw new CoreOpenError(
      'migration_failed',
      `Updating the data file from schema ${from} to ${latest} failed; it was left at schema ${from}. (${failed})`,
      { cause: error },
    );
  }
  return { from, to: latest, backupPath };
}
