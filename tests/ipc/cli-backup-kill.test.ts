// A killed backup or restore never leaves a half state: the built `hirebook backup` and `hirebook restore`
// run as child processes and get SIGKILL after a random delay (across the whole run: start-up, snapshot,
// files, verify, staging, the switch). After each, the next opening of the folder (completePendingRestore,
// which createCore runs first) must find it wholly the old or wholly the new state, passing integrity_check,
// with every attachment present; a backup's target is either absent or a complete, valid archive.
// Runs in Vitest (Node) against the CLI bundle built once per run.
import { spawn } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupSummary } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { completePendingRestore } from '../../electron/core/backup/restore-journal';
import { folderState, jobLeftovers, seedBackupData, type FolderState } from '../helpers/backup-seed';
import { quietLogger, value } from '../helpers/temp-core';
import { ROOT, useCliTestbed } from './cli-harness';

const cli = useCliTestbed();
const ROUNDS = 50;

/** A small seeded generator, so a failing round can be replayed from the seed in its message. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A data folder with data, résumés and 20 larger files (unreferenced, like files whose candidate was deleted), so each phase takes a while. */
async function seededFolder(label: string, dir: string): Promise<string> {
  const core = createCore({ dataDir: dir, logger: quietLogger });
  try {
    await seedBackupData(core, label, { roles: 3, candidates: 8 });
  } finally {
    await core.close();
  }
  for (let i = 0; i < 20; i += 1) {
    const bytes = randomBytes(256 * 1024);
    fs.writeFileSync(path.join(dir, 'attachments', createHash('sha256').update(bytes).digest('hex')), bytes);
  }
  return dir;
}

interface Run {
  ms: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the CLI, killing it after `killAfterMs` (never, when null). */
function runCli(args: string[], killAfterMs: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const child = spawn(process.execPath, [cli.bundle(), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ ms: Date.now() - started, code, signal, stderr });
    });
  });
}

function expectWhole(state: FolderState, where: string): void {
  expect(state.integrity, where).toBe('ok');
  expect(state.attachmentsIntact, where).toBe(true);
}

describe('SIGKILL during backup and restore', () => {
  it(`a backup killed at ${ROUNDS} random points leaves the data folder as it was and no partial archive`, async () => {
    const dataDir = await seededFolder('Old', cli.tempDir());
    const before = folderState(dataDir);
    const outDir = cli.tempDir();
    const full = await runCli(['--data-dir', dataDir, 'backup', '--out', path.join(outDir, 'whole.hirebook-backup')], null);
    expect(full.code, full.stderr).toBe(0);
    const seed = Date.now();
    const next = random(seed);
    let completed = 0;
    for (let round = 0; round < ROUNDS; round += 1) {
      const where = `round ${round}, seed ${seed}`;
      const target = path.join(outDir, `r${round}.hirebook-backup`);
      const run = await runCli(['--data-dir', dataDir, 'backup', '--out', target], Math.floor(next() * full.ms * 1.1));
      if (fs.existsSync(target)) {
        completed += 1;
        const core = createCore({ dataDir: cli.tempDir(), logger: quietLogger });
        const summary = value<BackupSummary>(await core.dispatch('backup:inspect', { path: target }));
        await core.close();
        expect(summary.candidates, where).toBe(8);
      } else {
        expect(run.signal, `${where}: exit code ${run.code}, ${run.stderr}`).toBe('SIGKILL');
      }
      completePendingRestore(dataDir);
      expect(folderState(dataDir), where).toEqual(before);
      expect(jobLeftovers(dataDir), where).toEqual([]);
    }
    // Some runs were killed mid-way, so the test covered more than start-up and finished runs.
    expect(completed).toBeLessThan(ROUNDS);
  }, 900_000);

  it(`a restore killed at ${ROUNDS} random points leaves the folder wholly old or wholly new`, async () => {
    const oldDir = await seededFolder('Old', cli.tempDir());
    const newDir = await seededFolder('New', cli.tempDir());
    const archive = path.join(cli.tempDir(), 'new.hirebook-backup');
    expect((await runCli(['--data-dir', newDir, 'backup', '--out', archive], null)).code).toBe(0);
    const oldState = folderState(oldDir);
    const newState = folderState(newDir);
    expect(newState).not.toEqual(oldState);
    const probe = path.join(cli.tempDir(), 'probe');
    fs.cpSync(oldDir, probe, { recursive: true });
    const full = await runCli(['--data-dir', probe, 'restore', archive], null);
    expect(full.code, full.stderr).toBe(0);
    expect(folderState(probe)).toEqual(newState);

    const seed = Date.now();
    const next = random(seed);
    const outcomes = { old: 0, new: 0 };
    for (let round = 0; round < ROUNDS; round += 1) {
      const where = `round ${round}, seed ${seed}`;
      const dir = path.join(cli.tempDir(), `restore-${round}-${randomUUID()}`);
      fs.cpSync(oldDir, dir, { recursive: true });
      // Every other round is killed late in the run, where the journal is committed and the folder switched.
      const at = round % 2 === 0 ? next() * 1.1 : 0.8 + next() * 0.3;
      await runCli(['--data-dir', dir, 'restore', archive], Math.floor(at * full.ms));
      completePendingRestore(dir);
      const state = folderState(dir);
      expectWhole(state, where);
      if (state.company === oldState.company) {
        expect(state, where).toEqual(oldState);
        outcomes.old += 1;
      } else {
        expect(state, where).toEqual(newState);
        outcomes.new += 1;
        const replaced = fs.readdirSync(dir).filter((name) => name.startsWith('replaced-'));
        expect(replaced, where).toHaveLength(1);
        expect(folderState(path.join(dir, replaced[0] as string)), where).toEqual(oldState);
      }
      expect(jobLeftovers(dir), where).toEqual([]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    expect(outcomes.old + outcomes.new).toBe(ROUNDS);
    console.log(`restore kills: ${outcomes.old} left the old state, ${outcomes.new} the new`);
  }, 900_000);
});
