// Automatic backups into backups/: made when due (daily: none in 24 hours; quit: the data changed since
// the last), checked like any backup, rotated 7 daily / 4 weekly / 6 monthly, and the pre-migration copies
// beside them left alone. Runs in Vitest against real files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ApiErrorBody, BackupAutoResult, BackupCreateResult, BackupStatus, BackupSummary, Result } from '../../electron/contract';
import { autoArchiveName } from '../../electron/core/backup/backup-auto';
import { tempCore, tempDir, value } from '../helpers/temp-core';

function failure(result: Result<unknown>): ApiErrorBody {
  if (result.ok) throw new Error(`Expected a failure, got ${JSON.stringify(result.value)}`);
  return result.error;
}

describe('backup:auto', () => {
  it('makes a daily backup once a day and one at quit only after a change; keeps pre-migration copies', async () => {
    const core = tempCore();
    const backups = path.join(core.dataDir, 'backups');
    const premigration = path.join(backups, 'hirebook-v3-2026-01-01T00-00-00-000Z.db');
    fs.writeFileSync(premigration, 'a copy made before an upgrade');
    const first = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' }));
    expect(first.path).toMatch(/backups[\\/]auto-.*\.hirebook-backup$/);
    expect(value<BackupSummary>(await core.dispatch('backup:inspect', { path: first.path as string })).schemaVersion).toBeGreaterThan(0);
    expect(value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' })).path).toBeNull();
    expect(value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'quit' })).path).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20));
    value(await core.dispatch('roles:create', { title: 'Barista' }));
    const atQuit = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'quit' }));
    expect(atQuit.path).not.toBeNull();
    expect(fs.existsSync(premigration)).toBe(true);
  });

  it('rotates the automatic archives: 7 daily, 4 weekly, 6 monthly; other files untouched', async () => {
    const now = new Date('2026-12-06T18:00:00.000Z');
    const core = tempCore({ now: () => now });
    const backups = path.join(core.dataDir, 'backups');
    for (let day = 1; day <= 400; day += 1) fs.writeFileSync(path.join(backups, autoArchiveName(new Date(now.getTime() - day * 86_400_000))), 'x');
    fs.writeFileSync(path.join(backups, 'my-own-copy.hirebook-backup'), 'x');
    const result = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' }));
    expect(result.path).not.toBeNull();
    const left = fs.readdirSync(backups).filter((name) => name.startsWith('auto-'));
    expect(left.length).toBeLessThanOrEqual(7 + 4 + 6);
    expect(left.length + result.removed.length).toBe(401);
    expect(left).toContain(path.basename(result.path as string));
    expect(fs.existsSync(path.join(backups, 'my-own-copy.hirebook-backup'))).toBe(true);
  });
});

describe('backup:status and backup:settings', () => {
  it('says when no backup was ever made, then shows the last good one, its size and the budget', async () => {
    const core = tempCore();
    const before = value<BackupStatus>(await core.dispatch('backup:status', {}));
    expect(before).toMatchObject({ automatic: true, secondFolder: null, lastGood: null, archives: 0, usedBytes: 0 });
    expect(before.folder).toBe(path.join(core.dataDir, 'backups'));
    expect(before.budgetBytes).toBeGreaterThan(0);
    expect(before.budgetBytes).toBeLessThanOrEqual(5 * 1024 ** 3);
    expect(before.warnings).toEqual([expect.stringMatching(/No backup has been made yet/)]);
    // Reading the status creates nothing in the data folder.
    expect(fs.existsSync(path.join(core.dataDir, 'backups.json'))).toBe(false);

    const made = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' }));
    const after = value<BackupStatus>(await core.dispatch('backup:status', {}));
    expect(after.lastGood).toMatchObject({ path: made.path, automatic: true, bytes: fs.statSync(made.path as string).size });
    expect(after).toMatchObject({ archives: 1, usedBytes: fs.statSync(made.path as string).size, warnings: [] });
  });

  it('warns when the last good backup is 7 days old, and a backup made by hand counts as good', async () => {
    let now = new Date('2026-12-01T09:00:00.000Z');
    const core = tempCore({ now: () => now });
    value(await core.dispatch('backup:auto', { reason: 'daily' }));
    now = new Date('2026-12-08T09:00:00.000Z');
    expect(value<BackupStatus>(await core.dispatch('backup:status', {})).warnings).toEqual(['No backup has succeeded for 7 days. Back up now.']);
    const outDir = tempDir();
    const made = value<BackupCreateResult>(await core.dispatch('backup:create', { jobId: randomUUID(), path: path.join(outDir, 'by-hand.hirebook-backup') }));
    const status = value<BackupStatus>(await core.dispatch('backup:status', {}));
    expect(status.lastGood).toMatchObject({ path: made.path, name: 'by-hand.hirebook-backup', automatic: false, takenAt: made.summary.createdAt });
    expect(status.warnings).toEqual([]);
  });

  it('turns automatic backups off and on; off means backup:auto makes none', async () => {
    const core = tempCore();
    expect(value<BackupStatus>(await core.dispatch('backup:settings', { automatic: false })).automatic).toBe(false);
    expect(value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' })).path).toBeNull();
    expect(JSON.parse(fs.readFileSync(path.join(core.dataDir, 'backups.json'), 'utf8'))).toMatchObject({ automatic: false });
    value(await core.dispatch('backup:settings', { automatic: true }));
    expect(value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' })).path).not.toBeNull();
  });

  it('copies each automatic backup into the second folder, byte for byte, and warns when the folder is gone', async () => {
    const core = tempCore();
    const stick = tempDir();
    expect(value<BackupStatus>(await core.dispatch('backup:settings', { secondFolder: stick }))).toMatchObject({ secondFolder: stick, secondFolderFound: true, warnings: [expect.stringMatching(/No backup/)] });
    const made = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'daily' }));
    expect(made.secondCopy).toBe(path.join(stick, path.basename(made.path as string)));
    expect(made.warning).toBeNull();
    expect(fs.readFileSync(made.secondCopy as string).equals(fs.readFileSync(made.path as string))).toBe(true);
    expect(fs.readdirSync(stick)).toEqual([path.basename(made.path as string)]);

    fs.rmSync(stick, { recursive: true, force: true });
    const status = value<BackupStatus>(await core.dispatch('backup:status', {}));
    expect(status.secondFolderFound).toBe(false);
    expect(status.warnings).toEqual([expect.stringMatching(/second backup folder .* cannot be found/)]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    value(await core.dispatch('roles:create', { title: 'Barista' }));
    const atQuit = value<BackupAutoResult>(await core.dispatch('backup:auto', { reason: 'quit' }));
    expect(atQuit.path).not.toBeNull();
    expect(fs.existsSync(atQuit.path as string)).toBe(true);
    expect(atQuit).toMatchObject({ secondCopy: null, warning: expect.stringMatching(/cannot be found/) });

    value(await core.dispatch('backup:settings', { secondFolder: null }));
    expect(value<BackupStatus>(await core.dispatch('backup:status', {}))).toMatchObject({ secondFolder: null, warnings: [] });
  });

  it('refuses a second folder that does not exist or lies inside the data folder', async () => {
    const core = tempCore();
    const missing = failure(await core.dispatch('backup:settings', { secondFolder: path.join(tempDir(), 'nope') }));
    expect(missing).toMatchObject({ code: 'invalid_input', issues: [{ path: ['secondFolder'], message: expect.stringMatching(/cannot be found/) }] });
    const inside = failure(await core.dispatch('backup:settings', { secondFolder: path.join(core.dataDir, 'backups') }));
    expect(inside.message).toMatch(/outside the data folder/);
    expect(value<BackupStatus>(await core.dispatch('backup:status', {})).secondFolder).toBeNull();
  });

  it('a backup at quit that was stopped is made at the next start', async () => {
    const dataDir = tempDir();
    const first = tempCore({ dataDir });
    value(await first.dispatch('backup:auto', { reason: 'daily' }));
    await new Promise((resolve) => setTimeout(resolve, 20));
    value(await first.dispatch('roles:create', { title: 'Barista' }));
    const jobId = randomUUID();
    const quitting = first.dispatch('backup:auto', { reason: 'quit', jobId });
    // The shell's 10-second limit, reached at once.
    await first.dispatch('backup:cancel', { jobId });
    const stopped = await quitting;
    expect(stopped.ok).toBe(false);
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'backups.json'), 'utf8'))).toMatchObject({ pendingQuit: true });
    expect(fs.readdirSync(path.join(dataDir, 'backups')).filter((n) => n.startsWith('auto-'))).toHaveLength(1);
    first.close();

    // Next start: the daily check finds a backup from today, but the stopped one is due.
    const next = tempCore({ dataDir });
    const made = value<BackupAutoResult>(await next.dispatch('backup:auto', { reason: 'daily' }));
    expect(made.path).not.toBeNull();
    expect(JSON.parse(fs.readFileSync(path.join(dataDir, 'backups.json'), 'utf8'))).toMatchObject({ pendingQuit: false });
    expect(value<BackupAutoResult>(await next.dispatch('backup:auto', { reason: 'daily' })).path).toBeNull();
  });
});
