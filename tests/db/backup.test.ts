// Backups end to end on real files, in-thread (from TypeScript sources): an archive of the database and
// every attachment with a manifest; inspect; restore staged and switched on the next open, the old data
// kept aside; passphrase protection; damaged archives refused; a full disk; cancel; the folder lock; and
// archives made at every earlier schema version restored and migrated. Runs in Vitest against real SQLite files.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import yauzl from 'yauzl';
import { afterEach, describe, expect, it } from 'vitest';
import type { BackupCreateResult, BackupRestoreResult, BackupSummary, Result } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { backupHandlersWith } from '../../electron/core/backup/backup-handlers';
import { acquireDataLock, LOCK_FILE } from '../../electron/core/backup/backup-lock';
import { writeBackup } from '../../electron/core/backup/backup-write';
import { JOURNAL_FILE } from '../../electron/core/backup/restore-journal';
import { migrate } from '../../electron/core/db/migrate';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/core/db/migrations';
import { openDatabase, readUserVersion } from '../../electron/core/db/open-database';
import { folderState, jobLeftovers, MARKER, seedBackupData } from '../helpers/backup-seed';
import { quietLogger, tempCore, tempDir, value } from '../helpers/temp-core';

/** A fast scrypt for tests (age's default, 18, takes about a second and 256 MB per archive). */
const FAST = { scryptWorkFactor: 10 };

function knobCore(dataDir: string, knobs: Parameters<typeof backupHandlersWith>[0] = FAST) {
  return tempCore({ dataDir, handlers: backupHandlersWith({ ...FAST, ...knobs }) });
}

function failure(result: Result<unknown>): { code: string; message: string } {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

async function seededFolder(label = 'Old'): Promise<string> {
  const dataDir = tempDir();
  const core = tempCore({ dataDir });
  await seedBackupData(core, label);
  await core.close();
  return dataDir;
}

async function archiveOf(dataDir: string, passphrase?: string): Promise<string> {
  const core = knobCore(dataDir);
  const out = path.join(tempDir(), 'a.hirebook-backup');
  value(await core.dispatch('backup:create', { jobId: randomUUID(), path: out, ...(passphrase ? { passphrase } : {}) }));
  await core.close();
  return out;
}

/** Each member's data range in a plain zip (after its local header). */
function memberRanges(file: string): Promise<{ name: string; start: number; length: number }[]> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (error, zip) => {
      if (error || !zip) return reject(error);
      const ranges: { name: string; start: number; length: number }[] = [];
      const bytes = fs.readFileSync(file);
      zip.on('entry', (entry: yauzl.Entry) => {
        const header = entry.relativeOffsetOfLocalHeader;
        const start = header + 30 + bytes.readUInt16LE(header + 26) + bytes.readUInt16LE(header + 28);
        ranges.push({ name: entry.fileName, start, length: entry.compressedSize });
        zip.readEntry();
      });
      zip.on('end', () => {
        zip.close();
        resolve(ranges);
      });
      zip.readEntry();
    });
  });
}

function flipped(file: string, at: number): string {
  const bytes = fs.readFileSync(file);
  bytes[at] = (bytes[at] as number) ^ 0x01;
  const out = path.join(tempDir(), 'flipped.hirebook-backup');
  fs.writeFileSync(out, bytes);
  return out;
}

const children: number[] = [];
afterEach(() => {
  for (const pid of children.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

describe('backup and restore', () => {
  it('backs up, inspects and restores, keeping the replaced data aside', async () => {
    const dataDir = tempDir();
    const core = tempCore({ dataDir });
    await seedBackupData(core, 'Old');
    const out = path.join(tempDir(), 'a.hirebook-backup');
    const made = value<BackupCreateResult>(await core.dispatch('backup:create', { jobId: randomUUID(), path: out }));
    expect(made.summary).toMatchObject({ roles: 2, candidates: 3, attachments: 3, encrypted: false, schemaVersion: LATEST_SCHEMA_VERSION });
    expect(made.summary.tables.candidates).toBe(3);
    expect(made.notice).toBeNull();
    const summary = value<BackupSummary>(await core.dispatch('backup:inspect', { path: out }));
    expect(summary.companyName).toBe(`Old Bakery ${MARKER}`);
    const old = folderState(dataDir);
    // The same name again is refused without replace, and allowed with it.
    expect(failure(await core.dispatch('backup:create', { jobId: randomUUID(), path: out })).code).toBe('conflict');
    value(await core.dispatch('backup:create', { jobId: randomUUID(), path: out, replace: true }));

    const other = tempCore();
    await seedBackupData(other, 'New', { roles: 1, candidates: 1 });
    const restored = value<BackupRestoreResult>(await other.dispatch('backup:restore', { jobId: randomUUID(), path: out }));
    expect(restored.reopenNeeded).toBe(true);
    const before = folderState(other.dataDir);
    // Until the switch, a second backup or restore is refused: the restore is decided.
    expect(failure(await other.dispatch('backup:create', { jobId: randomUUID(), path: path.join(tempDir(), 'x.hirebook-backup') })).code).toBe('conflict');
    await other.close();
    const reopened = tempCore({ dataDir: other.dataDir });
    expect(folderState(reopened.dataDir)).toEqual(old);
    expect(folderState(restored.replacedDir)).toEqual(before);
    expect(jobLeftovers(reopened.dataDir)).toEqual([]);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['a.hirebook-backup']);
  });

  it('encrypts with a passphrase: no marker in the raw bytes, a wrong or missing passphrase is refused plainly', async () => {
    const dataDir = await seededFolder();
    const plain = await archiveOf(dataDir);
    expect(fs.readFileSync(plain).includes(MARKER)).toBe(true);
    const core = knobCore(dataDir);
    const out = path.join(tempDir(), 'secret.hirebook-backup');
    const made = value<BackupCreateResult>(await core.dispatch('backup:create', { jobId: randomUUID(), path: out, passphrase: 'correct horse battery' }));
    expect(made.summary.encrypted).toBe(true);
    expect(made.notice).toMatch(/cannot be (opened|recovered)/);
    const raw = fs.readFileSync(out);
    expect(raw.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    for (const form of [MARKER, MARKER.toLowerCase(), Buffer.from(MARKER, 'utf16le').toString('latin1')]) expect(raw.includes(Buffer.from(form, 'latin1'))).toBe(false);

    const wrong = failure(await core.dispatch('backup:inspect', { path: out, passphrase: 'wrong horse battery' }));
    expect(wrong.code).toBe('invalid_input');
    expect(wrong.message).toMatch(/passphrase is not the one.*cannot be recovered/);
    expect(failure(await core.dispatch('backup:inspect', { path: out })).message).toMatch(/protected by a passphrase/);
    const summary = value<BackupSummary>(await core.dispatch('backup:inspect', { path: out, passphrase: 'correct horse battery' }));
    expect(summary).toMatchObject({ encrypted: true, candidates: 3 });
    expect(jobLeftovers(dataDir)).toEqual([]);
  });

  it('refuses an archive with one flipped byte in any member (plain or encrypted), changing nothing', async () => {
    const dataDir = await seededFolder();
    const archive = await archiveOf(dataDir);
    const ranges = await memberRanges(archive);
    expect(ranges.map((r) => r.name).sort()).toEqual(expect.arrayContaining(['hirebook.db', 'manifest.json']));
    expect(ranges).toHaveLength(5);
    const target = await seededFolder('Target');
    const before = folderState(target);
    const core = knobCore(target);
    for (const range of ranges) {
      for (const at of [range.start, range.start + Math.floor(range.length / 2), range.start + range.length - 1]) {
        const result = await core.dispatch('backup:restore', { jobId: randomUUID(), path: flipped(archive, at) });
        const error = failure(result);
        expect(error.code, `${range.name} at ${at}`).toBe('invalid_input');
        expect(error.message).toMatch(/damaged|altered|not valid|not a Hirebook backup/);
        expect(jobLeftovers(target)).toEqual([]);
      }
    }
    const secret = await archiveOf(dataDir, 'correct horse battery');
    const size = fs.statSync(secret).size;
    for (const at of [30, 200, Math.floor(size / 2), size - 1]) {
      const error = failure(await core.dispatch('backup:restore', { jobId: randomUUID(), path: flipped(secret, at), passphrase: 'correct horse battery' }));
      expect(error.code, `encrypted at ${at}`).toBe('invalid_input');
    }
    await core.close();
    expect(folderState(target)).toEqual(before);
    expect(fs.readdirSync(target).filter((name) => name.startsWith('replaced-'))).toEqual([]);
  });

  it('a full disk during a backup leaves no file, and during a restore changes nothing', async () => {
    const dataDir = await seededFolder();
    const size = fs.statSync(await archiveOf(dataDir)).size;
    // Near the end too: 95% of an archive of the same data (not size - 1: two archives of the same data may
    // differ by a few bytes, deflate seeing other timestamps, and a smaller one would fit).
    for (const limit of [0, 1000, Math.floor(size / 2), Math.floor(size * 0.95)]) {
      const core = knobCore(dataDir, { writeLimitBytes: limit });
      const folder = tempDir();
      const error = failure(await core.dispatch('backup:create', { jobId: randomUUID(), path: path.join(folder, 'b.hirebook-backup') }));
      expect(error.code, `limit ${limit}`).toBe('disk_full');
      expect(error.message).toMatch(/disk is full/);
      expect(fs.readdirSync(folder)).toEqual([]);
      expect(jobLeftovers(dataDir)).toEqual([]);
      await core.close();
    }
    const archive = await archiveOf(dataDir);
    const target = await seededFolder('Target');
    const before = folderState(target);
    for (const limit of [0, 1000, Math.floor(size / 2)]) {
      const core = knobCore(target, { writeLimitBytes: limit });
      const error = failure(await core.dispatch('backup:restore', { jobId: randomUUID(), path: archive }));
      expect(error.message, `limit ${limit}`).toMatch(/disk is full/);
      await core.close();
      expect(jobLeftovers(target)).toEqual([]);
    }
    tempCore({ dataDir: target });
    expect(folderState(target)).toEqual(before);
  });

  it('cancel leaves no file and reports it', async () => {
    const dataDir = await seededFolder();
    const core = knobCore(dataDir);
    const folder = tempDir();
    const jobId = randomUUID();
    const running = core.dispatch('backup:create', { jobId, path: path.join(folder, 'c.hirebook-backup') });
    expect(value<{ cancelled: boolean }>(await core.dispatch('backup:cancel', { jobId })).cancelled).toBe(true);
    const error = failure(await running);
    expect(error.message).toMatch(/Cancelled/);
    expect(fs.readdirSync(folder)).toEqual([]);
    expect(jobLeftovers(dataDir)).toEqual([]);
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('reports progress events', async () => {
    const dataDir = await seededFolder();
    const events: { phase: string; done: number; total: number }[] = [];
    const core = tempCore({ dataDir, handlers: backupHandlersWith(FAST), onEvent: (name, payload) => name === 'backup:progress' && events.push(payload as never) });
    value(await core.dispatch('backup:create', { jobId: randomUUID(), path: path.join(tempDir(), 'p.hirebook-backup') }));
    expect(events.map((e) => e.phase)).toEqual(expect.arrayContaining(['snapshot', 'files', 'verify']));
    expect(events.filter((e) => e.phase === 'files').at(-1)).toMatchObject({ done: expect.any(Number) });
  });

  it('a second Hirebook gets a clear busy message while the folder is locked; a dead holder\'s lock is taken over', async () => {
    const dataDir = await seededFolder();
    const sleeper = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    children.push(sleeper.pid as number);
    const lock = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(lock, JSON.stringify({ pid: sleeper.pid, host: os.hostname(), since: new Date().toISOString(), what: 'restore' }));
    const core = knobCore(dataDir);
    const out = path.join(tempDir(), 'l.hirebook-backup');
    const error = failure(await core.dispatch('backup:create', { jobId: randomUUID(), path: out }));
    expect(error.code).toBe('busy');
    expect(error.message).toMatch(new RegExp(`Another Hirebook is restoring a backup into this data folder \\(process ${sleeper.pid}`));
    // A committed restore while another process holds the lock: opening the folder is refused, untouched.
    fs.writeFileSync(path.join(dataDir, JOURNAL_FILE), JSON.stringify({ staging: '.restore-staging-x', replaced: 'replaced-x' }));
    expect(() => createCore({ dataDir, logger: quietLogger })).toThrow(/Another Hirebook/);
    fs.rmSync(path.join(dataDir, JOURNAL_FILE));
    sleeper.kill('SIGKILL');
    await new Promise((resolve) => sleeper.once('exit', resolve));
    value(await core.dispatch('backup:create', { jobId: randomUUID(), path: out }));
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('puts the lock in place whole, and clears the draft of one a killed process was taking', async () => {
    const dataDir = await seededFolder();
    // A process killed between writing its lock's draft and linking it: its pid is gone, so the draft goes.
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    const deadDraft = path.join(dataDir, `.${LOCK_FILE}-${gone.pid}-x1`);
    const liveDraft = path.join(dataDir, `.${LOCK_FILE}-${process.pid}-y2`);
    fs.writeFileSync(deadDraft, '{"pid":');
    fs.writeFileSync(liveDraft, '{"pid":');
    const lock = acquireDataLock(dataDir, 'backup');
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid, what: 'backup' });
    expect(fs.existsSync(deadDraft)).toBe(false);
    // A draft of a live process (this one here) is someone taking the lock right now: left alone.
    expect(fs.existsSync(liveDraft)).toBe(true);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith(`.${LOCK_FILE}-`))).toEqual([path.basename(liveDraft)]);
    lock.release();
    expect(fs.existsSync(path.join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('an empty lock (being written, or cut short by a power cut) waits a minute, but not one from before this computer started', async () => {
    const dataDir = await seededFolder();
    const lock = path.join(dataDir, LOCK_FILE);
    fs.writeFileSync(lock, '');
    const core = knobCore(dataDir);
    const out = path.join(tempDir(), 'e.hirebook-backup');
    expect(failure(await core.dispatch('backup:create', { jobId: randomUUID(), path: out })).code).toBe('busy');
    const beforeBoot = new Date(Date.now() - os.uptime() * 1000 - 5_000);
    fs.utimesSync(lock, beforeBoot, beforeBoot);
    value(await core.dispatch('backup:create', { jobId: randomUUID(), path: out }));
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('restores and migrates an archive made at every earlier schema version; refuses a newer one', async () => {
    for (let version = 1; version <= LATEST_SCHEMA_VERSION + 1; version += 1) {
      const source = tempDir();
      const db = openDatabase(path.join(source, 'hirebook.db'));
      migrate(db, { migrations: MIGRATIONS.slice(0, Math.min(version, LATEST_SCHEMA_VERSION)) });
      db.prepare("UPDATE companies SET name = ? WHERE id = 'default'").run(`Schema ${version}`);
      db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
        VALUES ('5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f', 'Line Cook', 'onsite', 'full_time', 'USD', 'hour', 1, 'open', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`).run();
      if (version > LATEST_SCHEMA_VERSION) db.pragma(`user_version = ${version}`);
      db.close();
      const out = path.join(tempDir(), `v${version}.hirebook-backup`);
      await writeBackup(
        { kind: 'create', dataDir: source, databasePath: path.join(source, 'hirebook.db'), nativeBinding: undefined, appVersion: 'old', now: new Date().toISOString(), outPath: out, replace: false, passphrase: undefined },
        { progress: () => undefined, cancelled: () => false },
      );
      const target = tempDir();
      const core = knobCore(target);
      const result = await core.dispatch('backup:restore', { jobId: randomUUID(), path: out });
      if (version > LATEST_SCHEMA_VERSION) {
        expect(failure(result).message).toMatch(/made by a newer Hirebook/);
        continue;
      }
      expect(value<BackupRestoreResult>(result).summary.schemaVersion).toBe(version);
      await core.close();
      const reopened = tempCore({ dataDir: target });
      const roles = value<{ roles: { title: string }[] }>(await reopened.dispatch('roles:list', {}));
      expect(roles.roles.map((role) => role.title)).toEqual(['Line Cook']);
      const check = openDatabase(reopened.databasePath);
      expect(readUserVersion(check)).toBe(LATEST_SCHEMA_VERSION);
      check.close();
      expect(folderState(target).company).toBe(`Schema ${version}`);
    }
  });
});
