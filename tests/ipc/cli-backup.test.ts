// `hirebook backup` and `hirebook restore` through the real CLI bundle: a round trip with a passphrase from
// the environment and from stdin, --dry-run, a wrong passphrase, usage errors, an existing --out file, and
// a second Hirebook told plainly that the folder is busy. Runs in Vitest (Node).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createCore } from '../../electron/core';
import { LOCK_FILE } from '../../electron/core/backup/backup-lock';
import { folderState, seedBackupData } from '../helpers/backup-seed';
import { quietLogger } from '../helpers/temp-core';
import { cliTimeout, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();

async function seeded(label: string): Promise<string> {
  const dir = cli.tempDir();
  const core = createCore({ dataDir: dir, logger: quietLogger });
  await seedBackupData(core, label);
  await core.close();
  return dir;
}

describe('hirebook backup / restore', () => {
  it('backs up with a passphrase and restores it elsewhere; --dry-run and a wrong passphrase change nothing', async () => {
    const source = await seeded('Old');
    const out = path.join(cli.tempDir(), 'x.hirebook-backup');
    const made = await cli.run(['--data-dir', source, 'backup', '--out', out, '--passphrase-env', 'HB_PASS'], '', { HB_PASS: 'correct horse battery' });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toMatch(/Backed up to .*x\.hirebook-backup/);
    expect(made.stdout).toMatch(/if it is forgotten, the backup cannot be opened/);
    const again = await cli.run(['--data-dir', source, 'backup', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; add --force/);

    const target = await seeded('New');
    const before = folderState(target);
    const wrong = await cli.run(['--data-dir', target, 'restore', out, '--passphrase-stdin'], 'wrong horse battery\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/passphrase is not the one this backup was made with.*cannot be recovered/);
    const dry = await cli.run(['--data-dir', target, 'restore', out, '--dry-run', '--passphrase-stdin'], 'correct horse battery\n');
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toMatch(/complete, undamaged backup[\s\S]*Old Bakery[\s\S]*2 roles, 3 candidates, 3 files/);
    expect(folderState(target)).toEqual(before);

    const restored = await cli.run(['--data-dir', target, 'restore', out, '--passphrase-stdin', '--json'], 'correct horse battery\n');
    expect(restored.code, restored.stderr).toBe(0);
    const result = JSON.parse(restored.stdout) as { replacedDir: string; summary: { candidates: number } };
    expect(result.summary.candidates).toBe(3);
    expect(folderState(target)).toEqual(folderState(source));
    expect(folderState(result.replacedDir)).toEqual(before);
  }, cliTimeout(7));

  it('backups: none yet, then the last good one and the disk it uses', async () => {
    const dir = await seeded('Status');
    const none = await cli.run(['--data-dir', dir, 'backups']);
    expect(none.code, none.stderr).toBe(0);
    expect(none.stdout).toMatch(/Last good: +none yet/);
    expect(none.stdout).toMatch(/Warning: +No backup has been made yet/);
    const out = path.join(cli.tempDir(), 'status.hirebook-backup');
    expect((await cli.run(['--data-dir', dir, 'backup', '--out', out])).code).toBe(0);
    const after = await cli.run(['--data-dir', dir, 'backups', '--json']);
    expect(after.code, after.stderr).toBe(0);
    const status = JSON.parse(after.stdout) as { lastGood: { path: string; bytes: number }; warnings: string[]; automatic: boolean };
    expect(status).toMatchObject({ automatic: true, warnings: [], lastGood: { path: out, bytes: fs.statSync(out).size } });
  }, cliTimeout(4));

  it('usage errors', async () => {
    expect((await cli.run(['restore'])).stderr).toMatch(/"restore" needs a FILE/);
    expect((await cli.run(['backup', '--passphrase-env', 'A', '--passphrase-stdin'])).code).toBe(2);
    expect((await cli.run(['backup', '--dry-run'])).stderr).toMatch(/--dry-run is not an option of "backup"/);
  }, cliTimeout(3));

  it('a second Hirebook is told the folder is busy while another process backs it up', async () => {
    const dir = await seeded('Old');
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      fs.writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid: holder.pid, host: os.hostname(), since: new Date().toISOString(), what: 'backup' }));
      const run = await cli.run(['--data-dir', dir, 'backup', '--out', path.join(cli.tempDir(), 'b.hirebook-backup')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toMatch(new RegExp(`Another Hirebook is backing up this data folder \\(process ${holder.pid} .*Try again when it has finished\\. \\[busy\\]`));
      // Opening the folder for other work goes on: a backup does not need it to itself.
      expect((await cli.run(['--data-dir', dir, 'info'])).code).toBe(0);
    } finally {
      holder.kill('SIGKILL');
    }
  }, cliTimeout(2));
});
