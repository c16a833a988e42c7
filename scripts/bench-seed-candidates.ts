// The benchmarks' data set of candidates: 100,000 people (10% with a resume's text), one role with five stages and
// 30,000 rated applications, written with the core's own repo in one transaction. Shared by
// bench-candidates.ts and bench-start.ts. Runs in Node (tsx).
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { CandidateDraft } from '../electron/contract';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { reindexCandidate } from '../electron/core/candidates/candidates-search-repo';
import type { Db } from '../electron/core/db/open-database';
import { pick, rng } from './bench-random';

const FIRST = ['Amara', 'José', 'Meiling', 'Priya', 'Oksana', 'Kenji', 'Layla', 'Siobhán', 'Tomasz', 'Ngozi', 'Mateo', 'Eunji', 'Liam', 'Fatima', 'Noah', 'Ana', 'Bo', 'Cy', 'Dmitri', 'Elif'];
const LAST = ['Okafor', 'Núñez', 'Wang', 'Raghunathan', 'Kovalenko', 'Watanabe', 'Haddad', 'Ní Bhriain', 'Wiśniewski', 'Eze', 'Rossi', 'Kim', 'Smith', 'García', 'Chen', 'Lima', 'Diaz', 'Petrov', 'Yılmaz', 'Nguyen'];
const TAGS = ['barista', 'baker', 'pastry', 'cashier', 'driver', 'weekends', 'nights', 'bilingual', 'supervisor', 'part time'];
const SOURCES = ['job_board', 'referral', 'walk_in', 'website', 'agency', 'other'] as const;
const WORDS = ['sourdough', 'espresso', 'lamination', 'inventory', 'catering', 'forklift', 'hygiene', 'roster', 'viennoiserie', 'allergen'];

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

/** How many candidates the benchmarks seed: 100,000, or BENCH_CANDIDATES. */
export const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);

/** `count` candidates (10% with a resume's text), one role with five stages and 30% of them as rated applications, in one transaction. */
export function seedCandidates(db: Db, count: number = CANDIDATES): { roleId: string; seconds: number } {
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
    for (let i = 0; i < count; i++) {
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
