// Automatic backups into backups/: made when due (daily: none in 24 hours; quit: the data changed since
// the last), checked like any backup, rotated 7 daily / 4 weekly / 6 monthly, and the pre-migration copies
// beside them left alone. Runs in Vitest against real files.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupAutoResult, BackupSummary } from '../../electron/contract';
import { autoArchiveName } from '../../electron/core/backup/backup-auto';
import { tempCore, value } from '../helpers/temp-core';

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
