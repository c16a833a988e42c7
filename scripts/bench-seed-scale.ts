// The scale benchmarks' data set (bench-board-scale.ts, bench-list-scale.ts): 1,000 roles (three large ones take
// 2.5% of all applications each; the rest share the others), two applications per candidate, spread over the
// stages (Applied 45%, Screening 25%, Interview 15%, Offer 5%, Hired 5%) with one in twenty rejected. Seeded in
// transactions of 5,000 through the core's own code (insertCandidate with its lists and search entry;
// createApplication and rejectApplication, which write the stage events, report facts and activity as the app
// does), grown size by size in one data folder, which a later run can reuse. Like an owner's file it has no
// planner statistics. Runs in Node (tsx).
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CandidateDraft, type Result, type Role } from '../electron/contract';
import { createApplication, rejectApplication } from '../electron/core/applications/applications-service';
import { insertCandidate, newCandidate } from '../electron/core/candidates/candidates-repo';
import { createCore } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { openDatabase, type Db } from '../electron/core/db/open-database';
import { listStages } from '../electron/core/pipeline/stages-repo';
import { rng } from './bench-random';

export const ROLES = 1000;
/** The first LARGE roles are the large ones. */
export const LARGE = 3;
const BATCH = 5000;
const TAGS = ['barista', 'baker', 'cashier', 'driver', 'weekends', 'nights', 'bilingual', 'supervisor'];
const SHARE: readonly [stage: number, upTo: number][] = [[0, 0.45], [1, 0.7], [2, 0.85], [3, 0.9], [4, 0.95]];
export const quiet = { error: console.error, warn: () => undefined, info: () => undefined };

export function ok<T>(result: Result<unknown>, what: string): T {
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

/**
 * Grows a data folder to each of `sizes` in turn (a new one, or `reuse`, made by an earlier run and kept
 * afterwards) and calls `measure` at each; a size the folder already passed is skipped.
 */
export async function atEachSize(
  sizes: readonly number[],
  reuse: string | null,
  prefix: string,
  measure: (dataDir: string, roles: readonly string[], candidates: number) => Promise<void>,
): Promise<void> {
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    let roles: string[] = [];
    let made = 0;
    if (reuse !== null && fs.existsSync(path.join(dataDir, 'hirebook.db'))) ({ roles, made } = existing(dataDir));
    else {
      const core = createCore({ dataDir, logger: quiet });
      for (let i = 0; i < ROLES; i += 1) roles.push(ok<Role>(await core.dispatch('roles:create', { title: `${i < LARGE ? 'Large role' : 'Role'} ${i}` }), 'roles:create').id);
      await core.close();
    }
    for (const size of sizes.filter((n) => n >= made)) {
      if (size > made) {
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
      }
      await measure(dataDir, roles, size);
    }
  } finally {
    if (reuse === null) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
