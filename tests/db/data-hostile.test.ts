// Hostile conditions each get a typed code and a true message: a full disk (SQLite's max_page_count on
// the core's own connection), another connection holding the write lock, a read-only data folder, a
// refused database (nothing created beside it), and the health report. Runs in Vitest (Node) against
// real SQLite files.
import { randomUUID } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DataHealth, Result, RoleList } from '../../electron/contract';
import { CoreOpenError, createCore, type Core } from '../../electron/core';
import type { CoreContext } from '../../electron/core/core-context';
import { classifyStorageError, diskFullMessage } from '../../electron/core/data-health/storage-error-rules';
import { SMALL_IMPORT_BATCH } from '../../electron/core/csv/csv-import-plan';
import { quietLogger, tempCore, tempDir, value } from '../helpers/temp-core';

/** A core whose `app:choose-folder` runs `poke` on the core's own connection (to set pragmas in tests). */
function coreWithPoke(options: Parameters<typeof tempCore>[0] = {}): { core: Core; poke: (fn: (ctx: CoreContext) => void) => Promise<void> } {
  let pending: ((ctx: CoreContext) => void) | null = null;
  const core = tempCore({
    ...options,
    handlers: {
      'app:choose-folder': (_input, ctx) => {
        pending?.(ctx);
        return { path: null };
      },
    },
  });
  return {
    core,
    poke: async (fn) => {
      pending = fn;
      value(await core.dispatch('app:choose-folder', { title: 'poke' }));
      pending = null;
    },
  };
}

function errorOf(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error(`Expected an error, got ${JSON.stringify(result.value).slice(0, 200)}`);
  return result.error;
}

const pageCount = (ctx: CoreContext): number => Number(ctx.db.pragma('page_count', { simple: true }));

describe('a full disk', () => {
  it('answers disk_full, says the change was not saved and how much space to free; earlier data intact', async () => {
    const { core, poke } = coreWithPoke();
    value(await core.dispatch('roles:create', { title: 'Baker' }));
    await poke((ctx) => ctx.db.pragma(`max_page_count = ${pageCount(ctx)}`));
    const results: Result<unknown>[] = [];
    for (let i = 0; i < 200; i += 1) {
      const result = await core.dispatch('roles:create', { title: `Role ${i} ${'x'.repeat(150)}`, department: 'Kitchen and bakery counter' });
      results.push(result);
      if (!result.ok) break;
    }
    const failures = results.filter((r) => !r.ok).map(errorOf);
    expect(failures.length).toBeGreaterThan(0);
    for (const failure of failures) {
      expect(failure.code).toBe('disk_full');
      expect(failure.message).toMatch(/disk holding your Hirebook data is full, so this change was not saved/);
      expect(failure.message).toMatch(/Free up at least 100 MB/);
      expect(failure.message).not.toMatch(/Your data was not changed/);
    }
    await poke((ctx) => ctx.db.pragma('max_page_count = 1073741823'));
    const list = value<RoleList>(await core.dispatch('roles:list', {}));
    const saved = results.filter((r) => r.ok).length;
    expect(list.roles.map((r) => r.title).sort()).toEqual(['Baker', ...results.flatMap((r, i) => (r.ok ? [`Role ${i} ${'x'.repeat(150)}`] : []))].sort());
    expect(list.roles).toHaveLength(1 + saved);
    // Saving works again once there is room.
    value(await core.dispatch('roles:create', { title: 'After' }));
  });

  it('a CSV import that committed batches says how many rows were saved', async () => {
    const rows = (n: number, from = 0): string =>
      `Name,Email\n${Array.from({ length: n }, (_, i) => `Person ${i + from},p${i + from}@example.test`).join('\n')}\n`;
    // How many pages one batch takes (a file under 2 MB goes in half-size batches), measured on a scratch core.
    const batch = SMALL_IMPORT_BATCH.rows;
    const { core: scratch, poke: pokeScratch } = coreWithPoke();
    let before = 0;
    let after = 0;
    await pokeScratch((ctx) => (before = pageCount(ctx)));
    value(await scratch.dispatch('candidates:import', { text: rows(batch), mapping: { name: 0, email: 1 }, jobId: randomUUID() }));
    await pokeScratch((ctx) => (after = pageCount(ctx)));

    const { core, poke } = coreWithPoke();
    await poke((ctx) => ctx.db.pragma(`max_page_count = ${pageCount(ctx) + Math.ceil((after - before) * 1.5)}`));
    const result = await core.dispatch('candidates:import', { text: rows(3 * batch), mapping: { name: 0, email: 1 }, jobId: randomUUID() });
    const failure = errorOf(result);
    expect(failure.code).toBe('disk_full');
    await poke((ctx) => ctx.db.pragma('max_page_count = 1073741823'));
    const stored = value<{ total: number }>(await core.dispatch('candidates:list', { limit: 1 })).total;
    expect(stored).toBe(batch);
    expect(failure.message).toContain(`${batch.toLocaleString('en-US')} rows were imported and saved`);
    expect(failure.message).toMatch(/the rest was not saved/);
    expect(failure.message).not.toMatch(/this change was not saved/);
  });

  it('a file write that meets ENOSPC answers disk_full (injected)', async () => {
    const core = tempCore({
      handlers: {
        'attachments:add': () => {
          throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
        },
      },
    });
    const failure = errorOf(await core.dispatch('attachments:add', { candidateId: randomUUID(), path: '/tmp/cv.pdf' }));
    expect(failure.code).toBe('disk_full');
    expect(failure.message).toMatch(/not saved/);
  });

  it('the message names what was saved and the free space when known', () => {
    const message = diskFullMessage({ saved: '4,000 rows were imported and saved', freeBytes: 12 * 1024 * 1024, neededBytes: 300 * 1024 * 1024 });
    expect(message).toContain('4,000 rows were imported and saved; the rest was not saved');
    expect(message).toContain('Free up at least 300 MB on that disk (12 MB free now)');
  });
});

describe('a locked database', () => {
  it('answers busy after the bounded wait, with nothing half-written, and saves once the lock is gone', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir, busyTimeoutMs: 200 });
    value(await core.dispatch('roles:create', { title: 'Baker' }));
    const other = new Database(path.join(dataDir, 'hirebook.db'));
    try {
      other.prepare('BEGIN IMMEDIATE').run();
      const started = Date.now();
      const failure = errorOf(await core.dispatch('roles:create', { title: 'Waiter' }));
      expect(Date.now() - started).toBeGreaterThanOrEqual(150);
      expect(failure.code).toBe('busy');
      expect(failure.message).toMatch(/Another Hirebook window or the command line is saving/);
      expect(failure.message).toMatch(/Nothing was saved\. Try again in a moment\./);
      // Reads still answer meanwhile (WAL readers are not blocked by a writer).
      expect(value<RoleList>(await core.dispatch('roles:list', {})).roles.map((r) => r.title)).toEqual(['Baker']);
      other.prepare('ROLLBACK').run();
    } finally {
      other.close();
    }
    value(await core.dispatch('roles:create', { title: 'Waiter' }));
    expect(value<RoleList>(await core.dispatch('roles:list', {})).roles.map((r) => r.title).sort()).toEqual(['Baker', 'Waiter']);
  });

  it('every write channel opens its transaction with BEGIN IMMEDIATE (a lock is met before anything is written)', () => {
    const root = path.resolve(__dirname, '../../electron/core');
    const files = fs.readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    const deferred: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (let at = text.indexOf('.transaction('); at >= 0; at = text.indexOf('.transaction(', at + 1)) {
        let depth = 0;
        let i = at + '.transaction'.length;
        for (; i < text.length; i += 1) {
          if (text[i] === '(') depth += 1;
          else if (text[i] === ')' && --depth === 0) break;
        }
        const tail = text.slice(i + 1, i + 40).trimStart();
        if (!tail.startsWith('.immediate(')) deferred.push(file);
      }
    }
    // Reads in one snapshot (pipeline:get and pipeline:column; the reports and Today; a person's export; a message draft filled in;
    // search:everything; offers listed, an offer letter filled in, for its PDF or a draft's attachment), migrations (.immediate() on a variable), salvage (a fresh file of its own).
    expect(deferred.sort()).toEqual([
      'candidates/candidates-person-export-service.ts',
      'data-health/salvage.ts',
      'db/migrate.ts',
      'db/salvage-copy.ts',
      'messages/messages-handlers.ts',
      'messages/messages-service.ts',
      'offers/offers-handlers.ts',
      'offers/offers-service.ts',
      'pipeline/pipeline-handlers.ts',
      'pipeline/pipeline-handlers.ts',
      'reports/reports-handlers.ts',
      'search/search-handlers.ts',
    ]);
  });
});

describe('a read-only data folder', () => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  /**
   * A folder that really cannot be written: by permissions for an ordinary user; as root (CI), which ignores
   * permissions, a small tmpfs remounted read-only (EROFS, as a locked SD card or a read-only share gives).
   * `fill` runs while it is still writable. Null, with the reason printed, when neither can be had.
   */
  function readOnlyFolder(fill: (dir: string) => void): { dir: string; undo: () => void } | null {
    const dir = tempDir();
    if (!isRoot) {
      fill(dir);
      fs.chmodSync(dir, 0o555);
      return { dir, undo: () => fs.chmodSync(dir, 0o755) };
    }
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=8m', 'tmpfs', dir], { stdio: 'pipe' });
    } catch (error) {
      console.log(`read-only folder test skipped: running as root (permissions are ignored) and a tmpfs cannot be mounted here: ${String(error).slice(0, 200)}`);
      return null;
    }
    fill(dir);
    execFileSync('mount', ['-o', 'remount,ro', dir], { stdio: 'pipe' });
    return { dir, undo: () => execFileSync('umount', [dir], { stdio: 'pipe' }) };
  }

  function openError(dataDir: string): unknown {
    try {
      createCore({ dataDir, logger: quietLogger }).close();
    } catch (caught) {
      return caught;
    }
    return null;
  }

  it('an empty one is refused with folder_read_only and nothing is created in it', () => {
    const folder = readOnlyFolder(() => undefined);
    if (!folder) return;
    try {
      const error = openError(folder.dir);
      expect(error).toBeInstanceOf(CoreOpenError);
      expect((error as CoreOpenError).code).toBe('folder_read_only');
      expect((error as Error).message).toMatch(/cannot write to its data folder/);
      expect(fs.readdirSync(folder.dir)).toEqual([]);
    } finally {
      folder.undo();
    }
  });

  it('one holding data is refused the same way, and its files are left byte for byte', () => {
    let before: Record<string, Buffer> = {};
    const folder = readOnlyFolder((dir) => {
      const core = createCore({ dataDir: dir, logger: quietLogger });
      core.close();
      before = Object.fromEntries(fs.readdirSync(dir).filter((n) => fs.statSync(path.join(dir, n)).isFile()).map((n) => [n, fs.readFileSync(path.join(dir, n))]));
    });
    if (!folder) return;
    try {
      expect(Object.keys(before)).toContain('hirebook.db');
      const error = openError(folder.dir);
      expect((error as CoreOpenError).code).toBe('folder_read_only');
      for (const [name, bytes] of Object.entries(before)) expect(fs.readFileSync(path.join(folder.dir, name)).equals(bytes)).toBe(true);
    } finally {
      folder.undo();
    }
  });

  it('maps read-only and other storage errors to their kinds', () => {
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'EROFS' }))).toBe('read_only');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'EACCES' }))).toBe('read_only');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_READONLY' }))).toBe('read_only');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_FULL' }))).toBe('disk_full');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'EDQUOT' }))).toBe('disk_full');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_BUSY_SNAPSHOT' }))).toBe('busy');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_LOCKED' }))).toBe('busy');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_CORRUPT_INDEX' }))).toBe('damaged');
    expect(classifyStorageError(Object.assign(new Error('x'), { code: 'SQLITE_IOERR_READ' }))).toBe('damaged');
    expect(classifyStorageError(new Error('wrapped', { cause: Object.assign(new Error('x'), { code: 'SQLITE_NOTADB' }) }))).toBe('damaged');
    expect(classifyStorageError(new Error('other'))).toBeNull();
  });

  it('a write that meets a read-only file answers unavailable saying so, not internal', async () => {
    const core = tempCore({
      handlers: {
        'roles:create': () => {
          throw Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
        },
      },
    });
    const failure = errorOf(await core.dispatch('roles:create', { title: 'Baker' }));
    expect(failure.code).toBe('unavailable');
    expect(failure.message).toMatch(/cannot write to its data folder/);
  });
});

describe('a refused data folder', () => {
  function refused(dataDir: string): CoreOpenError {
    try {
      createCore({ dataDir, logger: quietLogger });
    } catch (error) {
      expect(error).toBeInstanceOf(CoreOpenError);
      return error as CoreOpenError;
    }
    throw new Error('expected createCore to refuse the folder');
  }

  it('gets nothing created beside a damaged database (bad header)', () => {
    const dataDir = tempDir();
    fs.writeFileSync(path.join(dataDir, 'hirebook.db'), Buffer.alloc(4096, 7));
    expect(refused(dataDir).code).toBe('database_corrupt');
    expect(fs.readdirSync(dataDir)).toEqual(['hirebook.db']);
  });

  it('gets nothing created beside a database whose tables are missing, and it is not changed', () => {
    const dataDir = tempDir();
    const file = path.join(dataDir, 'hirebook.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.exec('CREATE TABLE roles (id TEXT)');
    db.pragma('user_version = 4');
    db.close();
    const bytes = fs.readFileSync(file);
    expect(refused(dataDir).code).toBe('database_corrupt');
    expect(fs.readdirSync(dataDir)).toEqual(['hirebook.db']);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('gets nothing created beside a database from a newer Hirebook', () => {
    const dataDir = tempDir();
    const db = new Database(path.join(dataDir, 'hirebook.db'));
    db.pragma('user_version = 999');
    db.close();
    expect(refused(dataDir).code).toBe('database_too_new');
    expect(fs.readdirSync(dataDir)).toEqual(['hirebook.db']);
  });

  it('a good folder gets attachments/ and backups/ once its database opened', () => {
    const dataDir = path.join(tempDir(), 'new');
    const core = createCore({ dataDir, logger: quietLogger });
    void core.close();
    expect(fs.readdirSync(dataDir).filter((n) => !n.startsWith('hirebook.db')).sort()).toEqual(['attachments', 'backups']);
  });
});

describe('the health report', () => {
  it('is ok after the start-up checks, records them in health.json, and checks on demand', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    value(await core.dispatch('roles:create', { title: 'Baker' }));
    await core.checksDone();
    const health = value<DataHealth>(await core.dispatch('data:health', {}));
    expect(health).toMatchObject({ state: 'ok', lastCheckKind: 'full', details: [], newestBackup: null });
    expect(health.lastFullCheckAt).not.toBeNull();
    const record = JSON.parse(fs.readFileSync(path.join(dataDir, 'health.json'), 'utf8')) as { lastFullCheckAt: string };
    expect(record.lastFullCheckAt).toBe(health.lastFullCheckAt);
    const quick = value<DataHealth>(await core.dispatch('data:check', { full: false }));
    expect(quick).toMatchObject({ state: 'ok', lastCheckKind: 'quick' });
  });

  it('damage met by a request makes every write answer damaged, reads go on, the backup is offered', async () => {
    const dataDir = tempDir();
    let fail = false;
    const core = tempCore({
      dataDir,
      handlers: {
        'candidates:list': () => {
          if (fail) throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
          return { rows: [], total: 0, totalExact: true };
        },
      },
    });
    value(await core.dispatch('roles:create', { title: 'Baker' }));
    fs.writeFileSync(path.join(dataDir, 'backups', 'hirebook-v3-2026-01-01.db'), 'backup');
    fail = true;
    const met = errorOf(await core.dispatch('candidates:list', {}));
    expect(met.code).toBe('damaged');
    expect(met.message).toMatch(/read-only from now on/);
    const write = errorOf(await core.dispatch('roles:create', { title: 'Waiter' }));
    expect(write.code).toBe('damaged');
    expect(write.message).toMatch(/nothing can be changed/);
    expect(value<RoleList>(await core.dispatch('roles:list', {})).roles.map((r) => r.title)).toEqual(['Baker']);
    const health = value<DataHealth>(await core.dispatch('data:health', {}));
    expect(health.state).toBe('damaged');
    expect(health.newestBackup?.name).toBe('hirebook-v3-2026-01-01.db');
    expect(health.backupNote).toMatch(/everything saved after that would be missing/);
    expect(health.details.join(' ')).toMatch(/SQLITE_CORRUPT/);
    // Closing leaves the main file as it was when the damage was met (nothing checkpointed into it).
    const file = path.join(dataDir, 'hirebook.db');
    const bytes = fs.readFileSync(file);
    await core.close();
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it('while damaged, the newest backup can still be checked and restored; the next open has the backed-up data', async () => {
    const dataDir = tempDir();
    let fail = false;
    const handlers = {
      'candidates:list': () => {
        if (fail) throw Object.assign(new Error('database disk image is malformed'), { code: 'SQLITE_CORRUPT' });
        return { rows: [], total: 0, totalExact: true };
      },
    };
    const core = tempCore({ dataDir, handlers });
    value(await core.dispatch('roles:create', { title: 'Baker' }));
    const made = value<{ path: string }>(await core.dispatch('backup:auto', { reason: 'daily' }));
    value(await core.dispatch('roles:create', { title: 'Waiter' }));
    fail = true;
    expect(errorOf(await core.dispatch('candidates:list', {})).code).toBe('damaged');
    const health = value<DataHealth>(await core.dispatch('data:health', {}));
    expect(health.newestBackup?.path).toBe(made.path);
    expect(value<{ roles: number }>(await core.dispatch('backup:inspect', { path: made.path })).roles).toBe(1);
    const restored = value<{ replacedDir: string }>(await core.dispatch('backup:restore', { jobId: '6f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b', path: made.path }));
    await core.close();
    const reopened = tempCore({ dataDir });
    expect(value<DataHealth>(await reopened.dispatch('data:health', {})).state).not.toBe('damaged');
    expect(value<RoleList>(await reopened.dispatch('roles:list', {})).roles.map((r) => r.title)).toEqual(['Baker']);
    expect(fs.existsSync(path.join(restored.replacedDir, 'hirebook.db'))).toBe(true);
  });
});
