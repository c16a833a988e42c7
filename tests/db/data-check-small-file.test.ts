// Where the start-up checks of the data file run: a file (with its -wal) under SMALL_FILE_BYTES on the
// core's thread, at once, so a short command that writes does not wait for a worker thread to start; a
// larger one in the data-check worker. Every file is still checked: a damaged small file is found before
// any write, and a file that is not small (not new) still goes to the worker. The worker here is a stand-in
// that answers "unfinished" with a finding naming itself, so the log shows whether it was asked.
// Runs in Vitest (Node) on real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DataHealth } from '../../electron/contract';
import { createCore, type CoreOptions } from '../../electron/core';
import { SMALL_FILE_BYTES } from '../../electron/core/data-health/data-check-client';
import { damageLeafPage } from '../helpers/damage-page';
import { SPY_FINDING } from '../helpers/data-check-spy-worker';
import { quietLogger, tempCore, tempDir, value } from '../helpers/temp-core';

const spy: NonNullable<CoreOptions['workers']> = {
  dataCheck: { path: path.join(__dirname, '..', 'helpers', 'data-check-spy-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
};

/** Warnings the core logged, as text. */
function warningLog(): { logger: CoreOptions['logger']; lines: string[] } {
  const lines: string[] = [];
  return { lines, logger: { ...quietLogger, warn: (...args: unknown[]) => lines.push(args.map(String).join(' ')) } };
}

/** A closed data folder holding `rows` imported candidates (no -wal left). */
async function folderWith(rows: number): Promise<string> {
  const dataDir = tempDir();
  const seed = createCore({ dataDir, logger: quietLogger });
  const lines = Array.from({ length: rows }, (_, i) => `Person ${i},person${i}@example.test`);
  value(await seed.dispatch('candidates:import', { text: `Name,Email\n${lines.join('\n')}\n`, mapping: { name: 0, email: 1 }, jobId: randomUUID() }));
  await seed.close();
  return dataDir;
}

const sizeOf = (dataDir: string): number => fs.statSync(path.join(dataDir, 'hirebook.db')).size;

describe('the start-up checks of a small data file', { timeout: 30_000 }, () => {
  it('run on the core’s thread: a new folder is checked quick and full without asking the worker', async () => {
    const { logger, lines } = warningLog();
    const core = tempCore({ workers: spy, logger });
    await core.checksDone();
    expect(sizeOf(core.dataDir)).toBeLessThan(SMALL_FILE_BYTES);
    const health = value<DataHealth>(await core.dispatch('data:health', {}));
    expect(health).toMatchObject({ state: 'ok', lastCheckKind: 'full' });
    expect(health.lastFullCheckAt).not.toBeNull();
    expect(lines.join('\n')).not.toContain(SPY_FINDING);
  });

  it('still find damage in a small file before anything is written to it', async () => {
    const dataDir = await folderWith(600);
    expect(sizeOf(dataDir)).toBeLessThan(SMALL_FILE_BYTES);
    const file = path.join(dataDir, 'hirebook.db');
    damageLeafPage(file, 'candidates');
    const before = fs.readFileSync(file);
    const { logger, lines } = warningLog();
    const core = tempCore({ dataDir, workers: spy, logger });
    const write = await core.dispatch('roles:create', { title: 'Written after the damage' });
    expect(write).toMatchObject({ ok: false, error: { code: 'damaged' } });
    expect(value<DataHealth>(await core.dispatch('data:health', {})).state).toBe('damaged');
    await core.close();
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(lines.join('\n')).not.toContain(SPY_FINDING);
  });

  it('a file that is not small is checked in the worker, both checks', async () => {
    const dataDir = await folderWith(6000);
    expect(sizeOf(dataDir)).toBeGreaterThan(SMALL_FILE_BYTES);
    const recorded = fs.readFileSync(path.join(dataDir, 'health.json'), 'utf8');
    const { logger, lines } = warningLog();
    const core = tempCore({ dataDir, workers: spy, logger });
    await core.checksDone();
    const log = lines.join('\n');
    expect(log).toMatch(new RegExp(`The quick check of the data file did not finish[^]*${SPY_FINDING}`));
    expect(log).toMatch(new RegExp(`The full check of the data file did not finish[^]*${SPY_FINDING}`));
    // The stand-in gave no verdict: no check of this session is recorded as passed.
    expect(fs.readFileSync(path.join(dataDir, 'health.json'), 'utf8')).toBe(recorded);
  });
});
