// Benchmark data for search (plain Node): a data folder of `size` candidates with about a million words of
// notes and interview notes, seeded with the core's own repo (candidates) and plain inserts (roles,
// applications, notes, interviews, résumé text) in one transaction, then indexed as migration 16 does on an
// upgraded file. Shared by scripts/bench-search.ts (the core's answers per keystroke) and
// scripts/bench-palette-typing.ts (frames in the palette while typing). `keep` keeps the folder (and reuses it
// next time, skipping the seeding).
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { CandidateDraft } from '../electron/contract';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { migrate } from '../electron/core/db/migrate';
import { migration0016 } from '../electron/core/db/migrations/0016-search-notes';
import { openDatabase, type Db } from '../electron/core/db/open-database';
import { pick, rng } from './bench-random';

export const NOTE_WORDS = 1_000_000;
const FIRST = ['Amara', 'José', 'Meiling', 'Priya', 'Oksana', 'Kenji', 'Layla', 'Siobhán', 'Tomasz', 'Ngozi', 'Mateo', 'Eunji', 'Liam', 'Fatima', 'Noah', 'Ana', 'Bo', 'Marta', 'Dmitri', 'Elif', 'Maya', 'Mohammed', 'Sam', 'Chloe'];
const LAST = ['Okafor', 'Núñez', 'Wang', 'Raghunathan', 'Kovalenko', 'Watanabe', 'Haddad', 'Ní Bhriain', 'Wiśniewski', 'Eze', 'Rossi', 'Kim', 'Smith', 'García', 'Chen', 'Lima', 'Diaz', 'Petrov', 'Yılmaz', 'Nguyen', 'Martin', 'Moreau'];
const TAGS = ['barista', 'baker', 'pastry', 'cashier', 'driver', 'weekends', 'nights', 'bilingual', 'supervisor', 'part time'];
const RESUME_WORDS = ['sourdough', 'espresso', 'lamination', 'inventory', 'catering', 'forklift', 'hygiene', 'roster', 'viennoiserie', 'allergen', 'customer', 'service', 'management', 'morning'];
// What owners write about people: common words (most notes), with a few rarer ones and made-up surnames.
const NOTE_VOCABULARY = `good calm friendly late early called left message asked about pay start date availability weekend weekends evenings
mornings shift shifts experience customer customers service team kitchen counter till cash stock delivery deliveries training trained
reference references checked visa permit driving licence car bus walk reliable punctual quiet confident nervous strong weak follow up
again next week monday tuesday wednesday thursday friday saturday sunday interview trial paid unpaid notice period current job manager
supervisor owner menu coffee latte milk texturing bread pastry croissant oven prep clean cleaning hygiene certificate food safety
allergens great not sure maybe yes no hire hold offer declined accepted wants more hours fewer moving town student holidays summer`
  .split(/\s+/)
  .filter(Boolean);
export const PHRASE = 'weekend availability';

function noteText(words: number, r: () => number): string {
  const out = Array.from({ length: words }, () => pick(NOTE_VOCABULARY, r));
  if (r() < 0.02) out.splice(Math.floor(r() * out.length), 0, ...PHRASE.split(' '));
  return `${out.join(' ')}.`;
}

/**
 * `size` candidates (10% with ~300 words of résumé naming "customer"), 30% with an application carrying a
 * note, a tenth of those with an interview whose scorecard has notes: NOTE_WORDS words of notes in all.
 */
function seed(db: Db, size: number): { seconds: number; noteWords: number } {
  const r = rng(42);
  const started = performance.now();
  const roleId = randomUUID();
  const stage = randomUUID();
  const applications = Math.floor(size * 0.3);
  const interviews = Math.floor(applications / 10);
  // Interview notes are longer: a fifth of the words on a tenth of the applications.
  const wordsPerNote = Math.max(3, Math.round((NOTE_WORDS * 0.8) / applications));
  const wordsPerCard = Math.max(3, Math.round((NOTE_WORDS * 0.2) / interviews));
  let noteWords = 0;
  db.transaction(() => {
    const t = new Date().toISOString();
    db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, created_at, updated_at)
      VALUES (?, 'Barista', 'onsite', 'part_time', 'USD', 'hour', 2, 'open', ?, ?)`).run(roleId, t, t);
    db.prepare("INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, 'Applied', 0, 'active', ?, ?)").run(stage, roleId, t, t);
    const app = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rating, position, stage_entered_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, 'active', NULL, ?, ?, ?, ?)`);
    const note = db.prepare('INSERT INTO application_notes (id, application_id, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
    const interview = db.prepare(`INSERT INTO interviews (id, application_id, starts_at, duration_minutes, time_zone, kind, created_at, updated_at)
      VALUES (?, ?, ?, 30, 'Europe/London', 'onsite', ?, ?)`);
    const interviewer = db.prepare("INSERT INTO interview_interviewers (id, interview_id, name, position, created_at, updated_at) VALUES (?, ?, 'Sam Lee', 0, ?, ?)");
    const card = db.prepare('INSERT INTO scorecards (id, interview_id, interviewer_id, notes, takeaways, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const file = db.prepare(`INSERT INTO attachments (id, candidate_id, kind, file_name, mime_type, size_bytes, sha256, extracted_text, created_at, updated_at)
      VALUES (?, ?, 'resume', 'cv.pdf', 'application/pdf', 1000, ?, ?, ?, ?)`);
    for (let i = 0; i < size; i++) {
      const stamp = new Date(Date.UTC(2022, 0, 1) + i * 60_000).toISOString();
      const first = pick(FIRST, r);
      const last = pick(LAST, r);
      const draft = CandidateDraft.parse({
        fullName: `${first} ${last}`,
        emails: [`${first}.${last}.${i}@example.test`.normalize('NFKD').toLowerCase().replace(/[^a-z0-9.@]/g, '')],
        phones: [`+1 503 ${String(1_000_000 + i).slice(1, 4)} ${String(i).padStart(4, '0').slice(-4)}`],
        tags: [pick(TAGS, r)],
      });
      const candidate = newCandidate(randomUUID(), draft, stamp);
      insertCandidate(db, candidate);
      if (i % 10 === 0) {
        const words = Array.from({ length: 300 }, () => pick(RESUME_WORDS, r));
        file.run(randomUUID(), candidate.id, 'a'.repeat(64), words.join(' '), stamp, stamp);
      }
      if (i % 10 < 3) {
        const appId = randomUUID();
        app.run(appId, candidate.id, roleId, stage, i, stamp, stamp, stamp);
        const body = noteText(wordsPerNote, r);
        noteWords += wordsPerNote;
        note.run(randomUUID(), appId, body, stamp, stamp);
        if (i % 100 < 3) {
          const interviewId = randomUUID();
          const interviewerId = randomUUID();
          interview.run(interviewId, appId, stamp, stamp, stamp);
          interviewer.run(interviewerId, interviewId, stamp, stamp);
          card.run(randomUUID(), interviewId, interviewerId, noteText(wordsPerCard - 5, r), noteText(5, r), stamp, stamp);
          noteWords += wordsPerCard;
        }
      }
    }
  })();
  return { seconds: (performance.now() - started) / 1000, noteWords };
}

/** The search index built again from every stored row, as migration 16 does on an upgraded file. */
function rebuildIndex(db: Db): number {
  const started = performance.now();
  db.transaction(() => migration0016.up(db))();
  return (performance.now() - started) / 1000;
}

export interface SearchData {
  dataDir: string;
  /** What was seeded (or that the folder was reused), for the printout. */
  said: string[];
  /** A candidate's name from the middle of the list, for typing. */
  name: string;
  /** Removes the folder unless it is kept. */
  done: () => void;
}

/** A data folder with `size` candidates and their notes: under `keep` (reused when there) or a fresh temp one. */
export function searchData(size: number, keep: string | undefined): SearchData {
  const dataDir = keep ? join(keep, String(size)) : mkdtempSync(join(os.tmpdir(), 'hirebook-bench-search-'));
  const reuse = keep !== undefined && existsSync(join(dataDir, 'hirebook.db'));
  mkdirSync(dataDir, { recursive: true });
  const db = openDatabase(join(dataDir, 'hirebook.db'));
  const said: string[] = [];
  try {
    migrate(db);
    if (!reuse) {
      const seeded = seed(db, size);
      const rebuild = rebuildIndex(db);
      said.push(`${size.toLocaleString('en-US')} candidates, ${seeded.noteWords.toLocaleString('en-US')} words of notes and interview notes (seeded in ${seeded.seconds.toFixed(1)} s)`);
      said.push(`  search index rebuilt by migration 16 in ${rebuild.toFixed(1)} s`);
    } else {
      said.push(`${size.toLocaleString('en-US')} candidates (reused ${dataDir})`);
    }
    const name = db.prepare('SELECT full_name FROM candidates ORDER BY seq LIMIT 1 OFFSET ?').pluck().get(Math.min(4321, Math.floor(size / 2))) as string;
    return { dataDir, said, name, done: () => (keep ? undefined : rmSync(dataDir, { recursive: true, force: true })) };
  } finally {
    db.close();
  }
}
