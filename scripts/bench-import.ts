// Benchmark (tsx, plain Node): candidates:import of 10,000 and 100,000 generated CSV rows (written to a temp
// file and imported by path, as the app does) through core.dispatch on a real SQLite file
// (synchronous=FULL), median of three runs, in the import worker
// thread (as the app and CLI run it) and on the core's own thread, with the calling thread's event-loop
// delay meanwhile; and pipeline:get with 2,000 cards in one role. Prints figures, asserts nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join, resolve } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { ImportResult, Pipeline, Result, Role } from '../electron/contract';
import type { CoreWorkers } from '../electron/core/core-context';
import { createCore, type Core } from '../electron/core/create-core';
import { bundledWorkers } from '../electron/core/core-workers';
import { PEOPLE_MAPPING, peopleCsv } from './bench-csv-people';

// The worker as the CLI build emits it (npm run bench builds first); without a build, from the TypeScript
// sources through tsx's require hook, which adds seconds of compiling to every worker start.
const BUILT = bundledWorkers(resolve(__dirname, '../out/cli')).csvImport;
const WORKER: CoreWorkers = {
  csvImport: BUILT ?? { path: resolve(__dirname, '../electron/core/csv/csv-import-worker.ts'), execArgv: ['--require', 'tsx/cjs'] },
};
const RUNS = 3;

function ok<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(result.error.message);
  return result.value as T;
}

interface ImportRun {
  seconds: number;
  cpuSeconds: number;
  imported: number;
  errors: number;
  /** The calling thread's event-loop delay during the import, in ms. */
  lagMax: number;
  lagP99: number;
}

async function importOnce(rows: number, workers: CoreWorkers): Promise<ImportRun> {
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-import-'));
  const core = createCore({ dataDir: dir, workers });
  try {
    const path = join(dir, 'people.csv');
    writeFileSync(path, peopleCsv(rows, randomUUID().slice(0, 6)));
    const mapping = PEOPLE_MAPPING;
    const lag = monitorEventLoopDelay({ resolution: 5 });
    lag.enable();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    const result = ok<ImportResult>(await core.dispatch('candidates:import', { path, mapping, jobId: randomUUID() }));
    const seconds = (performance.now() - start) / 1000;
    // CPU time of the whole process (every thread): on a shared two-core machine the wall clock also measures the neighbours.
    const cpu = process.cpuUsage(cpuStart);
    lag.disable();
    return {
      seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, imported: result.imported, errors: result.errors.length,
      lagMax: lag.max / 1e6, lagP99: lag.percentile(99) / 1e6,
    };
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;

async function benchImport(rows: number, label: string, workers: CoreWorkers): Promise<void> {
  const runs: ImportRun[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await importOnce(rows, workers));
  const seconds = median(runs.map((r) => r.seconds));
  const cpuSeconds = median(runs.map((r) => r.cpuSeconds));
  const imported = runs[0]?.imported ?? 0;
  const count = (n: number): string => Math.round(n).toLocaleString('en-US');
  console.log(
    `candidates:import ${count(rows).padStart(7)} rows ${label.padEnd(10)} median of ${RUNS}: ${seconds.toFixed(2)} s   ${count(imported / seconds)} rows/s   ` +
      `(cpu ${cpuSeconds.toFixed(2)} s, ${count(imported / cpuSeconds)} rows per cpu-second; event-loop delay max ` +
      `${median(runs.map((r) => r.lagMax)).toFixed(0)} ms, p99 ${median(runs.map((r) => r.lagP99)).toFixed(0)} ms; imported ${imported}, errors ${runs[0]?.errors ?? 0})`,
  );
}

async function boardWith(core: Core, cards: number): Promise<string> {
  const role = ok<Role>(await core.dispatch('roles:create', { title: 'Barista' }));
  const text = peopleCsv(cards, 'board');
  ok(await core.dispatch('candidates:import', { text, mapping: { name: 0, email: 1, tags: 5 }, roleId: role.id, jobId: randomUUID() }));
  return role.id;
}

async function benchBoard(): Promise<void> {
  const dir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-board-'));
  const core = createCore({ dataDir: dir });
  try {
    const roleId = await boardWith(core, 2000);
    const samples: number[] = [];
    let cards = 0;
    for (let i = 0; i < 55; i += 1) {
      const start = performance.now();
      cards = ok<Pipeline>(await core.dispatch('pipeline:get', { roleId })).cards.length;
      if (i >= 5) samples.push(performance.now() - start);
    }
    samples.sort((a, b) => a - b);
    const at = (q: number) => (samples[Math.floor(q * (samples.length - 1))] ?? 0).toFixed(2);
    console.log(`pipeline:get ${cards} cards in one role   median ${at(0.5)} ms · p95 ${at(0.95)} ms · min ${at(0)} ms`);
  } finally {
    await core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`import worker: ${WORKER.csvImport?.path ?? ''}`);
  for (const rows of [10_000, 100_000]) {
    await benchImport(rows, 'worker', WORKER);
    await benchImport(rows, 'in-thread', {});
  }
  await benchBoard();
}

void main();
