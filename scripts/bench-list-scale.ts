// Benchmark (tsx, plain Node; `npm run bench:list`): the candidates table's pages at 100,000 and then 300,000
// candidates, for every sort both ways, through core.dispatch('candidates:list') on a real SQLite file: the first
// page, the next page while scrolling (`afterId`: the last row of the page before, from a random depth), and a
// jump to 50% and to 90% of the list (the scrollbar dragged: `offset` alone), 200 rows a page as the table asks,
// p50 and p95. Beside each, the same page the old way, LIMIT … OFFSET with a full count (the queries as they were
// before keyset paging, rating by a subquery per row, then the same rows' details), on its own connection to the
// same file. Also how long the first jump of a list takes (it finds the list's marks, stepping along the index to the jump).
// Each figure as wall-clock time and as this process's CPU time (the core runs in it): on a busy machine the
// CPU time says more.
//
// Data: bench-scale-data.ts (shared with bench-board-scale.ts and bench-scale.ts), grown through the product's doors; then one
// application in three gets a rating (1–4) with raw SQL, once, so the rating sort has ties and unrated people.
// Prints figures, asserts nothing. BENCH_LIST_DIR=DIR grows and times a folder an earlier run kept (a folder
// of the board benchmark's will do); BENCH_LIST_SIZES, BENCH_LIST_RUNS.
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CANDIDATE_SORTS, type CandidateList, type CandidateListQuery, type CandidateSort } from '../electron/contract';
import { candidateRows } from '../electron/core/candidates/candidates-search-repo';
import { createCore, type Core } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase, type Db } from '../electron/core/db/open-database';
import { rng } from './bench-random';
import { OFFSET_ORDER } from '../tests/helpers/offset-order';
import { atEachSize, ok, quiet } from './bench-scale-data';

const SIZES = (process.env.BENCH_LIST_SIZES ?? '100000,300000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_LIST_RUNS ?? 40);
const LIMIT = 200;

/** A time in ms: wall clock, and this process's CPU time (the core runs in it), which other programs' load disturbs less. */
interface Took {
  wall: number;
  cpu: number;
}

function timed<T>(run: () => T): { took: Took; value: T } {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const value = run();
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { took: { wall, cpu: (used.user + used.system) / 1000 }, value };
}

function quantiles(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return `${at(0.5).padStart(6)}/${at(0.95).padStart(6)}`;
}

async function page(core: Core, query: CandidateListQuery): Promise<{ took: Took; list: CandidateList }> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await core.dispatch('candidates:list', query);
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { took: { wall, cpu: (used.user + used.system) / 1000 }, list: ok<CandidateList>(result, 'candidates:list') };
}

/** The old page: a full count, LIMIT … OFFSET in the old order, then the same details as today. */
function oldPage(db: Db, sort: CandidateSort, direction: 'asc' | 'desc', offset: number): Took {
  return timed(() => {
    db.prepare('SELECT count(*) FROM candidates c').pluck().get();
    const seqs = db.prepare(`SELECT c.seq FROM candidates c ORDER BY ${OFFSET_ORDER[sort][direction]} LIMIT ? OFFSET ?`).pluck().all(LIMIT, offset) as number[];
    candidateRows(db, seqs);
  }).took;
}

/** One application in three gets a rating, once per candidate added since (the rating sort then has ties). */
function rateSome(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    migrate(db);
    db.prepare('UPDATE applications SET rating = 1 + (rowid * 7) % 4 WHERE rowid % 3 = 0 AND rating IS NULL').run();
  } finally {
    db.close();
  }
}

async function measure(dataDir: string, _roles: readonly string[], candidates: number): Promise<void> {
  rateSome(dataDir);
  const file = path.join(dataDir, 'hirebook.db');
  const core = createCore({ dataDir, logger: quiet });
  await core.dispatch('app:info', {});
  await core.checksDone();
  const old = openDatabase(file);
  const r = rng(candidates);
  const mb = (fs.statSync(file).size / 1e6).toFixed(0);
  const opening = await page(core, { sort: 'added', direction: 'desc', limit: LIMIT });
  const total = opening.list.total;
  console.log(`\n${candidates.toLocaleString('en')} candidates, ${mb} MB; load average ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`);
  console.log(`  first page after opening (counts every candidate): ${opening.took.wall.toFixed(2)} ms`);
  console.log('  p50/p95 ms, 200 rows a page  first page           next page            page at 50%          page at 90%          first jump');
  console.log('                               keyset      OFFSET   keyset      OFFSET   keyset      OFFSET   keyset      OFFSET   (marks)');
  for (const sort of CANDIDATE_SORTS) {
    for (const direction of ['asc', 'desc'] as const) {
      const query = { sort, direction, limit: LIMIT };
      // The first jump of this list finds its marks (after a write, as it would after any change).
      await core.dispatch('company:update', { name: `Bench ${sort} ${direction}` });
      const firstJump = (await page(core, { ...query, offset: Math.floor(total * 0.9) })).took;
      const cells: Record<keyof Took, string[]> = { wall: [], cpu: [] };
      const timeBoth = async (offsets: () => number, withAfter: boolean) => {
        const fresh: Took[] = [];
        const was: Took[] = [];
        for (let i = 0; i < RUNS; i += 1) {
          const offset = offsets();
          let afterId: string | undefined;
          if (withAfter) afterId = (await page(core, { ...query, offset: offset - 1, limit: 1 })).list.rows[0]?.id;
          fresh.push((await page(core, { ...query, offset, ...(afterId !== undefined ? { afterId } : {}) })).took);
          was.push(oldPage(old, sort, direction, offset));
        }
        for (const kind of ['wall', 'cpu'] as const) cells[kind].push(`${quantiles(fresh.map((t) => t[kind]))} ${quantiles(was.map((t) => t[kind]))}`);
      };
      await timeBoth(() => 0, false);
      await timeBoth(() => 1 + Math.floor(r() * (total - LIMIT - 1)), true);
      await timeBoth(() => Math.floor(total * 0.5), false);
      await timeBoth(() => Math.floor(total * 0.9), false);
      for (const kind of ['wall', 'cpu'] as const) {
        console.log(`  ${`${sort} ${direction}, ${kind}`.padEnd(29)}${cells[kind].join('  ')}  ${firstJump[kind].toFixed(1).padStart(7)}`);
      }
    }
  }
  old.close();
  await core.close();
}

async function main(): Promise<void> {
  await atEachSize(SIZES, process.env.BENCH_LIST_DIR ?? null, 'hirebook-bench-list-', measure);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
