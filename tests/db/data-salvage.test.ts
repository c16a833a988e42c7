// Salvage: every row that still reads, from a damaged data file into a new file in a chosen folder;
// the damaged file is never written. Through the core (data:salvage) and without one (the CLI's path,
// for a file the core refuses). Runs in Vitest (Node) against real SQLite files.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCount, CandidateList, DataHealth, SalvageResult } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { salvageDataFile } from '../../electron/core/data-health/salvage';
import { damageLeafPage } from '../helpers/damage-page';
import { quietLogger, tempCore, tempDir, value } from '../helpers/temp-core';

const hash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

async function populated(): Promise<{ dataDir: string; file: string; candidates: number }> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, logger: quietLogger });
  const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},person${i}@example.test,tag${i % 5}`);
  try {
    value(await core.dispatch('sample:load', {}));
    value(await core.dispatch('candidates:import', { text: `Name,Email,Tags\n${rows.join('\n')}\n`, mapping: { name: 0, email: 1, tags: 2 }, jobId: randomUUID() }));
  } finally {
    await core.close();
  }
  const file = path.join(dataDir, 'hirebook.db');
  return { dataDir, file, candidates: candidatesIn(file) };
}

function candidatesIn(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM candidates').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('salvage', () => {
  it('copies the readable rows of a damaged file, counts the lost ones, and never writes the file', async () => {
    const { dataDir, file, candidates } = await populated();
    damageLeafPage(file, 'candidates');
    const before = hash(file);
    const out = tempDir();
    const result: SalvageResult = salvageDataFile(file, out, new Date('2026-12-06T12:00:00Z'));
    expect(hash(file)).toBe(before);
    // (The test's own read-only connections leave -wal/-shm files beside it; salvage adds nothing.)
    expect(fs.readdirSync(dataDir).filter((n) => !/-(wal|shm)$/.test(n))).toEqual(['attachments', 'backups', 'health.json', 'hirebook.db']);
    expect(path.dirname(result.path)).toBe(fs.realpathSync(out));
    expect(fs.readdirSync(out)).toEqual([path.basename(result.path)]);
    const table = result.tables.find((t) => t.table === 'candidates');
    expect(table).toBeDefined();
    expect(table?.saved).toBeGreaterThan(candidates / 2);
    expect(table?.saved).toBeLessThan(candidates);
    expect(candidatesIn(result.path)).toBe(table?.saved);
    expect(result.lost).toBeGreaterThan(0);
    expect(result.message).toMatch(/rows could not be read and are missing from the copy\. .*Your data file was not changed\./);
    console.log(`salvage: candidates ${table?.saved} of ${candidates} saved; ${result.saved} rows saved, ${result.lost} lost in all`);
    // The copy opens as a Hirebook data folder, passes its checks, and its search index was rebuilt.
    const copyDir = tempDir();
    fs.copyFileSync(result.path, path.join(copyDir, 'hirebook.db'));
    const core = tempCore({ dataDir: copyDir });
    await core.checksDone();
    expect(value<DataHealth>(await core.dispatch('data:health', {})).state).toBe('ok');
    expect(value<CandidateList>(await core.dispatch('candidates:list', { limit: 1 })).total).toBe(table?.saved);
    const people = new Database(result.path, { readonly: true });
    const named = people.prepare("SELECT count(*) FROM candidates WHERE full_name LIKE 'Person %'").pluck().get() as number;
    people.close();
    // candidates:list stops counting a search a little past its page; candidates:count counts every match.
    expect(value<CandidateCount>(await core.dispatch('candidates:count', { search: 'person' })).total).toBe(named);
  });

  it('works through data:salvage on a core that found the damage, and refuses the data folder itself', async () => {
    const { dataDir, file } = await populated();
    damageLeafPage(file, 'candidates');
    const before = hash(file);
    const core = tempCore({ dataDir });
    await core.checksDone();
    expect(value<DataHealth>(await core.dispatch('data:health', {})).state).toBe('damaged');
    const refused = await core.dispatch('data:salvage', { folder: path.join(dataDir, 'backups') });
    expect(refused.ok ? null : refused.error.code).toBe('invalid_input');
    const result = value<SalvageResult>(await core.dispatch('data:salvage', { folder: tempDir() }));
    expect(result.saved).toBeGreaterThan(0);
    expect(result.lost).toBeGreaterThan(0);
    await core.close();
    expect(hash(file)).toBe(before);
  });

  it('a healthy file is copied whole', async () => {
    const { file, candidates } = await populated();
    const result = salvageDataFile(file, tempDir(), new Date());
    expect(result.lost).toBe(0);
    expect(candidatesIn(result.path)).toBe(candidates);
    expect(result.message).toMatch(/Every row that was stored could be read/);
  });
});
