// Benchmark (tsx, plain Node): the candidates table at 100,000 candidates (30,000 applications, 10,000 resumes): search,
// filters, sorts, deep pages, duplicate checks, creating one more and erasing one, through core.dispatch on a real
// SQLite file. Seeds with the core's own repo in one transaction (bench-seed-candidates.ts). Prints figures, asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { CandidateListQuery, Result } from '../electron/contract';
import { createCore } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase } from '../electron/core/db/open-database';
import { CANDIDATES, seedCandidates } from './bench-seed-candidates';

const RUNS = 30;

function stats(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(2);
  return `median ${at(0.5)} ms · p95 ${at(0.95)} ms · max ${at(1)} ms`;
}

async function timed(label: string, run: () => Promise<Result<unknown>>): Promise<unknown> {
  const samples: number[] = [];
  let last: unknown = null;
  for (let i = 0; i < RUNS; i += 1) {
    const start = performance.now();
    const result = await run();
    samples.push(performance.now() - start);
    if (!result.ok) throw new Error(`${label}: ${result.error.message}`);
    last = result.value;
  }
  const total = (last as { total?: number } | null)?.total;
  console.log(`${label.padEnd(52)} ${stats(samples)}${total === undefined ? '' : ` · ${total} matches`}`);
  return last;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(os.tmpdir(), 'hirebook-bench-candidates-'));
  try {
    const db = openDatabase(join(dataDir, 'hirebook.db'));
    migrate(db);
    const { roleId, seconds } = seedCandidates(db);
    const email = db.prepare(`SELECT e.email FROM candidates c JOIN candidate_emails e ON e.candidate_id = c.id
      ORDER BY c.seq, e.position LIMIT 1 OFFSET 777`).pluck().get() as string;
    db.close();
    console.log(`seeded ${CANDIDATES} candidates (+${Math.floor(CANDIDATES * 0.3)} applications, ${Math.floor(CANDIDATES / 10)} resumes) in ${seconds.toFixed(1)} s (${Math.round(CANDIDATES / seconds)} candidates/s via the repo)`);
    const core = createCore({ dataDir });
    const list = (query: CandidateListQuery) => () => core.dispatch('candidates:list', query);
    await timed('first page, newest first (the table opening)', list({ limit: 100 }));
    await timed('page at offset 90,000, sorted by name', list({ sort: 'name', direction: 'asc', offset: 90_000, limit: 100 }));
    await timed('sort by rating (best first)', list({ sort: 'rating', limit: 100 }));
    await timed('search "amara ok" (name prefix)', list({ search: 'amara ok', limit: 100 }));
    await timed(`search "${email.slice(0, -6)}" (email)`, list({ search: email.slice(0, -6), limit: 100 }));
    await timed('search "503 012" (phone digits)', list({ search: '503 012', limit: 100 }));
    await timed('search "croquembouche" (a rare word in resumes)', list({ search: 'croquembouche', limit: 100 }));
    await timed('search "espresso" (a common word in resumes)', list({ search: 'espresso', limit: 100 }));
    await timed('search "bar" + tag barista + source referral', list({ search: 'bar', tag: 'barista', source: 'referral', limit: 100 }));
    await timed('role + rating ≥ 4, sorted by name', list({ roleId, ratingMin: 4, sort: 'name', direction: 'asc', limit: 100 }));
    await timed('added in January 2024, sorted by updated', list({ addedFrom: '2024-01-01', addedTo: '2024-01-31', sort: 'updated', limit: 100 }));
    await timed('duplicates of a draft (email + phone + name)', () =>
      core.dispatch('candidates:duplicates', { draft: { fullName: 'Amara Okafor', emails: ['amara.okafor.5@example.test'], phones: ['+1 503 000 0005'] } }),
    );
    let n = 0;
    await timed('candidates:create (with duplicate check, FULL sync)', () => core.dispatch('candidates:create', { fullName: `Bench Person ${n++}`, emails: [`bench${n}@example.test`] }));
    // Erasing one person: the rows, then the search index optimized and the write-ahead log truncated.
    const page = await core.dispatch('candidates:list', { sort: 'name', direction: 'asc', limit: 100 });
    const doomed = page.ok ? (page.value as { rows: { id: string }[] }).rows.map((r) => r.id) : [];
    await timed('candidates:delete (erasure, index optimized)', () => core.dispatch('candidates:delete', { id: doomed.shift() ?? '' }));
    await core.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main();
