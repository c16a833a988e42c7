// Benchmark (tsx, plain Node; `npm run bench:scale`): what each screen's request costs at 100,000 and then 300,000
// candidates, through the product's own door (core.dispatch: input checked, the channel's transaction, rows
// mapped to the contract's shapes, as the app's data service and `hirebook rpc` run it) beside the same SQL run
// raw on the same file, and the ratio of the two. Prints a table (Markdown, for docs/scale.md), asserts nothing.
//
// Data: scripts/bench-scale-data.ts (1,000 roles, candidates imported from CSV through candidates:import, two
// applications each); the import's rows per second are printed for each growth step.
//
// Method. For each request the statements the core runs are recorded once (better-sqlite3's Statement run, get,
// all and iterate wrapped in this process: each call's SQL and parameters) on a core of their own, then timed in
// two ways on the same file: RUNS requests through a fresh core's dispatch, and RUNS replays of the recorded
// calls on a plain connection opened with the app's pragmas (open-database.ts: the same page cache,
// synchronous=FULL), each read to the end, its BEGIN and COMMIT included.
// Reads repeat one request (a warm page cache, as on a screen used for a while); each figure is p50 and p95.
// Moves are timed apart: a move changes what the next one reads, so each run moves another card, and the raw
// figure is the smallest durable write a move can be (one position updated in an immediate transaction,
// committed with the same sync). BENCH_SCALE_SIZES (default 100000,300000), BENCH_SCALE_RUNS (default 100),
// BENCH_SCALE_DIR=DIR keeps the data folder and reuses (and grows) it next time.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'better-sqlite3';
import type { Pipeline, PipelineColumn } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open-database';
import { PAGE_SIZE } from '../renderer/src/features/candidates/candidate-page-cache';
import { atEachSize, ok, quiet, type Grown } from './bench-scale-data';

const SIZES = (process.env.BENCH_SCALE_SIZES ?? '100000,300000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_SCALE_RUNS ?? 100);

interface Read {
  label: string;
  channel: string;
  input: unknown;
  /** The target for the product's p95, when it names one. */
  target?: number;
}

interface Row {
  label: string;
  product: number[];
  raw: number[];
  statements: number;
  target?: number;
}

const at = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;

function spread(samples: number[]): { p50: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: at(sorted, 0.5), p95: at(sorted, 0.95) };
}

async function timed(core: Core, channel: string, input: unknown): Promise<number> {
  const start = performance.now();
  ok(await core.dispatch(channel, input), channel);
  return performance.now() - start;
}

type Method = 'run' | 'get' | 'all' | 'iterate';

/** One statement call as the core made it. */
interface Call {
  sql: string;
  method: Method;
  args: unknown[];
}

/** Where calls are written while a request is recorded (null: not recording). */
let recording: Call[] | null = null;

/** Wraps better-sqlite3's Statement methods in this process so a request's calls can be recorded. */
function watchStatements(): void {
  const probe = new Database(':memory:');
  const proto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<Method, (...args: unknown[]) => unknown>;
  probe.close();
  for (const method of ['run', 'get', 'all', 'iterate'] as const) {
    const original = proto[method];
    proto[method] = function (this: { source: string }, ...args: unknown[]) {
      recording?.push({ sql: this.source, method, args });
      return original.apply(this, args);
    };
  }
}

/** The statement calls a request makes, recorded on a core of its own (its start-up work left out). */
async function capture(dataDir: string, reads: readonly Read[]): Promise<Call[][]> {
  const core = createCore({ dataDir, logger: quiet });
  try {
    await core.dispatch('app:info', {});
    await core.checksDone();
    const out: Call[][] = [];
    for (const read of reads) {
      ok(await core.dispatch(read.channel, read.input), read.channel);
      recording = [];
      ok(await core.dispatch(read.channel, read.input), read.channel);
      out.push(recording);
      recording = null;
    }
    return out;
  } finally {
    await core.close();
  }
}

/** Replays each request's calls RUNS times on a plain connection with the app's pragmas. */
function replay(file: string, captured: readonly Call[][]): number[][] {
  const db = openDatabase(file);
  try {
    return captured.map((calls) => {
      const prepared = calls.map((call) => ({ statement: db.prepare(call.sql), call }));
      // The recorded calls hold the core's own BEGIN and COMMIT (better-sqlite3's transactions run them as statements).
      const run = () => {
        for (const { statement, call } of prepared) {
          if (call.method === 'iterate') for (const row of statement.iterate(...call.args)) void row;
          else if (statement.reader) statement.all(...call.args);
          else statement.run(...call.args);
        }
      };
      run();
      return Array.from({ length: RUNS }, () => {
        const start = performance.now();
        run();
        return performance.now() - start;
      });
    });
  } finally {
    db.close();
  }
}

/** Moves within the largest column of the large role, each above a random card; and the raw floor of a durable write. */
async function moves(core: Core, file: string, board: Pipeline): Promise<Row> {
  const stageId = board.stages[0]?.id ?? '';
  const ids: string[] = [];
  let after: { applicationId: string; position: number } | null = null;
  for (;;) {
    const page: PipelineColumn = ok<PipelineColumn>(await core.dispatch('pipeline:column', { stageId, after, limit: 500 }), 'pipeline:column');
    ids.push(...page.cards.map((c) => c.applicationId));
    const last: PipelineColumn['cards'][number] | undefined = page.cards.at(-1);
    if (!page.more || !last) break;
    after = { applicationId: last.applicationId, position: last.position };
  }
  const pick = (n: number) => ids[(n * 7919) % ids.length] as string;
  const product: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const moving = pick(i);
    const before = pick(i + RUNS) === moving ? pick(i + RUNS + 1) : pick(i + RUNS);
    product.push(await timed(core, 'applications:move', { applicationId: moving, toStageId: stageId, beforeApplicationId: before }));
  }
  const raw: number[] = [];
  const db = openDatabase(file);
  try {
    const update = db.prepare('UPDATE applications SET position = position WHERE id = ?');
    for (let i = 0; i < RUNS; i += 1) {
      const start = performance.now();
      db.transaction(() => update.run(pick(i))).immediate();
      raw.push(performance.now() - start);
    }
  } finally {
    db.close();
  }
  return { label: `move a card within a ${ids.length.toLocaleString('en')}-card column (applications:move)`, product, raw, statements: 0, target: 3 };
}

function table(size: number, mb: string, grown: Grown | null, rows: readonly Row[]): string {
  const lines = [
    `### ${size.toLocaleString('en')} candidates (${(size * 2).toLocaleString('en')} applications, 1,000 roles, ${mb} MB)`,
    '',
    grown
      ? `Grown by candidates:import at ${Math.round(grown.importRowsPerSecond).toLocaleString('en')} rows/s for the whole request (${grown.importSeconds.toFixed(1)} s; closing the core then, with the full check of the file it finishes, ${grown.closeSeconds.toFixed(1)} s), applications added in ${grown.applicationSeconds.toFixed(0)} s.`
      : 'Reused from an earlier run.',
    '',
    '| request | product p50 / p95 (ms) | raw SQL p50 / p95 (ms) | ratio p50 / p95 | target p95 |',
    '|---|---:|---:|---:|---:|',
  ];
  for (const row of rows) {
    const p = spread(row.product);
    const r = spread(row.raw);
    const target = row.target === undefined ? '' : `≤ ${row.target} ${p.p95 <= row.target ? '(meets)' : '(misses)'}`;
    const statements = row.statements > 0 ? ` (${row.statements} statements)` : '';
    lines.push(
      `| ${row.label}${statements} | ${p.p50.toFixed(2)} / ${p.p95.toFixed(2)} | ${r.p50.toFixed(2)} / ${r.p95.toFixed(2)} | ${(p.p50 / r.p50).toFixed(1)}× / ${(p.p95 / r.p95).toFixed(1)}× | ${target} |`,
    );
  }
  return lines.join('\n');
}

async function measure(dataDir: string, roles: readonly string[], size: number, grown: Grown | null): Promise<void> {
  const file = path.join(dataDir, 'hirebook.db');
  const core = createCore({ dataDir, logger: quiet });
  let reads: Read[];
  let large: Pipeline;
  try {
    await core.dispatch('app:info', {});
    await core.checksDone();
    large = ok<Pipeline>(await core.dispatch('pipeline:get', { roleId: roles[0] }), 'pipeline:get');
    const largest = large.stages[0];
    const middle = large.cards.filter((c) => c.stageId === largest?.id).at(-1);
    const someone = ok<{ rows: { id: string }[] }>(await core.dispatch('candidates:list', { offset: Math.floor(size / 3), limit: 1 }), 'candidates:list').rows[0]?.id;
    // The row just before the page at 60%, as the table holds it while scrolling on.
    const rowBefore = ok<{ rows: { id: string }[] }>(await core.dispatch('candidates:list', { offset: Math.floor(size * 0.6) - 1, limit: 1 }), 'candidates:list').rows[0]?.id;
    reads = [
      { label: 'Roles, every role with its hiring counts (roles:list)', channel: 'roles:list', input: {} },
      { label: 'board first paint, a large role (pipeline:get)', channel: 'pipeline:get', input: { roleId: roles[0] }, target: 10 },
      { label: 'board first paint, a small role (pipeline:get)', channel: 'pipeline:get', input: { roleId: roles[500] }, target: 10 },
      {
        label: 'board: the next window of a column (pipeline:column)',
        channel: 'pipeline:column',
        input: { stageId: largest?.id, after: middle ? { applicationId: middle.applicationId, position: middle.position } : null, limit: 30 },
      },
      { label: `candidates table, first page of ${PAGE_SIZE} (candidates:list)`, channel: 'candidates:list', input: { limit: PAGE_SIZE }, target: 5 },
      {
        label: 'candidates table, the next page while scrolling, at 60% (afterId)',
        channel: 'candidates:list',
        input: { offset: Math.floor(size * 0.6), afterId: rowBefore, limit: PAGE_SIZE },
        target: 5,
      },
      { label: 'candidates table, a jump to 50% (the scrollbar)', channel: 'candidates:list', input: { offset: Math.floor(size * 0.5), limit: PAGE_SIZE }, target: 5 },
      { label: 'candidates table, a jump to 90%', channel: 'candidates:list', input: { offset: Math.floor(size * 0.9), limit: PAGE_SIZE }, target: 5 },
      { label: 'candidates table by name, a jump to 90%', channel: 'candidates:list', input: { sort: 'name', direction: 'asc', offset: Math.floor(size * 0.9), limit: PAGE_SIZE }, target: 5 },
      { label: 'candidates table, a search as typed ("person 12")', channel: 'candidates:list', input: { search: 'person 12', limit: PAGE_SIZE }, target: 20 },
      { label: 'Find anything ("person 12345")', channel: 'search:everything', input: { text: 'person 12345' }, target: 20 },
      { label: 'a candidate\'s profile (candidates:get)', channel: 'candidates:get', input: { id: someone } },
      { label: 'Today (today:get)', channel: 'today:get', input: {}, target: 50 },
      { label: 'Reports: funnel, every role (reports:get)', channel: 'reports:get', input: { name: 'funnel' } },
    ];
  } finally {
    await core.close();
  }
  {
    const captured = await capture(dataDir, reads);
    const raw = replay(file, captured);
    const timing = createCore({ dataDir, logger: quiet });
    const rows: Row[] = [];
    try {
      await timing.dispatch('app:info', {});
      await timing.checksDone();
      for (const [n, read] of reads.entries()) {
        await timed(timing, read.channel, read.input);
        const product: number[] = [];
        for (let i = 0; i < RUNS; i += 1) product.push(await timed(timing, read.channel, read.input));
        rows.push({ label: read.label, product, raw: raw[n] ?? [], statements: captured[n]?.length ?? 0, target: read.target });
      }
      rows.push(await moves(timing, file, large));
    } finally {
      await timing.close();
    }
    const mb = (fs.statSync(file).size / 1e6).toFixed(0);
    console.log(`\n${table(size, mb, grown, rows)}\n`);
  }
}

async function main(): Promise<void> {
  watchStatements();
  console.log(`Scale: Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, load ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}, ${RUNS} runs each`);
  await atEachSize(SIZES, process.env.BENCH_SCALE_DIR ?? null, 'hirebook-bench-scale-', measure);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
