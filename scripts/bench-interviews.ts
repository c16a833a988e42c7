// Node script (`npx tsx scripts/bench-interviews.ts`, after `npm run build:cli`): how long one debounced
// scorecards:save takes while someone types notes of about 1k, 10k and 100k characters, in-process and
// through `hirebook rpc` (out/cli/hirebook.cjs). Prints median/p95/max; asserts nothing.
//
// Method. A role with a generated kit, one application and an interview are made through dispatch. Each
// sample is one save of the whole notes text, grown by a few characters since the previous save (what
// interview mode sends once a second while typing); every save is its own transaction, committed with
// synchronous=FULL in WAL mode (the core asserts both pragmas on open). 20 warm-up saves per size first.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { Result } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'out', 'cli', 'hirebook.cjs');
const SIZES = [1_000, 10_000, 100_000];
const SAVES = Number(process.env.BENCH_INTERVIEW_SAVES ?? 300);
const WARMUP = 20;
const TARGET_P95_MS = 30;

type Send = (channel: string, input: unknown) => Promise<Result<unknown>>;

function must<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what} failed: ${result.error.code} ${result.error.message}`);
  return result.value as T;
}

/** The role, kit, person, application, interview and scorecard the saves go to; returns the scorecard id. */
async function seed(core: Core): Promise<string> {
  const role = must<{ id: string }>(await core.dispatch('roles:create', { title: 'Barista' }), 'roles:create');
  const html = '<ul><li><p>Espresso bar experience</p></li><li><p>Calm under pressure</p></li><li><p>Weekend availability</p></li></ul>';
  must(await core.dispatch('descriptions:save', { roleId: role.id, sections: [{ kind: 'requirements', heading: 'Needs', html }] }), 'descriptions:save');
  must(await core.dispatch('kits:generate', { roleId: role.id }), 'kits:generate');
  const person = must<{ candidate: { id: string } }>(await core.dispatch('candidates:create', { fullName: 'Ana Lima' }), 'candidates:create');
  const apps = must<{ applications: { id: string }[] }>(await core.dispatch('applications:create', { candidateId: person.candidate.id, roleIds: [role.id] }), 'applications:create');
  const interview = must<{ id: string; interviewers: { id: string }[] }>(
    await core.dispatch('interviews:schedule', {
      applicationId: apps.applications[0]?.id, startsAt: new Date().toISOString(), timeZone: 'Europe/Berlin', kind: 'onsite', interviewers: ['Dev Patel'],
    }),
    'interviews:schedule',
  );
  const card = must<{ id: string }>(await core.dispatch('scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id }), 'scorecards:open');
  return card.id;
}

function startRpc(dataDir: string): { send: Send; close: () => Promise<void> } {
  const child = spawn(process.execPath, [BUNDLE, '--data-dir', dataDir, 'rpc'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pending: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => pending.shift()?.(line));
  let nextId = 1;
  const send: Send = (channel, input) =>
    new Promise((resolveLine) => {
      pending.push((line) => resolveLine(JSON.parse(line) as Result<unknown>));
      child.stdin.write(`${JSON.stringify({ id: nextId++, channel, input })}\n`);
    });
  const close = (): Promise<void> => new Promise((done) => {
    child.on('close', () => done());
    child.stdin.end();
  });
  return { send, close };
}

interface Stats {
  median: number;
  p95: number;
  max: number;
}

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] ?? Number.NaN;
  return { median: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? Number.NaN };
}

/** Types into the notes: `saves` timed saves of a text that starts near `size` characters and keeps growing. */
async function typing(send: Send, scorecardId: string, size: number): Promise<Stats> {
  let notes = 'Calm at the bar, good questions about the rota. '.repeat(Math.ceil(size / 48)).slice(0, size);
  const samples: number[] = [];
  for (let i = 0; i < WARMUP + SAVES; i += 1) {
    notes += ['abc', ' de', 'f. ', 'gh'][i % 4];
    const start = process.hrtime.bigint();
    must(await send('scorecards:save', { scorecardId, notes, elapsedSeconds: i }), 'scorecards:save');
    if (i >= WARMUP) samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

function line(label: string, s: Stats): string {
  const mark = s.p95 < TARGET_P95_MS ? 'meets target' : 'MISSES target';
  const ms = (n: number): string => `${n.toFixed(2).padStart(7)} ms`;
  return `  ${label.padEnd(34)} median ${ms(s.median)}   p95 ${ms(s.p95)}   max ${ms(s.max)}   (p95 target < ${TARGET_P95_MS} ms: ${mark})`;
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('out/cli/hirebook.cjs is missing: run `npm run build:cli` first');
  const dataDir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-interviews-'));
  try {
    const core = createCore({ dataDir });
    const scorecardId = await seed(core);
    const inProcess: string[] = [];
    for (const size of SIZES) inProcess.push(line(`notes ~${size.toLocaleString('en-US')} chars`, await typing((c, i) => core.dispatch(c, i), scorecardId, size)));
    core.close();

    const rpc = startRpc(dataDir);
    const piped: string[] = [];
    for (const size of SIZES) piped.push(line(`notes ~${size.toLocaleString('en-US')} chars`, await typing(rpc.send, scorecardId, size)));
    await rpc.close();

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\nHirebook interview notes: scorecards:save × ${SAVES} per size (whole text, a few characters more each time), synchronous=FULL, WAL`);
    console.log(`  Node ${process.version}, ${process.platform}-${process.arch}, ${os.cpus().length} × ${cpu}\n`);
    console.log('Core dispatch in-process (validate, one transaction, commit):');
    for (const l of inProcess) console.log(l);
    console.log('\nThrough `hirebook rpc` (request line written → response line parsed):');
    for (const l of piped) console.log(l);
    console.log('');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench-interviews: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
