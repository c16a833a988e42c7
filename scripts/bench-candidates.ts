// Benchmark (tsx, plain Node): the candidates table at 100,000 candidates (30,000 applications, 10,000 resumes): search,
// filters, sorts, deep pages, duplicate checks, creating one more and erasing one, through core.dispatch on a real
// SQLite file. Seeds with the core's own repo in one transaction. Prints figures, asserts nothing.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CandidateDraft, type CandidateListQuery, type Result } from '../electron/contract';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { reindexCandidate } from '../electron/core/candidates/candidates-search-repo';
import { createCore } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase, type Db } from '../electron/core/db/open-database';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const RUNS = 30;
const FIRST = ['Amara', 'José', 'Meiling', 'Priya', 'Oksana', 'Kenji', 'Layla', 'Siobhán', 'Tomasz', 'Ngozi', 'Mateo', 'Eunji', 'Liam', 'Fatima', 'Noah', 'Ana', 'Bo', 'Cy', 'Dmitri', 'Elif'];
const LAST = ['Okafor', 'Núñez', 'Wang', 'Raghunathan', 'Kovalenko', 'Watanabe', 'Haddad', 'Ní Bhriain', 'Wiśniewski', 'Eze', 'Rossi', 'Kim', 'Smith', 'García', 'Chen', 'Lima', 'Diaz', 'Petrov', 'Yılmaz', 'Nguyen'];
const TAGS = ['barista', 'baker', 'pastry', 'cashier', 'driver', 'weekends', 'nights', 'bilingual', 'supervisor', 'part time'];
const SOURCES = ['job_board', 'referral', 'walk_in', 'website', 'agency', 'other'] as const;
const WORDS = ['sourdough', 'espresso', 'lamination', 'inventory', 'catering', 'forklift', 'hygiene', 'roster', 'viennoiserie', 'allergen'];

function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], r: () => number): T {
  return items[Math.floor(r() * items.length)] as T;
}

function draft(i: number, r: () => number) {
  const first = pick(FIRST, r);
  const last = pick(LAST, r);
  return CandidateDraft.parse({
    fullName: `${first} ${last} ${i}`,
    emails: [`${first}.${last}.${i}@example.test`.normalize('NFKD').toLowerCase().replace(/[^a-z0-9.@]/g, '')],
    phones: [`+1 503 ${String(1_000_000 + i).slice(1, 4)} ${String(i).padStart(4, '0').slice(-4)}`],
    tags: [pick(TAGS, r), pick(TAGS, r)],
    source: pick(SOURCES, r),
    summary: `${pick(WORDS, r)} ${pick(WORDS, r)}`,
  });
}

/** About 300 words of resume, with one rare word ("croquembouche") in every hundredth. */
function resumeText(r: () => number, i: number): string {
  const words = Array.from({ length: 300 }, () => pick(WORDS, r));
  if (i % 1000 === 0) words.push('croquembouche');
  return words.join(' ');
}

/** 100,000 candidates (10% with a resume's text), one role with five stages and 30,000 rated applications, in one transaction. */
function seed(db: Db): { roleId: string; seconds: number } {
  const r = rng(42);
  const started = performance.now();
  const roleId = randomUUID();
  const stages = Array.from({ length: 5 }, () => randomUUID());
  db.transaction(() => {
    const t = new Date().toISOString();
    db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
      VALUES (?, 'Barista', 'onsite', 'part_time', 'USD', 'hour', 2, 'open', ?, ?)`).run(roleId, t, t);
    const stage = db.prepare('INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    stages.forEach((id, n) => stage.run(id, roleId, `Stage ${n}`, n, n === 4 ? 'hired' : 'active', t, t));
    const app = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, position, stage_entered_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?, ?)`);
    const file = db.prepare(`INSERT INTO attachments (id, candidate_id, kind, file_name, mime_type, size_bytes, sha256, extracted_text, created_at, updated_at)
      VALUES (?, ?, 'resume', 'cv.pdf', 'application/pdf', 1000, ?, ?, ?, ?)`);
    for (let i = 0; i < CANDIDATES; i++) {
      const stamp = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
      const candidate = newCandidate(randomUUID(), draft(i, r), stamp);
      insertCandidate(db, candidate);
      if (i % 10 < 3) app.run(randomUUID(), candidate.id, roleId, pick(stages, r), 1 + Math.floor(r() * 4), i, stamp, stamp, stamp);
      if (i % 10 === 0) {
        file.run(randomUUID(), candidate.id, 'a'.repeat(64), resumeText(r, i), stamp, stamp);
        reindexCandidate(db, candidate.id);
      }
    }
  })();
  return { roleId, seconds: (performance.now() - started) / 1000 };
}

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
    const { roleId, seconds } = seed(db);
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
