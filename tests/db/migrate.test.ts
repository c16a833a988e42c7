// Migrations and opening the store: fresh schema, pragmas, newer files refused untouched, failing
// steps rolled back, backups, corrupt files. Runs in Vitest against real SQLite files.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createCore, CoreOpenError, LATEST_SCHEMA_VERSION } from '../../electron/core';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import { openDatabase, pageCacheKib, readUserVersion } from '../../electron/core/db/open-database';

const MIB = 1024 * 1024;
import { fileFingerprint, quietLogger, tempCore, tempDir, value, withRawDb } from '../helpers/temp-core';

function openError(run: () => unknown): CoreOpenError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CoreOpenError);
    return error as CoreOpenError;
  }
  throw new Error('expected a CoreOpenError');
}

describe('a fresh database', () => {
  it('is migrated to the latest version with the expected tables', () => {
    const core = tempCore();
    const { tables, version } = withRawDb(core.databasePath, (db) => ({
      version: readUserVersion(db),
      tables: (db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name),
    }));
    expect(version).toBe(LATEST_SCHEMA_VERSION);
    expect(version).toBe(18);
    expect(tables).toEqual(expect.arrayContaining(['companies', 'roles', 'roles_fts', 'role_sections', 'role_revisions', 'templates', 'role_status_events', 'application_facts', 'application_stage_time', 'erasures', 'message_templates', 'messages', 'offers', 'board_counts']));
    expect(fs.readdirSync(path.join(core.dataDir, 'backups'))).toEqual([]);
  });

  it('has the pragmas set and reads them back', () => {
    const dir = tempDir();
    const db = openDatabase(path.join(dir, 'x.db'));
    try {
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(2);
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('secure_delete', { simple: true })).toBe(1);
      expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
      // Sized for the file: a new one gets the 16 MiB floor; no memory map; temporary data in files.
      expect(db.pragma('cache_size', { simple: true })).toBe(-16 * 1024);
      expect(db.pragma('mmap_size', { simple: true })).toBe(0);
      expect(db.pragma('temp_store', { simple: true })).toBe(1);
    } finally {
      db.close();
    }
  });

  it('sizes the page cache for the file it opens: a quarter of it, from 16 to 64 MiB', () => {
    expect([0, 40 * MIB, 80 * MIB + 1, 256 * MIB, 5000 * MIB].map(pageCacheKib)).toEqual([16384, 16384, 21 * 1024, 65536, 65536]);
    const file = path.join(tempDir(), 'big.db');
    const raw = new Database(file);
    raw.exec('CREATE TABLE filler (b BLOB)');
    const insert = raw.prepare('INSERT INTO filler VALUES (zeroblob(1048576))');
    raw.transaction(() => {
      for (let i = 0; i < 100; i += 1) insert.run();
    })();
    raw.close();
    const db = openDatabase(file);
    try {
      expect(db.pragma('cache_size', { simple: true })).toBe(-pageCacheKib(fs.statSync(file).size));
      expect(db.pragma('cache_size', { simple: true })).toBe(-26 * 1024);
    } finally {
      db.close();
    }
  });

  it('creates the data folder, attachments and backups', () => {
    const dataDir = path.join(tempDir(), 'nested', 'Hirebook');
    const core = tempCore({ dataDir });
    expect(fs.existsSync(path.join(dataDir, 'hirebook.db'))).toBe(true);
    expect(fs.statSync(path.join(dataDir, 'attachments')).isDirectory()).toBe(true);
    expect(fs.statSync(path.join(dataDir, 'backups')).isDirectory()).toBe(true);
    expect(core.databasePath).toBe(path.join(dataDir, 'hirebook.db'));
  });

  it('reports the schema version through app:info', async () => {
    const core = tempCore({ appVersion: '1.2.3', runtime: 'electron' });
    expect(value(await core.dispatch('app:info', {}))).toEqual({
      version: '1.2.3',
      dataDir: core.dataDir,
      databasePath: core.databasePath,
      schemaVersion: LATEST_SCHEMA_VERSION,
      runtime: 'electron',
    });
  });
});

describe('a database from a newer Hirebook', () => {
  function makeNewer(): string {
    const dataDir = tempDir();
    createCore({ dataDir, logger: quietLogger }).close();
    const file = path.join(dataDir, 'hirebook.db');
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_SCHEMA_VERSION + 5}`);
    db.close();
    return dataDir;
  }

  it('is refused with zero writes: same bytes, same mtime, no -wal or -shm', () => {
    const dataDir = makeNewer();
    const file = path.join(dataDir, 'hirebook.db');
    const before = fileFingerprint(file);
    const listing = fs.readdirSync(dataDir).sort();
    expect(listing).not.toContain('hirebook.db-wal');

    const error = openError(() => createCore({ dataDir, logger: quietLogger }));
    expect(error.code).toBe('database_too_new');
    expect(error.message).toMatch(/newer version of Hirebook/);

    expect(fileFingerprint(file)).toEqual(before);
    expect(fs.readdirSync(dataDir).sort()).toEqual(listing);
  });

  it('is refused by migrate() itself without changing the schema', () => {
    const dataDir = makeNewer();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    try {
      const schemaBefore = db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all();
      const error = openError(() => migrate(db, { backupDir: path.join(dataDir, 'backups') }));
      expect(error.code).toBe('database_too_new');
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION + 5);
      expect(db.prepare('SELECT sql FROM sqlite_schema ORDER BY name').all()).toEqual(schemaBefore);
      expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([]);
    } finally {
      db.close();
    }
  });
});

describe('a failing migration step', () => {
  const failing: Migration = {
    version: MIGRATIONS.length + 1,
    name: 'broken-step',
    up(db) {
      db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT');
      db.exec("UPDATE roles SET title = 'changed by a broken step'");
      throw new Error('boom');
    },
  };

  it('leaves the previous version, schema and data intact', async () => {
    const core = tempCore();
    value(await core.dispatch('roles:create', { title: 'Line Cook' }));
    core.close();

    const db = openDatabase(core.databasePath);
    try {
      const error = openError(() => migrate(db, { migrations: [...MIGRATIONS, failing] }));
      expect(error.code).toBe('migration_failed');
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(db.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'notes'").get()).toEqual({ n: 0 });
      expect(db.prepare('SELECT title FROM roles').all()).toEqual([{ title: 'Line Cook' }]);
    } finally {
      db.close();
    }
  });

  it('leaves a brand-new file at version 0 when the first step fails', () => {
    const db = openDatabase(path.join(tempDir(), 'fresh.db'));
    try {
      const first: Migration = { version: 1, name: 'bad', up: () => { throw new Error('nope'); } };
      expect(() => migrate(db, { migrations: [first] })).toThrow(CoreOpenError);
      expect(readUserVersion(db)).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('backups before migrating', () => {
  it('copies a non-empty database into backups/ before running new steps', async () => {
    const core = tempCore();
    value(await core.dispatch('roles:create', { title: 'Sous Chef' }));
    core.close();
    const second: Migration = {
      version: MIGRATIONS.length + 1,
      name: 'add-notes',
      up: (db) => db.exec('CREATE TABLE notes (id TEXT PRIMARY KEY) STRICT'),
    };
    const backupDir = path.join(core.dataDir, 'backups');
    const db = openDatabase(core.databasePath);
    try {
      const result = migrate(db, { migrations: [...MIGRATIONS, second], backupDir });
      expect(result).toMatchObject({ from: LATEST_SCHEMA_VERSION, to: LATEST_SCHEMA_VERSION + 1 });
      expect(result.backupPath).not.toBeNull();
      expect(fs.readdirSync(backupDir)).toEqual([path.basename(result.backupPath ?? '')]);
      // The copy is the database as it was before the step: old version, the role, no notes table.
      withRawDb(result.backupPath ?? '', (copy) => {
        expect(readUserVersion(copy)).toBe(LATEST_SCHEMA_VERSION);
        expect(copy.prepare('SELECT title FROM roles').all()).toEqual([{ title: 'Sous Chef' }]);
        expect(copy.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE name = 'notes'").get()).toEqual({ n: 0 });
      });
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION + 1);
    } finally {
      db.close();
    }
  });

  it('makes no backup when nothing is pending', () => {
    const core = tempCore();
    core.close();
    tempCore({ dataDir: core.dataDir });
    expect(fs.readdirSync(path.join(core.dataDir, 'backups'))).toEqual([]);
  });
});

describe('a file that is not a healthy SQLite database', () => {
  it('is refused as database_corrupt and left byte-for-byte untouched', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'hirebook.db');
    fs.writeFileSync(file, 'This is my shopping list, not a database.\n'.repeat(200));
    const before = fileFingerprint(file);
    const error = openError(() => createCore({ dataDir, logger: quietLogger }));
    expect(error.code).toBe('database_corrupt');
    expect(fileFingerprint(file)).toEqual(before);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a SQLite header followed by garbage', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'hirebook.db');
    const bytes = Buffer.alloc(8192, 0xab);
    bytes.write('SQLite format 3\u0000', 0, 'latin1');
    fs.writeFileSync(file, bytes);
    const before = fileFingerprint(file);
    const error = openError(() => createCore({ dataDir, logger: quietLogger }));
    expect(error.code).toBe('database_corrupt');
    expect(fileFingerprint(file)).toEqual(before);
  });

  it('refuses a real database whose schema page was damaged, leaving it untouched', () => {
    const core = tempCore();
    core.close();
    const file = core.databasePath;
    const bytes = fs.readFileSync(file);
    bytes.fill(0xcd, 100, 4096);
    fs.writeFileSync(file, bytes);
    const before = fileFingerprint(file);
    const error = openError(() => createCore({ dataDir: core.dataDir, logger: quietLogger }));
    expect(error.code).toBe('database_corrupt');
    expect(fileFingerprint(file)).toEqual(before);
  });

  it('treats an empty file as a new database', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'hirebook.db'), '');
    const core = tempCore({ dataDir });
    withRawDb(core.databasePath, (db) => expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION));
  });
});
