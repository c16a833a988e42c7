// `npm run bench`: times the contract through `hirebook rpc` (the built CLI) on a database of 1,000
// roles: 1,000 sequential roles:get, and roles:list returning all 1,000. Prints figures against the
// targets; asserts nothing. Runs in Node (tsx) and spawns out/cli/hirebook.cjs.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { createCore } from '../electron/core/create-core';

const ROOT = resolve(__dirname, '..');
const BUNDLE = join(ROOT, 'out', 'cli', 'hirebook.cjs');
const ROLE_COUNT = 1_000;
const GET_RUNS = 1_000;
const LIST_RUNS = 50;
const WARMUP = 50;

interface Response {
  id: number;
  ok: boolean;
  value?: unknown;
  error?: { code: string; message: string };
}

/** One `hirebook rpc` process; `call` sends a line and resolves with its answer line. */
function startRpc(dataDir: string) {
  const child = spawn(process.execPath, [BUNDLE, '--data-dir', dataDir, 'rpc'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const pending: ((line: string) => void)[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => pending.shift()?.(line));
  let nextId = 1;
  const send = (channel: string, input: unknown): Promise<Response> =>
    new Promise((resolveLine) => {
      pending.push((line) => resolveLine(JSON.parse(line) as Response));
      child.stdin.write(`${JSON.stringify({ id: nextId++, channel, input })}\n`);
    });
  const close = (): Promise<number | null> =>
    new Promise((resolveExit) => {
      child.on('close', resolveExit);
      child.stdin.end();
    });
  return { send, close };
}

function percentile(sortedMs: readonly number[], p: number): number {
  const index = Math.min(sortedMs.length - 1, Math.max(0, Math.ceil((p / 100) * sortedMs.length) - 1));
  return sortedMs[index] ?? Number.NaN;
}

function stats(samples: number[]): { median: number; p95: number; min: number; max: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { median: percentile(sorted, 50), p95: percentile(sorted, 95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = process.hrtime.bigint();
  const value = await run();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, value };
}

function must(response: Response, what: string): Response {
  if (!response.ok) throw new Error(`${what} failed: ${response.error?.code} ${response.error?.message}`);
  return response;
}

const STATUSES = ['draft', 'open', 'on_hold', 'closed', 'filled'] as const;

function roleInput(i: number) {
  return {
    title: `Role ${i} ${['Barista', 'Line cook', 'Bookkeeper', 'Driver', 'Store manager'][i % 5]}`,
    department: ['Cafe', 'Kitchen', 'Office', 'Logistics', 'Retail'][i % 5],
    location: { city: 'Portland', region: 'OR', country: 'US' },
    status: STATUSES[i % STATUSES.length],
    salaryMin: 30_000 + i,
    salaryMax: 40_000 + i,
    applyInstructions: 'Send a short note about yourself and when you could start.',
  };
}

function row(label: string, s: { median: number; p95: number }, target: number): string {
  const mark = s.median < target ? 'meets target' : 'MISSES target';
  return `  ${label.padEnd(40)} median ${s.median.toFixed(3).padStart(8)} ms   p95 ${s.p95.toFixed(3).padStart(8)} ms   target < ${target} ms  (${mark})`;
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) throw new Error('out/cli/hirebook.cjs is missing: run `npm run build:cli` first');
  const dataDir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-'));
  try {
    const rpc = startRpc(dataDir);

    // Seed through rpc too: 1,000 creates, pipelined.
    const seeded = await time(() => Promise.all(Array.from({ length: ROLE_COUNT }, (_, i) => rpc.send('roles:create', roleInput(i)))));
    const ids = seeded.value.map((r) => (must(r, 'roles:create').value as { id: string }).id);

    for (let i = 0; i < WARMUP; i++) must(await rpc.send('roles:get', { id: ids[i % ids.length] }), 'roles:get');
    const getSamples: number[] = [];
    for (let i = 0; i < GET_RUNS; i++) {
      const id = ids[(i * 7919) % ids.length]; // spread over the table, not one hot row
      getSamples.push((await time(async () => must(await rpc.send('roles:get', { id }), 'roles:get'))).ms);
    }

    const listQuery = { archived: 'include', sort: 'title', direction: 'asc' };
    const first = must(await rpc.send('roles:list', listQuery), 'roles:list').value as { roles: unknown[] };
    if (first.roles.length !== ROLE_COUNT) throw new Error(`roles:list returned ${first.roles.length} roles, expected ${ROLE_COUNT}`);
    const listSamples: number[] = [];
    for (let i = 0; i < LIST_RUNS; i++) {
      listSamples.push((await time(async () => must(await rpc.send('roles:list', listQuery), 'roles:list'))).ms);
    }
    await rpc.close();

    // The same calls in-process, to show how much of the round trip is the core itself.
    const core = createCore({ dataDir });
    const coreGet: number[] = [];
    const coreList: number[] = [];
    try {
      for (let i = 0; i < GET_RUNS; i++) coreGet.push((await time(() => core.dispatch('roles:get', { id: ids[(i * 7919) % ids.length] }))).ms);
      for (let i = 0; i < LIST_RUNS; i++) coreList.push((await time(() => core.dispatch('roles:list', listQuery))).ms);
    } finally {
      core.close();
    }

    const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
    console.log(`\nHirebook benchmark: ${ROLE_COUNT.toLocaleString('en-US')} roles, Node ${process.version}, ${process.platform}-${process.arch}, ${os.cpus().length} × ${cpu}`);
    console.log(`  seeding: ${ROLE_COUNT} roles:create through rpc (pipelined) in ${seeded.ms.toFixed(0)} ms\n`);
    console.log('Through `hirebook rpc` (request line written → response line parsed, one at a time):');
    console.log(row(`roles:get × ${GET_RUNS}`, stats(getSamples), 1));
    console.log(row(`roles:list all ${ROLE_COUNT} × ${LIST_RUNS}`, stats(listSamples), 20));
    console.log('\nCore dispatch in-process, for comparison (no pipe, no JSON):');
    console.log(row(`roles:get × ${GET_RUNS}`, stats(coreGet), 1));
    console.log(row(`roles:list all ${ROLE_COUNT} × ${LIST_RUNS}`, stats(coreList), 20));
    console.log('');
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
