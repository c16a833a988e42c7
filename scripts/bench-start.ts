// `npm run bench:start`: how fast Hirebook starts. Prints, asserts nothing:
//   - `hirebook info` on a fresh data folder: CPU time and peak memory (RSS) of the whole process, against a bare
//     Node script that prints one line (goal: at most 0.15 s of CPU);
//   - `hirebook roles list` on a data folder with 100,000 candidates (BENCH_CANDIDATES) and 50 roles: wall time
//     from spawn to exit, against a raw better-sqlite3 script that lists the same roles (goal: at most 0.3 s);
//   - the desktop path: the core host (out/main/core-host.js, forked in plain Node with forkNodeHost, as the tests
//     do) from start to its first answer (roles:list), and to its data folder being open.
// Each figure is the median of BENCH_RUNS runs (default 10; 5 for the core host). The processes are measured from
// inside by a one-line --require that reports process.resourceUsage() at exit (the same for every program), so
// the figures hold on any OS. Needs `npm run build` first (npm run bench does it). Runs in Node (tsx).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createCore } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase } from '../electron/core/db/open-database';
import { forkNodeHost } from '../electron/main/node-host';
import { connectRemoteCore } from '../electron/main/remote-core';
import { CANDIDATES, seedCandidates } from './bench-seed-candidates';

const ROOT = path.resolve(__dirname, '..');
const CLI = path.join(ROOT, 'bin', 'hirebook.cjs');
const BUNDLE = path.join(ROOT, 'out', 'cli', 'hirebook.cjs');
const HOST = path.join(ROOT, 'out', 'main', 'core-host.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 10);
const HOST_RUNS = Math.max(1, Math.min(RUNS, 5));
const ROLES = 50;
const quiet = { error: (...args: unknown[]) => console.error(...args), warn: () => undefined, info: () => undefined };

/** Written next to the data: reports the process's own CPU time and peak RSS when it exits. */
const METER = `'use strict';
process.on('exit', () => {
  const u = process.resourceUsage();
  require('node:fs').writeFileSync(process.env.BENCH_METER_OUT, JSON.stringify({ cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000, rssKb: u.maxRSS }));
});
`;

/** The raw script: better-sqlite3 alone, the same roles and their applications counted, one line each. */
function rawRolesScript(): string {
  const driver = require.resolve('better-sqlite3');
  return `'use strict';
const Database = require(${JSON.stringify(driver)});
const db = new Database(process.argv[2], { readonly: true });
const rows = db.prepare(\`SELECT r.id, r.title, r.status, r.department, r.openings, r.closes_on, r.updated_at,
  (SELECT count(*) FROM applications a WHERE a.role_id = r.id AND a.status = 'active') AS active
  FROM roles r WHERE r.archived_at IS NULL ORDER BY r.updated_at DESC\`).all();
process.stdout.write(rows.map((r) => [r.title, r.status, r.department, r.openings, r.closes_on ?? '', r.updated_at.slice(0, 10), r.active, r.id].join('  ')).join('\\n') + '\\n');
db.close();
`;
}

interface Run {
  wallMs: number;
  cpuMs: number;
  rssMb: number;
  stdout: string;
}

/** Runs `node <args>` once with the meter; rejects when it fails. */
function runNode(work: string, args: readonly string[]): Promise<Run> {
  const meterOut = path.join(work, 'meter.json');
  rmSync(meterOut, { force: true });
  const start = performance.now();
  const child = spawn(process.execPath, ['--require', path.join(work, 'meter.cjs'), ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, BENCH_METER_OUT: meterOut },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      if (code !== 0) return reject(new Error(`node ${args.join(' ')} exited with ${code}: ${stderr}`));
      const meter = JSON.parse(readFileSync(meterOut, 'utf8')) as { cpuMs: number; rssKb: number };
      resolve({ wallMs, cpuMs: meter.cpuMs, rssMb: meter.rssKb / 1024, stdout });
    });
  });
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** One warm-up run (file cache), then the median of RUNS. */
async function measure(work: string, args: readonly string[]): Promise<{ wallMs: number; cpuMs: number; rssMb: number; stdout: string }> {
  const first = await runNode(work, args);
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await runNode(work, args));
  return {
    wallMs: median(runs.map((r) => r.wallMs)),
    cpuMs: median(runs.map((r) => r.cpuMs)),
    rssMb: median(runs.map((r) => r.rssMb)),
    stdout: first.stdout,
  };
}

const s = (ms: number): string => `${(ms / 1000).toFixed(3)} s`;
const mb = (value: number): string => `${value.toFixed(0)} MB`;
const times = (a: number, b: number): string => `${(a / b).toFixed(1)}×`;

/** 100,000 candidates with the shared seeder, then 49 more roles through the core's own door. */
async function seed(dataDir: string): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  migrate(db);
  const { seconds } = seedCandidates(db);
  db.close();
  const core = createCore({ dataDir, logger: quiet });
  for (let i = 1; i < ROLES; i += 1) {
    const made = await core.dispatch('roles:create', { title: `Role ${i}`, department: i % 2 === 0 ? 'Kitchen' : 'Front of house', location: { city: 'Portland', country: 'United States' } });
    if (!made.ok) throw new Error(made.error.message);
  }
  await core.checksDone();
  await core.close();
  console.log(`seeded ${CANDIDATES} candidates and ${ROLES} roles in ${seconds.toFixed(1)} s (candidates) + the roles through roles:create`);
}

/** The core host from fork to its data folder open and to its first answer, HOST_RUNS times. */
async function hostStart(dataDir: string): Promise<{ openMs: number; answerMs: number; infoMs: number } | null> {
  if (!existsSync(HOST)) return null;
  const open: number[] = [];
  const answer: number[] = [];
  const info: number[] = [];
  for (let i = 0; i <= HOST_RUNS; i += 1) {
    const start = performance.now();
    const core = await connectRemoteCore(forkNodeHost(HOST), {
      open: { dataDir, appVersion: 'bench' },
      onEvent: () => undefined,
      platform: { chooseFolder: () => Promise.resolve(null), chooseFiles: () => Promise.resolve([]) },
      log: quiet,
      onUnexpectedExit: (code) => console.error(`the core host stopped (exit code ${code})`),
    });
    const opened = performance.now();
    const list = await core.dispatch('roles:list', { archived: 'exclude', search: '' });
    const answered = performance.now();
    if (!list.ok) throw new Error(list.error.message);
    const appInfo = await core.dispatch('app:info', {});
    const infoAt = performance.now();
    if (!appInfo.ok) throw new Error(appInfo.error.message);
    await core.close();
    if (i === 0) continue; // warm-up
    open.push(opened - start);
    answer.push(answered - start);
    info.push(infoAt - answered);
  }
  return { openMs: median(open), answerMs: median(answer), infoMs: median(info) };
}

async function main(): Promise<void> {
  if (!existsSync(BUNDLE)) {
    console.log('out/cli/hirebook.cjs is missing: run `npm run build` (or `npm run build:cli`) first.');
    process.exitCode = 1;
    return;
  }
  const work = mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-start-'));
  try {
    writeFileSync(path.join(work, 'meter.cjs'), METER);
    writeFileSync(path.join(work, 'bare.cjs'), "'use strict';\nprocess.stdout.write('hello\\n');\n");
    writeFileSync(path.join(work, 'raw-roles.cjs'), rawRolesScript());
    const load = os.loadavg()[0] ?? 0;
    console.log(`Node ${process.version}, ${os.cpus().length} cores, load average ${load.toFixed(1)}; median of ${RUNS} runs after one warm-up`);

    const fresh = path.join(work, 'fresh');
    const bare = await measure(work, [path.join(work, 'bare.cjs')]);
    const info = await measure(work, [CLI, '--data-dir', fresh, 'info']);
    if (!info.stdout.includes('Schema version:')) throw new Error(`hirebook info printed: ${info.stdout}`);
    console.log('hirebook info (fresh data folder)');
    console.log(`  bare Node script      CPU ${s(bare.cpuMs)} · peak RSS ${mb(bare.rssMb)} · wall ${s(bare.wallMs)}`);
    console.log(`  hirebook info         CPU ${s(info.cpuMs)} · peak RSS ${mb(info.rssMb)} · wall ${s(info.wallMs)} · ${times(info.cpuMs, bare.cpuMs)} the bare script's CPU`);
    console.log(`  goal: at most 0.150 s CPU — ${info.cpuMs <= 150 ? 'met' : 'not met'}`);

    const dataDir = path.join(work, 'data');
    await seed(dataDir);
    const database = path.join(dataDir, 'hirebook.db');
    const raw = await measure(work, [path.join(work, 'raw-roles.cjs'), database]);
    const roles = await measure(work, [CLI, '--data-dir', dataDir, 'roles', 'list']);
    if (!roles.stdout.includes(`${ROLES} roles`)) throw new Error(`hirebook roles list printed: ${roles.stdout.slice(-200)}`);
    console.log(`roles list at ${CANDIDATES} candidates (${ROLES} roles)`);
    console.log(`  raw better-sqlite3    wall ${s(raw.wallMs)} · CPU ${s(raw.cpuMs)} · peak RSS ${mb(raw.rssMb)}`);
    console.log(`  hirebook roles list   wall ${s(roles.wallMs)} · CPU ${s(roles.cpuMs)} · peak RSS ${mb(roles.rssMb)} · ${times(roles.wallMs, raw.wallMs)} the raw script's wall time`);
    console.log(`  goal: at most 0.300 s wall — ${roles.wallMs <= 300 ? 'met' : 'not met'}`);

    const host = await hostStart(dataDir);
    if (!host) {
      console.log('desktop path: out/main/core-host.js is missing (run `npm run build`); skipped');
    } else {
      console.log(`desktop path: the core host forked in plain Node (forkNodeHost), at ${CANDIDATES} candidates, median of ${HOST_RUNS}`);
      console.log(`  start → data folder open      ${s(host.openMs)}`);
      console.log(`  start → first answer (roles:list)  ${s(host.answerMs)}`);
      console.log(`  then app:info                 ${s(host.infoMs)}`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

void main();
