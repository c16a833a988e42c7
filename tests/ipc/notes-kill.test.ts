// Notes survive a killed process: a real `hirebook rpc` child receives scorecards:save requests with the
// notes growing a few characters at a time, like typing; after some acknowledged saves, and with more in
// flight, it gets SIGKILL. A fresh core must then find the last acknowledged text or a later one that was
// sent (never older, never a mix), in a database that passes integrity_check. Runs in Vitest (Node).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import type { Scorecard } from '../../electron/contract';
import { createCore } from '../../electron/core';
import { seedInterview } from '../helpers/interviews-seed';
import { quietLogger, value, withRawDb } from '../helpers/temp-core';
import { ROOT, useCliTestbed, type RpcResponse } from './cli-harness';

const cli = useCliTestbed();
const ROUNDS = 5;
// Whole code points (the emoji is two UTF-16 units): typing never produces half a character.
const KEYS = Array.from('abcdefghijklmnopqrstuvwxyz     ,.é–ü😀\n');

/** A small seeded generator, so a failing round can be replayed from the seed in its message. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

interface Round {
  sent: string[];
  /** Index in `sent` of the highest save the child acknowledged. */
  acked: number;
  signal: NodeJS.Signals | null;
}

/**
 * Types into the scorecard through a real child process: keeps `window` saves in flight, and once
 * `killAfter` saves are acknowledged sends `window` more and kills the child without waiting.
 */
function typeThenKill(dataDir: string, scorecardId: string, start: string, rnd: (n: number) => number): Promise<Round> {
  const child = spawn(process.execPath, [cli.bundle(), '--data-dir', dataDir, 'rpc'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  const killAfter = 10 + rnd(120);
  const window = 1 + rnd(6);
  const round: Round = { sent: [], acked: -1, signal: null };
  let text = start;
  let killed = false;
  const send = (): void => {
    for (let i = 1 + rnd(4); i > 0; i -= 1) text += KEYS[rnd(KEYS.length)] ?? 'x';
    round.sent.push(text);
    // The timer field carries the save's number: both land in one transaction or neither does.
    const input = { scorecardId, notes: text, elapsedSeconds: round.sent.length - 1 };
    child.stdin.write(`${JSON.stringify({ id: round.sent.length - 1, channel: 'scorecards:save', input })}\n`);
  };
  child.stdin.on('error', () => undefined); // writes after the kill may hit a closed pipe
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    createInterface({ input: child.stdout }).on('line', (line) => {
      const response = JSON.parse(line) as RpcResponse;
      if (!response.ok) reject(new Error(`save refused: ${JSON.stringify(response.error)}`));
      round.acked = Math.max(round.acked, Number(response.id));
      if (killed) return;
      if (round.acked + 1 < killAfter) return send();
      for (let i = 0; i < window; i += 1) send();
      killed = true;
      process.kill(child.pid ?? 0, 'SIGKILL');
    });
    child.on('exit', (_code, signal) => {
      round.signal = signal;
      if (!killed) reject(new Error(`the child exited before the kill: ${stderr}`));
      else resolve(round);
    });
    for (let i = 0; i < window; i += 1) send();
  });
}

/** Opens the folder with a fresh core (recovering the WAL) and reads the notes and the integrity check. */
function recover(dataDir: string, interviewId: string, interviewerId: string): Promise<{ notes: string; elapsed: number; integrity: string }> {
  const core = createCore({ dataDir, logger: quietLogger });
  return core
    .dispatch('scorecards:open', { interviewId, interviewerId })
    .then((result) => {
      const card = value<Scorecard>(result);
      const integrity = withRawDb(core.databasePath, (db) => db.pragma('integrity_check', { simple: true }) as string);
      return { notes: card.notes, elapsed: card.elapsedSeconds, integrity };
    })
    .finally(() => core.close());
}

describe('scorecard notes and a killed process', () => {
  it(`keep the last acknowledged text or a later one across ${ROUNDS} SIGKILLs mid-typing`, async () => {
    const dataDir = cli.tempDir();
    const seeder = createCore({ dataDir, logger: quietLogger });
    const seed = await seedInterview(seeder);
    seeder.close();
    const interviewerId = seed.interviewerIds[0] ?? '';
    const base = Date.now();
    let notes = '';
    for (let r = 0; r < ROUNDS; r += 1) {
      const seedValue = base + r;
      // Every other round starts from a long text, so big saves are killed too.
      const start = r % 2 === 1 && notes.length < 50_000 ? `${notes}${'Long notes. '.repeat(2_000)}` : notes;
      const round = await typeThenKill(dataDir, seed.scorecardId, start, random(seedValue));
      const found = await recover(dataDir, seed.interviewId, interviewerId);
      const where = `round ${r} (seed ${seedValue}): ${round.sent.length} sent, ${round.acked + 1} acknowledged`;
      expect(round.signal, where).toBe('SIGKILL');
      expect(round.acked, where).toBeGreaterThanOrEqual(9);
      expect(found.integrity, where).toBe('ok');
      const index = round.sent.lastIndexOf(found.notes);
      expect(index, `${where}: the stored notes are not one of the texts sent`).toBeGreaterThanOrEqual(0);
      expect(index, `${where}: stored text ${index} is older than the last acknowledged`).toBeGreaterThanOrEqual(round.acked);
      expect(found.elapsed, `${where}: the notes and the timer of one save were split`).toBe(index);
      notes = found.notes;
    }
  }, 180_000);
});
