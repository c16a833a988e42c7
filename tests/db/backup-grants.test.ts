// Which archives the desktop app's core (grants required) inspects and restores without the open dialog: only
// files directly inside the data folder's own backups/ (the newest backup data:health offers when the data
// file is damaged); any other file, or a link in backups/ pointing out of it, still needs the dialog's grant.
// Runs in Vitest against real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupRestoreResult, BackupSummary, Result } from '../../electron/contract';
import { UNCHOSEN_FILE } from '../../electron/core/files/path-grants';
import { seedBackupData } from '../helpers/backup-seed';
import { tempCore, tempDir, value } from '../helpers/temp-core';

function refusal(result: Result<unknown>): string {
  if (result.ok) throw new Error(`Expected a refusal, got ${JSON.stringify(result.value)}`);
  return `${result.error.code}: ${result.error.message}`;
}

describe('backup grants', () => {
  it('inspects and restores an archive in <dataDir>/backups without a grant; refuses one elsewhere and a link out', async () => {
    const dataDir = tempDir();
    // Made by a trusting core (as the CLI would), then used by a core that requires grants (as the app does).
    const maker = tempCore({ dataDir });
    await seedBackupData(maker, 'Old');
    const inside = path.join(dataDir, 'backups', 'hirebook-auto-test.hirebook-backup');
    value(await maker.dispatch('backup:create', { jobId: randomUUID(), path: inside }));
    const outside = path.join(tempDir(), 'elsewhere.hirebook-backup');
    fs.copyFileSync(inside, outside);
    const link = path.join(dataDir, 'backups', 'link.hirebook-backup');
    fs.symlinkSync(outside, link);
    await maker.close();

    const app = tempCore({ dataDir, requireGrants: true });
    expect(value<BackupSummary>(await app.dispatch('backup:inspect', { path: inside })).roles).toBe(2);
    expect(refusal(await app.dispatch('backup:inspect', { path: outside }))).toBe(`invalid_input: ${UNCHOSEN_FILE}`);
    expect(refusal(await app.dispatch('backup:inspect', { path: link }))).toBe(`invalid_input: ${UNCHOSEN_FILE}`);
    expect(refusal(await app.dispatch('backup:restore', { jobId: randomUUID(), path: outside }))).toBe(`invalid_input: ${UNCHOSEN_FILE}`);
    const restored = value<BackupRestoreResult>(await app.dispatch('backup:restore', { jobId: randomUUID(), path: inside }));
    expect(restored.summary.candidates).toBe(3);
  });
});
