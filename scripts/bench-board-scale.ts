// Benchmark (tsx, plain Node; `npm run bench:board`): the pipeline board at 100,000 and then 300,000 candidates,
// through core.dispatch on a real SQLite file (synchronous=FULL): the board's first paint data (pipeline:get:
// every count and the first window of each column), the next window of a column (pipeline:column), and moving a
// card (applications:move: within its column above a random card, and to another column's top; then the move's own
// work apart from the durable commit), p50 and p95.
//
// Data: scripts/bench-scale-data.ts (1,000 roles, candidates imported from CSV, two applications each), grown
// from 100,000 to 300,000. Prints figures, asserts nothing.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Pipeline, PipelineColumn } from '../electron/contract';
import { moveOnBoard, mustGetApplication } from '../electron/core/applications/applications-service';
import { createCore, type Core } from '../electron/core/create-core';
import { openDatabase } from '../electron/core/db/open-database';
import { getStage } from '../electron/core/pipeline/stages-repo';
import { atEachSize, LARGE, ok, quiet, ROLES } from './bench-scale-data';
import { rng } from './bench-random';

const SIZES = (process.env.BENCH_BOARD_SIZES ?? '100000,300000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_BOARD_RUNS ?? 200);

function quantiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return `p50 ${at(0.5).padStart(6)} ms · p95 ${at(0.95).padStart(6)} ms · max ${at(1).padStart(7)} ms`;
}

async function time(core: Core, channel: string, input: unknown): Promise<{ ms: number; value: unknown }> {
  const start = performance.now();
  const result = await core.dispatch(channel as never, input);
  const ms = performance.now() - start;
  return { ms, value: ok(result, channel) };
}

async function measure(dataDir: string, roles: readonly string[], candidates: number): Promise<void> {
  const file = path.join(dataDir, 'hirebook.db');
  const core = createCore({ dataDir, logger: quiet });
  await core.dispatch('app:info', {});
  await core.checksDone();
  const r = rng(candidates);
  const mb = (fs.statSync(file).size / 1e6).toFixed(0);
  const sized = await time(core, 'pipeline:get', { roleId: roles[0] });
  const large = sized.value as Pipeline;
  const cards = large.stages.reduce((sum, s) => sum + s.count, 0);
  const biggest = Math.max(...large.stages.map((s) => s.count));
  console.log(`\n${candidates.toLocaleString('en')} candidates, ${(candidates * 2).toLocaleString('en')} applications, ${ROLES} roles, ${mb} MB; a large role holds ${cards.toLocaleString('en')} cards (largest column ${biggest.toLocaleString('en')})`);
  console.log(`  first pipeline:get after opening (page cache empty): ${sized.ms.toFixed(2)} ms`);

  // First paint: a random role each time, one in four a large one.
  const paint: number[] = [];
  const paintLarge: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const roleId = i % 4 === 0 ? (roles[i % LARGE] as string) : (roles[LARGE + Math.floor(r() * (ROLES - LARGE))] as string);
    const { ms } = await time(core, 'pipeline:get', { roleId });
    (i % 4 === 0 ? paintLarge : paint).push(ms);
  }
  console.log(`  board first paint data, any role (pipeline:get)   ${quantiles([...paint, ...paintLarge])}`);
  console.log(`  board first paint data, the large roles           ${quantiles(paintLarge)}`);

  // The next window of the largest column, from a random depth.
  const applied = large.stages[0]?.id ?? '';
  const order = new Map<string, { applicationId: string; position: number }[]>();
  const whole: { applicationId: string; position: number }[] = [];
  let after: { applicationId: string; position: number } | null = null;
  for (;;) {
    const page = ok<PipelineColumn>(await core.dispatch('pipeline:column', { stageId: applied, after, limit: 500 }), 'pipeline:column');
    whole.push(...page.cards.map((c) => ({ applicationId: c.applicationId, position: c.position })));
    if (!page.more) break;
    after = whole.at(-1) ?? null;
  }
  order.set(applied, whole);
  const windows: number[] = [];
  for (let i = 0; i < RUNS; i += 1) {
    const from = whole[Math.floor(r() * whole.length)] ?? null;
    windows.push((await time(core, 'pipeline:column', { stageId: applied, after: from, limit: 30 })).ms);
  }
  console.log(`  next window of ${whole.length.toLocaleString('en')}-card column (pipeline:column) ${quantiles(windows)}`);

  // Moves in the large role: within the largest column above a random card, and to another column's top.
  const within: number[] = [];
  const across: number[] = [];
  const ids = whole.map((c) => c.applicationId);
  const screening = large.stages[1]?.id ?? '';
  for (let i = 0; i < RUNS; i += 1) {
    const moving = ids[Math.floor(r() * ids.length)] as string;
    let before = ids[Math.floor(r() * ids.length)] as string;
    if (before === moving) before = ids[(ids.indexOf(moving) + 1) % ids.length] as string;
    within.push((await time(core, 'applications:move', { applicationId: moving, toStageId: applied, beforeApplicationId: before })).ms);
  }
  console.log(`  move within that column (applications:move)       ${quantiles(within)}`);
  const top = ok<PipelineColumn>(await core.dispatch('pipeline:column', { stageId: screening, limit: 1 }), 'pipeline:column');
  let first = top.cards[0]?.applicationId ?? null;
  for (let i = 0; i < RUNS; i += 1) {
    const moving = ids[(i * 37) % ids.length] as string;
    across.push((await time(core, 'applications:move', { applicationId: moving, toStageId: screening, beforeApplicationId: first })).ms);
    first = moving;
  }
  console.log(`  move to the top of another column                 ${quantiles(across)}`);
  await core.close();
  const moved = new Set(Array.from({ length: RUNS }, (_u, i) => ids[(i * 37) % ids.length]));
  const staying = ids.filter((id) => !moved.has(id));

  // The same move on the core's code with a connection of its own, timed before and after the commit: what the
  // move reads and writes, and the durable commit (synchronous=FULL syncs the write-ahead log), which costs
  // the same for any write on this disk.
  const db = openDatabase(file);
  const work: number[] = [];
  const commit: number[] = [];
  const stage = getStage(db, applied);
  for (let i = 0; i < RUNS && stage && staying.length > 1; i += 1) {
    const moving = staying[Math.floor(r() * staying.length)] as string;
    let before = staying[Math.floor(r() * staying.length)] as string;
    if (before === moving) before = staying[(staying.indexOf(moving) + 1) % staying.length] as string;
    const start = performance.now();
    let done = start;
    db.transaction(() => {
      moveOnBoard(db, mustGetApplication(db, moving), stage.id, new Date().toISOString(), { beforeId: before });
      done = performance.now();
    }).immediate();
    work.push(done - start);
    commit.push(performance.now() - done);
  }
  // And to another column's top: a change of stage also writes its stage event, report facts and activity entry.
  const acrossWork: number[] = [];
  const to = getStage(db, screening);
  let above: string | null = first;
  for (let i = 0; i < RUNS && to && staying.length > RUNS; i += 1) {
    const moving = staying[i] as string;
    const start = performance.now();
    let done = start;
    db.transaction(() => {
      moveOnBoard(db, mustGetApplication(db, moving), to.id, new Date().toISOString(), { beforeId: above });
      done = performance.now();
    }).immediate();
    acrossWork.push(done - start);
    above = moving;
  }
  db.close();
  console.log(`  a reorder's own reads and writes (no commit)      ${quantiles(work)}`);
  console.log(`  and its durable commit                            ${quantiles(commit)}`);
  if (acrossWork.length > 0) console.log(`  a move to another column's top, no commit        ${quantiles(acrossWork)}`);
}

async function main(): Promise<void> {
  // BENCH_BOARD_DIR: grow and time a folder made by an earlier run (kept afterwards) instead of a new one.
  await atEachSize(SIZES, process.env.BENCH_BOARD_DIR ?? null, 'hirebook-bench-board-', measure);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
