// Benchmark (tsx, plain Node): every report (reports:get) and Today (today:get) through core.dispatch on a
// data folder with 100,000 candidates, 200,000 applications over 400 roles and 1,000,000 stage events
// (moves on and back, rejections, reactivations, hires over two years; 4,000 applications never moved, new
// as Today counts them), 20,000 interviews with scorecards. The folder is seeded by a child process
// (`--seed DIR`), so the seeding's garbage is not on the measured thread; it prints how long migrations 8
// and 9 take to work out the report facts of that history. Like an owner's file, it has no planner
// statistics (nothing runs ANALYZE). Each figure is the median of 5 runs after one warm-up, for all roles
// and all dates, for all roles over the last 90 days, and for one role, then Today and the retention list.
// Targets: every report ≤ 100 ms, Today ≤ 50 ms. Prints figures, asserts nothing.
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPORT_NAMES } from '../electron/contract';
import { createCore } from '../electron/core/create-core';
import { migrate } from '../electron/core/db/migrate';
import { MIGRATIONS } from '../electron/core/db/migrations';
import { openDatabase } from '../electron/core/db/open-database';
import { DEFAULT_STAGES } from '../electron/core/pipeline/pipeline-rules';
import { TODAY_RECORD_FILE } from '../electron/core/reports/today-record';

const CANDIDATES = Number(process.env.BENCH_CANDIDATES ?? 100_000);
const APPLICATIONS = Number(process.env.BENCH_APPLICATIONS ?? 200_000);
const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const ROLES = 400;
const INTERVIEWS = 20_000;
const START = Date.UTC(2025, 0, 1);
const SPAN = 700 * 86_400_000;
const NOW = new Date(START + SPAN + 5 * 86_400_000);
const SOURCES = ['job_board', 'referral', 'walk_in', 'website', 'agency', 'other'];
const iso = (ms: number) => new Date(ms).toISOString();

function seed(dataDir: string): void {
  const db = openDatabase(path.join(dataDir, 'hirebook.db'));
  // The rows go in with raw SQL at schema 7; migration 8 then works out the report facts from them, as it
  // does for an owner's file on the first start of this version (timed below).
  migrate(db, { migrations: MIGRATIONS.slice(0, 7) });
  const reasons = db.prepare('SELECT id, kind FROM rejection_reasons').all() as { id: string; kind: string }[];
  // Roles and their default stages as schema 7 stores them (today's repos write today's columns).
  const insertRoleRow = db.prepare(`INSERT INTO roles (id, title, workplace, employment_type, salary_currency, salary_period, openings, status, closes_on, created_at, updated_at)
    VALUES (?, ?, 'onsite', 'full_time', 'USD', 'hour', 1, ?, ?, ?, ?)`);
  const insertStageRow = db.prepare(`INSERT INTO pipeline_stages (id, role_id, name, position, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  const insertCandidate = db.prepare(`INSERT INTO candidates (id, full_name, source_kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)`);
  const insertApp = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, rejection_reason_id, position, stage_entered_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertEvent = db.prepare(`INSERT INTO stage_events (id, application_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertInterview = db.prepare(`INSERT INTO interviews (id, application_id, starts_at, duration_minutes, time_zone, kind, status, created_at, updated_at)
    VALUES (?, ?, ?, 45, 'Europe/London', 'video', ?, ?, ?)`);
  const insertInterviewer = db.prepare(`INSERT INTO interview_interviewers (id, interview_id, name, position, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)`);
  const insertCard = db.prepare(`INSERT INTO scorecards (id, interview_id, interviewer_id, recommendation, submitted_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    const roles: { id: string; stages: { id: string; name: string; kind: string }[] }[] = [];
    for (let r = 0; r < ROLES; r++) {
      const id = randomUUID();
      const at = iso(START + (r * SPAN) / ROLES / 2);
      const closesOn = r % 40 === 0 ? iso(NOW.getTime() + (r % 9) * 86_400_000).slice(0, 10) : null;
      insertRoleRow.run(id, `Role ${r}`, r % 5 === 0 ? 'filled' : 'open', closesOn, at, at);
      const stages = DEFAULT_STAGES.map((stage, position) => {
        const stageId = randomUUID();
        insertStageRow.run(stageId, id, stage.name, position, stage.kind, at, at);
        return { id: stageId, name: stage.name, kind: stage.kind };
      });
      roles.push({ id, stages });
    }
    const people: string[] = [];
    for (let i = 0; i < CANDIDATES; i++) {
      const id = randomUUID();
      const at = iso(START + (i * SPAN) / CANDIDATES);
      insertCandidate.run(id, `Person ${i}`, SOURCES[i % SOURCES.length], at, at);
      people.push(id);
    }
    const perApp = EVENTS / APPLICATIONS;
    let events = 0;
    const apps: string[] = [];
    for (let a = 0; a < APPLICATIONS; a++) {
      const role = roles[(a + Math.floor(a / CANDIDATES)) % ROLES] as (typeof roles)[number]; // never the same person twice on one role
      const board = role.stages.filter((s) => s.kind !== 'hired');
      const hired = role.stages.find((s) => s.kind === 'hired') ?? board[0];
      const id = randomUUID();
      let t = START + ((a * 7919) % APPLICATIONS) * (SPAN / APPLICATIONS);
      // One in 50 is never moved: a new application, as Today lists them (4,000 in all).
      const n = a % 50 === 25 ? 1 : Math.max(1, Math.round(perApp + ((a % 5) - 2) * 0.5));
      const steps: { stage: (typeof board)[number]; status: string }[] = [{ stage: board[0] as (typeof board)[number], status: 'active' }];
      for (let k = 1; k < n; k++) {
        const last = steps[k - 1] as (typeof steps)[number];
        const roll = (a * 31 + k * 17) % 20;
        if (roll === 0 && last.status === 'active') steps.push({ stage: last.stage, status: 'rejected' });
        else if (last.status !== 'active') steps.push({ stage: last.stage, status: 'active' });
        else if (roll < 4) steps.push({ stage: board[Math.max(0, board.indexOf(last.stage) - 1)] as (typeof board)[number], status: 'active' });
        else if (k === n - 1 && a % 10 === 0) steps.push({ stage: hired as (typeof board)[number], status: 'hired' });
        else steps.push({ stage: board[Math.min(board.length - 1, board.indexOf(last.stage) + 1)] as (typeof board)[number], status: 'active' });
      }
      const created = iso(t);
      const final = steps.at(-1) as (typeof steps)[number];
      const reason = final.status === 'rejected' ? (reasons[a % reasons.length]?.id ?? null) : null;
      let previous: (typeof steps)[number] | null = null;
      const stamps: string[] = [];
      for (let k = 0; k < steps.length; k++) {
        stamps.push(iso(t));
        t += (1 + (a % 9)) * 86_400_000 + (a % 1440) * 60_000;
      }
      insertApp.run(id, people[a % CANDIDATES], role.id, final.stage.id, final.status, reason, a, stamps.at(-1), created, stamps.at(-1));
      steps.forEach((step, k) => {
        insertEvent.run(randomUUID(), id, previous?.stage.id ?? null, step.stage.id, previous?.stage.name ?? '', step.stage.name, previous?.status ?? null, step.status, stamps[k], stamps[k]);
        previous = step;
        events++;
      });
      apps.push(id);
    }
    for (let i = 0; i < INTERVIEWS; i++) {
      const id = randomUUID();
      const at = iso(START + ((i * 104729) % INTERVIEWS) * (SPAN / INTERVIEWS) + 10 * 86_400_000);
      insertInterview.run(id, apps[(i * 7) % apps.length], at, i % 10 === 0 ? 'cancelled' : 'scheduled', at, at);
      const who = randomUUID();
      insertInterviewer.run(who, id, ['Sam Lee', 'sam lee', 'Mia Park', 'Dev Patel'][i % 4], at, at);
      if (i % 3 !== 0) insertCard.run(randomUUID(), id, who, ['strong_no', 'no', 'yes', 'strong_yes', 'no_decision'][i % 5], at, at, at);
    }
    console.log(`seeded ${ROLES} roles, ${CANDIDATES} candidates, ${APPLICATIONS} applications, ${events} stage events, ${INTERVIEWS} interviews`);
  })();
  for (const step of MIGRATIONS.slice(7)) {
    const started = performance.now();
    migrate(db, { migrations: MIGRATIONS.slice(0, step.version) });
    console.log(`migration ${step.version} (${step.name}) took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  db.close();
}

async function timed(run: () => Promise<void>): Promise<number> {
  await run(); // warm-up: statement cache, page cache
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[2] ?? 0;
}

async function main(): Promise<void> {
  if (process.argv[2] === '--seed') {
    seed(process.argv[3] ?? '');
    return;
  }
  // `--reuse DIR` times a folder seeded before with `--seed DIR` (kept afterwards) instead of seeding a new one.
  const reuse = process.argv[2] === '--reuse' ? (process.argv[3] ?? '') : null;
  const dataDir = reuse ?? fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-bench-reports-'));
  try {
    if (reuse === null) {
      const started = performance.now();
      const child = spawnSync(process.execPath, [...process.execArgv, __filename, '--seed', dataDir], { stdio: 'inherit' });
      if (child.status !== 0) throw new Error('seeding failed');
      console.log(`seeding took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const core = createCore({ dataDir, now: () => NOW, logger: { error: console.error, warn: () => undefined, info: () => undefined } });
    // The data file's start-up checks begin after the first answer and run on this thread from sources:
    // let them finish before timing anything.
    await core.dispatch('app:info', {});
    await core.checksDone();
    const listed = await core.dispatch('roles:list', {});
    const oneRole = listed.ok ? (listed.value as { roles: { id: string }[] }).roles[0]?.id : undefined;
    const from = new Date(NOW.getTime() - 90 * 86_400_000).toISOString().slice(0, 10);
    const ok = async (channel: 'reports:get' | 'today:get' | 'retention:due', input: Record<string, unknown>) => {
      const result = await core.dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel} ${JSON.stringify(input)}: ${result.error.message}`);
    };
    console.log('report            all (ms)  90 days (ms)  one role (ms)   target ≤ 100 ms');
    for (const name of REPORT_NAMES) {
      const all = await timed(() => ok('reports:get', { name, timeZone: 'Europe/London' }));
      const recent = await timed(() => ok('reports:get', { name, from, timeZone: 'Europe/London' }));
      const role = await timed(() => ok('reports:get', { name, roleId: oneRole, timeZone: 'Europe/London' }));
      console.log(`${name.padEnd(16)} ${all.toFixed(1).padStart(9)} ${recent.toFixed(1).padStart(13)} ${role.toFixed(1).padStart(14)}`);
    }
    const today = await timed(() => ok('today:get', { timeZone: 'Europe/London' }));
    console.log(`today:get        ${today.toFixed(1).padStart(9)} ms   target ≤ 50 ms (never left: everyone untouched is new)`);
    // Who is due for deletion (12 months): every candidate whose own record is older than that is looked at.
    const due = await timed(() => ok('retention:due', { timeZone: 'Europe/London' }));
    console.log(`retention:due    ${due.toFixed(1).padStart(9)} ms   (Today's reminder reads its first page and count)`);
    await core.close();
    // Today again after the owner left it 30 days ago: new = added since then, counted among the untouched.
    const earlier = createCore({ dataDir, now: () => new Date(NOW.getTime() - 30 * 86_400_000), logger: { error: console.error, warn: () => undefined, info: () => undefined } });
    await earlier.dispatch('today:left', {});
    await earlier.close();
    const again = createCore({ dataDir, now: () => NOW, logger: { error: console.error, warn: () => undefined, info: () => undefined } });
    await again.dispatch('app:info', {});
    await again.checksDone();
    const left = await timed(async () => {
      const result = await again.dispatch('today:get', { timeZone: 'Europe/London' });
      if (!result.ok) throw new Error(result.error.message);
    });
    console.log(`today:get        ${left.toFixed(1).padStart(9)} ms   target ≤ 50 ms (left 30 days ago)`);
    await again.close();
    fs.rmSync(path.join(dataDir, TODAY_RECORD_FILE), { force: true });
  } finally {
    if (reuse === null) fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
