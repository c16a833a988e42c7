// Benchmark (tsx, plain Node; `npm run bench:board`): the pipeline board at 100,000 and then 300,000 candidates,
// through core.dispatch on a real SQLite file (synchronous=FULL): the board's first paint data (pipeline:get:
// every count and the first window of each column), the next window of a column (pipeline:column), and moving a
// card (applications:move: within its column above a random card, and to another column's top; then the move's own
// work apart from the durable commit), p50 and p95.
//
// Data. 1,000 roles (three large ones take 2.5% of all applications each; the rest share the others), two
// applications per candidate, spread over the stages (Applied 45%, Screening 25%, Interview 15%, Offer 5%,
// Hired 5%) with one in twenty rejected. Seeded in transactions of 5,000 through the core's own code
// (insertCandidate with its lists and search entry; createApplication and rejectApplication, which write the
// stage events, report facts and activity as the app does), then grown from 100,000 to 300,000 the same way.
// Like an owner's file it has no planner statistics. Prints figures, asserts nothing.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CandidateDraft, type Pipeline, type PipelineColumn, type Result, type Role } from '../electron/contract';
import { createApplication, moveOnBoard, mustGetApplication, rejectApplication } from '../electron/core/applications/applications-service';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { createCore, type Core } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase, type Db } from '../electron/core/db/open-database';
import { getStage, listStages } from '../electron/core/pipeline/stages-repo';
import { rng } from './bench-random';

const SIZES = (process.env.BENCH_BOARD_SIZES ?? '100000,300000').split(',').map(Number);
const ROLES = 1000;
const LARGE = 3;
const RUNS = Number(process.env.BENCH_BOARD_RUNS ?? 200);
const BATCH = 5000;
const TAGS = ['barista', 'baker', 'cashier', 'driver', 'weekends', 'nights', 'bilingual', 'supervisor'];
const SHARE: readonly [stage: number, upTo: number][] = [[0, 0.45], [1, 0.7], [2, 0.85], [3, 0.9], [4, 0.95]];
const quiet = { error: console.error, warn: () => undefined, info: () => undefined };

function ok<T>(result: Result<unknown>, what: string): T {
  if (!result.ok) throw new Error(`${what}: ${result.error.message}`);
  return result.value as T;
}

/** The role of a candidate's `n`th application: one in 40 applications goes to each large role. */
function roleFor(r: () => number, roles: readonly string[]): string {
  const roll = r();
  if (roll < LARGE * 0.025) return roles[Math.floor(roll / 0.025)] as string;
  return roles[LARGE + Math.floor(r() * (roles.length - LARGE))] as string;
}

/** Adds candidates `from` … `to - 1`, each with two applications, through the core's own code. */
function grow(db: Db, roles: readonly string[], from: number, to: number): void {
  const r = rng(from + 1);
  const stages = new Map(roles.map((id) => [id, listStages(db, id)]));
  const reason = db.prepare("SELECT id FROM rejection_reasons WHERE kind = 'we_rejected' LIMIT 1").pluck().get() as string;
  for (let start = from; start < to; start += BATCH) {
    db.transaction(() => {
      for (let i = start; i < Math.min(to, start + BATCH); i += 1) {
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        const tags = [TAGS[i % TAGS.length] as string, TAGS[(i * 7) % TAGS.length] as string];
        const candidate = newCandidate(randomUUID(), CandidateDraft.parse({ fullName: `Person ${i}`, emails: [`p${i}@example.test`], tags, source: 'job_board' }), at);
        insertCandidate(db, candidate);
        const first = roleFor(r, roles);
        let second = roleFor(r, roles);
        while (second === first) second = roleFor(r, roles);
        for (const roleId of [first, second]) {
          const roll = r();
          const index = SHARE.find(([, upTo]) => roll < upTo)?.[0] ?? 0;
          const stage = stages.get(roleId)?.[index];
          const app = createApplication(db, candidate.id, roleId, stage?.id, at);
          if (roll >= 0.95) rejectApplication(db, app, reason, '', at);
        }
      }
    })();
  }
}

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

/** The roles in the order they were made (the large ones first), and how many candidates the file holds. */
function existing(dataDir: string): { roles: string[]; made: number } {
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    const roles = db.prepare('SELECT id FROM roles ORDER BY created_at, rowid').pluck().all() as string[];
    return { roles, made: db.prepare('SELECT count(*) FROM candidates').pluck().get() as number };
  } finally {
    db.close();
  }
}

async function main(): Promise<void> {
  // BENCH_BOARD_DIR: grow and time a folder made by an earlier run (kept afterwards) instead of a new one.
  const reuse = process.env.BENCH_BOARD_DIR ?? null;
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-board-'));
  try {
    let roles: string[] = [];
    let made = 0;
    if (reuse === null) {
      const core = createCore({ dataDir, logger: quiet });
      for (let i = 0; i < ROLES; i += 1) roles.push(ok<Role>(await core.dispatch('roles:create', { title: `${i < LARGE ? 'Large role' : 'Role'} ${i}` }), 'roles:create').id);
      await core.close();
    } else ({ roles, made } = existing(dataDir));
    for (const size of SIZES.filter((n) => n >= made)) {
      const started = performance.now();
      const db = openDatabase(path.join(dataDir, 'hirebook.db'));
      migrate(db);
      // Seeding only: a page cache that holds the growing indexes (keyed by random UUIDs), or every insert reads
      // its index pages back from disk; the app sizes its own cache on open (open-database.ts).
      db.pragma('cache_size = -2097152');
      grow(db, roles, made, size);
      db.close();
      console.log(`(seeded ${(size - made).toLocaleString('en')} candidates in ${((performance.now() - started) / 1000).toFixed(0)} s)`);
      made = size;
      await measure(dataDir, roles, size);
    }
  } finally {
    if (reuse === null) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
