// A damaged data file is never written to: random byte flips in a populated database, then open, read,
// try to write, check. Also: the health report, checks on demand, and salvage of a damaged file.
// Runs in Vitest (Node) against real SQLite files.
import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DataHealth, Result } from '../../electron/contract';
import { CoreOpenError, createCore, type Core } from '../../electron/core';
import { quietLogger, tempDir, value } from '../helpers/temp-core';

/**
 * mulberry32: a small seeded PRNG, so a failing flip can be replayed with HIREBOOK_FLIP_SEED (and more
 * flips run with HIREBOOK_FLIPS; HIREBOOK_FLIP_KEEP=/some/prefix keeps each flipped file for a look).
 * The populated file differs from run to run (ids, times): a seed flips the same offsets, not always the same bytes.
 */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hash = (file: string): string => createHash('sha256').update(fs.readFileSync(file)).digest('hex');

/** A data folder with sample data, 400 imported candidates and a few roles; closed (no -wal left). */
async function populatedFolder(): Promise<string> {
  const dataDir = tempDir();
  const core = createCore({ dataDir, logger: quietLogger });
  try {
    value(await core.dispatch('sample:load', {}));
    for (let i = 0; i < 20; i += 1) value(await core.dispatch('roles:create', { title: `Role ${i}`, department: 'Kitchen' }));
    const rows = Array.from({ length: 400 }, (_, i) => `Person ${i},person${i}@example.test,tag${i % 7}`);
    value(await core.dispatch('candidates:import', { text: `Name,Email,Tags\n${rows.join('\n')}\n`, mapping: { name: 0, email: 1, tags: 2 }, jobId: randomUUID() }));
  } finally {
    await core.close();
  }
  return dataDir;
}

/** integrity_check on a copy (so the file under test is never opened by the judge). */
function isDamaged(file: string): boolean {
  const copy = path.join(tempDir(), 'judge.db');
  fs.copyFileSync(file, copy);
  try {
    const db = new Database(copy, { fileMustExist: true });
    try {
      const rows = db.pragma('integrity_check') as { integrity_check: string }[];
      return !(rows.length === 1 && rows[0]?.integrity_check === 'ok');
    } finally {
      db.close();
    }
  } catch {
    return true;
  }
}

function copyFolder(from: string): string {
  const to = tempDir();
  fs.copyFileSync(path.join(from, 'hirebook.db'), path.join(to, 'hirebook.db'));
  return to;
}

interface FlipOutcome {
  damaged: boolean;
  refused: boolean;
  /** Reported damaged by the time the writes were answered (the quick check gates them). */
  foundByQuick: boolean;
  reportedDamaged: boolean;
  written: boolean;
  codes: string[];
  note?: string;
}

const READS: [string, unknown][] = [
  ['roles:list', { archived: 'include' }],
  ['candidates:list', { limit: 50 }],
  ['candidates:list', { search: 'person', limit: 50 }],
  ['company:get', {}],
  ['interviews:list', {}],
  ['templates:list', {}],
];

async function tryFlip(base: string, random: () => number): Promise<FlipOutcome> {
  const dataDir = copyFolder(base);
  const file = path.join(dataDir, 'hirebook.db');
  const bytes = fs.readFileSync(file);
  const offset = Math.floor(random() * bytes.length);
  bytes[offset] = (bytes[offset] ?? 0) ^ (1 + Math.floor(random() * 255));
  fs.writeFileSync(file, bytes);
  const damaged = isDamaged(file);
  if (process.env.HIREBOOK_FLIP_KEEP) fs.copyFileSync(file, `${process.env.HIREBOOK_FLIP_KEEP}-${offset}.db`);
  const before = hash(file);
  let core: Core;
  try {
    core = createCore({ dataDir, logger: quietLogger });
  } catch (error) {
    expect(error).toBeInstanceOf(CoreOpenError);
    return { damaged, refused: true, foundByQuick: true, reportedDamaged: true, written: hash(file) !== before, codes: [] };
  }
  const codes: string[] = [];
  const answer = async (channel: string, input: unknown): Promise<Result<unknown>> => {
    const result = await core.dispatch(channel, input);
    codes.push(result.ok ? 'ok' : result.error.code);
    return result;
  };
  try {
    for (const [channel, input] of READS) await answer(channel, input);
    await answer('roles:create', { title: 'After the flip' });
    await answer('candidates:create', { fullName: 'Written after the flip' });
    for (const [channel, input] of READS) await answer(channel, input);
    const quick = value<DataHealth>(await core.dispatch('data:health', {}));
    await core.checksDone();
    const health = value<DataHealth>(await core.dispatch('data:health', {}));
    return { damaged, refused: false, foundByQuick: quick.state === 'damaged', reportedDamaged: health.state === 'damaged', written: false, codes, note: JSON.stringify(health) };
  } finally {
    await core.close();
    const after = hash(file);
    codes.push(after === before ? 'unchanged' : 'changed');
  }
}

async function experiment(): Promise<void> {
  const seed = Number(process.env.HIREBOOK_FLIP_SEED ?? 20261206);
  const flips = Number(process.env.HIREBOOK_FLIPS ?? 40);
  const random = prng(seed);
  const base = await populatedFolder();
  const size = fs.statSync(path.join(base, 'hirebook.db')).size;
  const counts = { flips, damaged: 0, refusedAtOpen: 0, foundBeforeWrites: 0, reportedDamaged: 0, damagedWrittenTo: 0, undamagedReportedDamaged: 0, internal: 0 };
  const problems: string[] = [];
  for (let i = 0; i < flips; i += 1) {
    const outcome = await tryFlip(base, random);
    const written = outcome.written || outcome.codes.includes('changed');
    if (outcome.codes.includes('internal')) {
      counts.internal += 1;
      problems.push(`flip ${i}: internal among ${outcome.codes.join(',')}`);
    }
    if (!outcome.damaged) {
      if (outcome.reportedDamaged && !outcome.refused) counts.undamagedReportedDamaged += 1;
      continue;
    }
    counts.damaged += 1;
    if (outcome.refused) counts.refusedAtOpen += 1;
    else if (outcome.foundByQuick) counts.foundBeforeWrites += 1;
    if (outcome.reportedDamaged) counts.reportedDamaged += 1;
    else problems.push(`flip ${i}: damaged but not reported (${outcome.codes.join(',')}) ${outcome.note ?? ''}`);
    if (written) {
      counts.damagedWrittenTo += 1;
      problems.push(`flip ${i}: damaged file written to`);
    }
  }
  console.log(
    `byte flips, seed ${seed} (HIREBOOK_FLIP_SEED), ` +
      `${size} byte file: ${JSON.stringify(counts)}`,
  );
  expect(problems).toEqual([]);
}

describe('a damaged data file', () => {
  it('is never written to, is reported damaged, and no answer is internal (seeded random byte flips)', async () => {
    await experiment();
  }, 300_000);
});
