// Benchmark data at scale (plain Node), shared by scripts/bench-scale.ts, bench-board-scale.ts and bench-list-scale.ts: a data
// folder grown to 100,000 and then 300,000 candidates through the product's own doors.
//
// - 1,000 roles through roles:create.
// - Candidates through candidates:import, the CSV import an owner runs (a file of 100,000 rows, then one of
//   200,000), timed: the rows per second of each import are part of what the scale benchmark prints.
// - Two applications per candidate through the core's own service code (createApplication, and
//   rejectApplication for one in twenty: they write the stage events, report facts and activity as the app
//   does), in transactions of 5,000: the app has no door that adds hundreds of thousands of applications, and
//   one request each would time the disk's sync, not the data. Three large roles take 2.5% of all applications
//   each, the rest share the others; stages Applied 45%, Screening 25%, Interview 15%, Offer 5%, Hired 5%.
// Like an owner's file it has no planner statistics.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Result, Role } from '../electron/contract';
import { createApplication, rejectApplication } from '../electron/core/applications/applications-service';
import { createCore } from '../electron/core/create-core';
import { openDatabase, type Db } from '../electron/core/db/open-database';
import { listStages } from '../electron/core/pipeline/stages-repo';
import { rng } from './bench-random';

export const ROLES = 1000;
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

/** Candidates `from` … `to - 1` as the CSV an owner would import. */
function candidatesCsv(from: number, to: number): string {
  const lines = ['Name,Email,Phone,Tags,Source'];
  for (let i = from; i < to; i += 1) {
    const phone = `+1 503 ${String(100 + Math.floor(i / 10_000))} ${String(i % 10_000).padStart(4, '0')}`;
    lines.push(`Person ${i},p${i}@example.test,${phone},${TAGS[i % TAGS.length]};${TAGS[(i * 7) % TAGS.length]},Indeed`);
  }
  return `${lines.join('\n')}\n`;
}

/** Adds two applications to each candidate added after the first `from`, through the core's own code. */
function addApplications(db: Db, roles: readonly string[], from: number): void {
  const r = rng(from + 1);
  const stages = new Map(roles.map((id) => [id, listStages(db, id)]));
  const reason = db.prepare("SELECT id FROM rejection_reasons WHERE kind = 'we_rejected' LIMIT 1").pluck().get() as string;
  const people = db.prepare('SELECT id, created_at FROM candidates ORDER BY seq LIMIT -1 OFFSET ?').all(from) as { id: string; created_at: string }[];
  for (let start = 0; start < people.length; start += BATCH) {
    db.transaction(() => {
      for (const person of people.slice(start, start + BATCH)) {
        const first = roleFor(r, roles);
        let second = roleFor(r, roles);
        while (second === first) second = roleFor(r, roles);
        for (const roleId of [first, second]) {
          const roll = r();
          const index = SHARE.find(([, upTo]) => roll < upTo)?.[0] ?? 0;
          const stage = stages.get(roleId)?.[index];
          const app = createApplication(db, person.id, roleId, stage?.id, person.created_at);
          if (roll >= 0.95) rejectApplication(db, app, reason, '', person.created_at);
        }
      }
    })();
  }
}

/** The roles in the order they were made (the large ones first), and how many candidates the file holds. */
export function existing(dataDir: string): { roles: string[]; made: number } {
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    const roles = db.prepare('SELECT id FROM roles ORDER BY created_at, rowid').pluck().all() as string[];
    return { roles, made: db.prepare('SELECT count(*) FROM candidates').pluck().get() as number };
  } finally {
    db.close();
  }
}

export interface Grown {
  /** Rows per second of the CSV import, for the whole request (reading, checking, writing, indexing). */
  importRowsPerSecond: number;
  importSeconds: number;
  /** Closing the core after the import (with the full check it finishes then, on a file it wrote to). */
  closeSeconds: number;
  applicationSeconds: number;
}

/** Makes the roles of a new data folder. */
export async function makeRoles(dataDir: string): Promise<string[]> {
  const core = createCore({ dataDir, logger: quiet });
  const roles: string[] = [];
  try {
    for (let i = 0; i < ROLES; i += 1) roles.push(ok<Role>(await core.dispatch('roles:create', { title: `${i < LARGE ? 'Large role' : 'Role'} ${i}` }), 'roles:create').id);
  } finally {
    await core.close();
  }
  return roles;
}

/** Grows the folder from `made` to `to` candidates: imported from a CSV file, then given their applications. */
export async function grow(dataDir: string, roles: readonly string[], made: number, to: number): Promise<Grown> {
  const file = path.join(dataDir, `import-${made}-${to}.csv`);
  fs.writeFileSync(file, candidatesCsv(made, to));
  const core = createCore({ dataDir, logger: quiet });
  // Writes wait for the start-up quick check; the import is timed from then to its answer. Closing is timed
  // apart: a session that wrote before its full check finished runs that check at close (data-health.ts).
  await core.checksDone();
  const started = performance.now();
  let importSeconds = 0;
  let closeStarted = 0;
  try {
    ok(
      await core.dispatch('candidates:import', {
        path: file,
        fileName: path.basename(file),
        mapping: { name: 0, email: 1, phone: 2, tags: 3, source: 4 },
        duplicates: 'create',
        jobId: randomUUID(),
      }),
      'candidates:import',
    );
    importSeconds = (performance.now() - started) / 1000;
  } finally {
    closeStarted = performance.now();
    await core.close();
    fs.rmSync(file, { force: true });
  }
  const closeSeconds = (performance.now() - closeStarted) / 1000;
  const appsStarted = performance.now();
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  try {
    // Seeding only: a page cache that holds the growing indexes (keyed by random UUIDs), or every insert reads
    // its index pages back from disk; the app sizes its own cache on open (open-database.ts).
    db.pragma('cache_size = -2097152');
    addApplications(db, roles, made);
  } finally {
    db.close();
  }
  return { importRowsPerSecond: (to - made) / importSeconds, importSeconds, closeSeconds, applicationSeconds: (performance.now() - appsStarted) / 1000 };
}

/**
 * Grows a data folder to each of `sizes` in turn (a new one, or `reuse`, made by an earlier run and kept
 * afterwards) and calls `measure` at each, with how it grew (null when the folder already held that many);
 * a size the folder already passed is skipped.
 */
export async function atEachSize(
  sizes: readonly number[],
  reuse: string | null,
  prefix: string,
  measure: (dataDir: string, roles: readonly string[], candidates: number, grown: Grown | null) => Promise<void>,
): Promise<void> {
  if (reuse !== null) fs.mkdirSync(reuse, { recursive: true });
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  try {
    const found = fs.existsSync(path.join(dataDir, 'hirebook.db')) ? existing(dataDir) : { roles: [] as string[], made: 0 };
    let { made } = found;
    const roles = found.roles.length > 0 ? found.roles : await makeRoles(dataDir);
    for (const size of sizes.filter((n) => n >= made)) {
      const grown = size > made ? await grow(dataDir, roles, made, size) : null;
      if (grown) console.log(`(seeded ${(size - made).toLocaleString('en')} candidates in ${(grown.importSeconds + grown.applicationSeconds).toFixed(0)} s)`);
      made = size;
      await measure(dataDir, roles, size, grown);
    }
  } finally {
    if (reuse === null) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
