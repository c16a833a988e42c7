// Today on a fixture built through the real channels, "now" Saturday 7 March 2026, 10:00 in New York
// (15:00 UTC). Clocks there go forward at 02:00 on Sunday 8 March, so tomorrow is 23 hours long: it runs
// 05:00 UTC on the 8th to 04:00 UTC on the 9th. Every expected item is worked out by hand in the comments.
// Runs in Vitest on real SQLite files.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CandidateCreateResult, Interview, Role, Scorecard, Today } from '../../electron/contract';
import { board, call, reasonByName, stageId } from '../helpers/applicants';
import { NEW_SINCE } from '../../electron/core/reports/today-repo';
import { tempCore, value, withRawDb } from '../helpers/temp-core';

const TZ = 'America/New_York';
const NOW = '2026-03-07T15:00:00.000Z';

async function todayWorld() {
  let clock = Date.parse('2026-02-20T15:00:00.000Z');
  const core = tempCore({ now: () => new Date(clock) });
  const at = (iso: string) => { clock = Date.parse(iso); };
  const barista = await call<Role>(core, 'roles:create', { title: 'Barista', status: 'open', closesOn: '2026-03-14' }); // today + 7: closing
  const cook = await call<Role>(core, 'roles:create', { title: 'Cook', status: 'open', closesOn: '2026-03-15' }); // today + 8: not yet
  const porter = await call<Role>(core, 'roles:create', { title: 'Porter', status: 'open' }); // open, nobody applied
  await call<Role>(core, 'roles:create', { title: 'Runner' }); // a draft without applicants is not listed
  const a = await board(core, barista.id);
  const apps: Record<string, string> = {};
  const apply = async (key: string, name: string, roleId: string, when: string) => {
    at(when);
    const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: name, roleId });
    apps[key] = made.candidate.applications[0]?.id ?? '';
  };
  await apply('ana', 'Ana Lima', barista.id, '2026-02-20T15:00:00.000Z');
  await apply('fa', 'Fa Noor', barista.id, '2026-02-20T16:00:00.000Z');
  await apply('ed', 'Ed Stone', cook.id, '2026-02-25T15:00:00.000Z');
  at('2026-02-25T16:00:00.000Z');
  await call(core, 'applications:hire', { applicationId: apps.fa });
  const reasonId = await reasonByName(core, 'Lacks experience');
  at('2026-02-26T15:00:00.000Z');
  await call(core, 'applications:reject', { applicationIds: [apps.ed], reasonId });
  at('2026-03-01T15:00:00.000Z');
  await call(core, 'applications:move', { applicationId: apps.ana, toStageId: stageId(a, 'Screening') });
  await apply('cy', 'Cy Dee', barista.id, '2026-03-02T14:00:00.000Z');
  await apply('di', 'Di Cole', cook.id, '2026-03-02T15:00:00.000Z');
  at('2026-03-02T15:30:00.000Z');
  const left = await call<{ lastLeftAt: string }>(core, 'today:left', {});
  await apply('bo', 'Bo Chen', barista.id, '2026-03-02T16:00:00.000Z');
  await apply('gu', 'Gu Wen', cook.id, '2026-03-06T10:00:00.000Z');
  await apply('hal', 'Hal Ruiz', cook.id, '2026-03-06T11:00:00.000Z');
  at('2026-03-06T12:00:00.000Z');
  await call(core, 'applications:move', { applicationId: apps.hal, toStageId: stageId(await board(core, cook.id), 'Screening') });
  const schedule = (key: string, startsAt: string, interviewers: string[]) =>
    call<Interview>(core, 'interviews:schedule', { applicationId: apps[key], startsAt, durationMinutes: 45, timeZone: TZ, kind: 'onsite', location: '', interviewers });
  at('2026-03-05T12:00:00.000Z');
  const todayTalk = await schedule('ana', '2026-03-07T20:00:00.000Z', ['Sam Lee']); // 15:00 EST today, not started yet
  const tomorrowTalk = await schedule('cy', '2026-03-09T03:30:00.000Z', ['Sam Lee']); // 23:30 EDT on Sunday the 8th
  await schedule('gu', '2026-03-09T04:30:00.000Z', ['Sam Lee']); // 00:30 EDT on Monday the 9th: neither day
  const pastTalk = await schedule('bo', '2026-03-07T04:30:00.000Z', ['Mia Park', 'Sam Lee']); // 23:30 EST on Friday: feedback due
  const cancelled = await schedule('di', '2026-03-06T15:00:00.000Z', ['Sam Lee']);
  await call(core, 'interviews:update', { id: cancelled.id, status: 'cancelled' });
  at('2026-03-07T06:00:00.000Z');
  const mia = await call<Scorecard>(core, 'scorecards:open', { interviewId: pastTalk.id, interviewerId: pastTalk.interviewers[0]?.id });
  await call(core, 'scorecards:save', { scorecardId: mia.id, recommendation: 'yes' });
  await call(core, 'scorecards:submit', { scorecardId: mia.id });
  at(NOW);
  return { core, barista, cook, porter, apps, left, todayTalk, tomorrowTalk, pastTalk, appliedA: stageId(a, 'Applied') };
}

const section = (today: Today, key: string) => {
  const found = today.sections.find((s) => s.key === key);
  if (!found) throw new Error(`No section ${key}`);
  return found;
};

describe('today:get', () => {
  it('lists each section by its rule on the New York clock, with where to act', async () => {
    const w = await todayWorld();
    const today = value<Today>(await w.core.dispatch('today:get', { timeZone: TZ }));
    expect(today).toMatchObject({ date: '2026-03-07', state: 'busy', message: null, lastLeftAt: w.left.lastLeftAt });
    const interviewsToday = section(today, 'interviews-today');
    expect(interviewsToday.items.map((i) => [i.title, i.detail])).toEqual([['Ana Lima — Barista', 'Today at 15:00 · onsite']]);
    expect(interviewsToday.items[0]?.link).toEqual({ screen: 'interview', id: w.todayTalk.id, focus: null });
    expect(interviewsToday.items[0]?.action).toEqual({ label: 'Start', link: { screen: 'interview-mode', id: w.todayTalk.id, focus: null } });
    // 03:30 UTC on the 9th is still Sunday evening in New York (EDT, UTC−4); 04:30 UTC is Monday.
    expect(section(today, 'interviews-tomorrow').items.map((i) => [i.title, i.detail])).toEqual([['Cy Dee — Barista', 'Tomorrow at 23:30 · onsite']]);
    // Bo's interview has started: Mia submitted, Sam has not. Ana's starts later today; Di's was cancelled.
    const feedback = section(today, 'feedback');
    expect(feedback.items.map((i) => [i.title, i.detail])).toEqual([['Bo Chen — Barista', 'Sam Lee: scorecard not submitted']]);
    expect(feedback.items[0]?.link).toEqual({ screen: 'interview-mode', id: w.pastTalk.id, focus: w.pastTalk.interviewers[1]?.id });
    // More than 5 days in the stage: Ana in Screening since 1 Mar 15:00 (6 days); Cy in Applied since 2 Mar 14:00
    // (5 days 1 hour). Di entered at 2 Mar 15:00, exactly 5 days: not more. Fa is hired, Ed rejected.
    const waiting = section(today, 'waiting');
    expect(waiting.items.map((i) => [i.title, i.detail])).toEqual([['Ana Lima — Barista', '6 days in Screening'], ['Cy Dee — Barista', '5 days in Applied']]);
    expect(waiting.items[0]?.link).toEqual({ screen: 'role-pipeline', id: w.barista.id, focus: w.apps.ana });
    // Added after Today was left (2 Mar 15:30) and never acted on: Gu, then Bo (newest first). Hal was moved.
    const fresh = section(today, 'new-applicants');
    expect(fresh.items.map((i) => i.title)).toEqual(['Gu Wen — Cook', 'Bo Chen — Barista']);
    expect(fresh.total).toBe(2);
    expect(section(today, 'closing').items.map((i) => [i.title, i.detail, i.action?.link])).toEqual([
      ['Barista', 'Closes in 7 days', { screen: 'role-edit', id: w.barista.id, focus: 'closesOn' }],
    ]);
    expect(section(today, 'no-applicants').items.map((i) => [i.title, i.link])).toEqual([['Porter', { screen: 'role-pipeline', id: w.porter.id, focus: null }]]);
  });

  it('takes a stage’s own waiting limit (asked for, or saved on the stage), and counts everyone new before Today was ever left', async () => {
    const w = await todayWorld();
    const today = value<Today>(await w.core.dispatch('today:get', { timeZone: TZ, stageWaitDays: { [w.appliedA]: 3 } }));
    // Barista's Applied at 3 days adds Bo (4 days 23 hours); Cook's Applied keeps 5 (Di stays out).
    expect(section(today, 'waiting').items.map((i) => i.title)).toEqual(['Ana Lima — Barista', 'Cy Dee — Barista', 'Bo Chen — Barista']);
    // Saved on the stage (the stage editor), the same limit holds without asking; the request's own still wins.
    const stages = (await board(w.core, w.barista.id)).stages.map((s) => ({ id: s.id, name: s.name, waitDays: s.id === w.appliedA ? 3 : s.waitDays }));
    value(await w.core.dispatch('pipeline:update-stages', { roleId: w.barista.id, stages }));
    expect((await board(w.core, w.barista.id)).stages.map((s) => s.waitDays)).toEqual([3, null, null, null, null]);
    const refused = await w.core.dispatch('pipeline:update-stages', { roleId: w.barista.id, stages: stages.map((s) => ({ ...s, waitDays: 0 })) });
    expect(refused.ok ? null : refused.error.message).toMatch(/At least 1 day/);
    const saved = value<Today>(await w.core.dispatch('today:get', { timeZone: TZ }));
    expect(section(saved, 'waiting').items.map((i) => i.title)).toEqual(['Ana Lima — Barista', 'Cy Dee — Barista', 'Bo Chen — Barista']);
    const asked = value<Today>(await w.core.dispatch('today:get', { timeZone: TZ, stageWaitDays: { [w.appliedA]: 6 } }));
    expect(section(asked, 'waiting').items.map((i) => i.title)).toEqual(['Ana Lima — Barista']);
    fs.rmSync(path.join(w.core.dataDir, 'today.json'));
    const never = value<Today>(await w.core.dispatch('today:get', { timeZone: TZ }));
    expect(never.lastLeftAt).toBeNull();
    // New = still in the first stage, never acted on: Gu, Bo, Di, Cy (newest first).
    expect(section(never, 'new-applicants').items.map((i) => i.title)).toEqual(['Gu Wen — Cook', 'Bo Chen — Barista', 'Di Cole — Cook', 'Cy Dee — Barista']);
    const left = value<{ lastLeftAt: string }>(await w.core.dispatch('today:left', {}));
    expect(left.lastLeftAt).toBe(NOW);
    expect(JSON.parse(fs.readFileSync(path.join(w.core.dataDir, 'today.json'), 'utf8'))).toEqual({ lastLeftAt: NOW });
    expect(section(value<Today>(await w.core.dispatch('today:get', { timeZone: TZ })), 'new-applicants').total).toBe(0);
  });

  it('says so kindly on a quiet day and offers the first steps in an empty folder', async () => {
    const empty = tempCore({ now: () => new Date(NOW) });
    const first = value<Today>(await empty.dispatch('today:get', { timeZone: TZ }));
    expect(first.state).toBe('first-run');
    expect(first.message).toMatch(/first role/);
    expect(first.firstRunActions.map((a) => a.link.screen)).toEqual(['role-new', 'candidates', 'sample']);
    await call(empty, 'roles:create', { title: 'Draft only' });
    const quiet = value<Today>(await empty.dispatch('today:get', { timeZone: TZ }));
    expect(quiet.state).toBe('quiet');
    expect(quiet.message).toMatch(/Nothing needs you today/);
    expect(quiet.sections.every((s) => s.total === 0 && s.items.length === 0)).toBe(true);
  });

  it('counts up to 1000 and says "more" past it: 1,003 cards waiting show 50, a total of 1000 and more', async () => {
    const core = tempCore({ now: () => new Date(NOW) });
    const role = await call<Role>(core, 'roles:create', { title: 'Barista', status: 'open' });
    const first = stageId(await board(core, role.id), 'Applied');
    const long = '2026-02-01T15:00:00.000Z';
    const db = new Database(core.databasePath);
    try {
      const person = db.prepare(`INSERT INTO candidates (id, full_name, source_kind, created_at, updated_at) VALUES (?, ?, 'other', ?, ?)`);
      const app = db.prepare(`INSERT INTO applications (id, candidate_id, role_id, stage_id, status, position, stage_entered_at, created_at, updated_at)
        VALUES (?, ?, ?, ?, 'active', ?, ?, ?, ?)`);
      db.transaction(() => {
        for (let i = 0; i < 1003; i++) {
          const id = randomUUID();
          person.run(id, `Person ${i}`, long, long);
          app.run(randomUUID(), id, role.id, first, i, long, long, long);
        }
      })();
    } finally {
      db.close();
    }
    const waiting = section(value<Today>(await core.dispatch('today:get', { timeZone: TZ })), 'waiting');
    expect(waiting.items).toHaveLength(50);
    expect([waiting.total, waiting.more]).toEqual([1000, true]);
    const quietCount = section(value<Today>(await core.dispatch('today:get', { timeZone: TZ })), 'closing');
    expect([quietCount.total, quietCount.more]).toEqual([0, false]);
  });

  it('new applicants are read from the index of untouched applications in its order: no list of them built, no sort', async () => {
    // Applications added straight into later stages (a CSV import with its stages) are untouched too: at
    // 180,000 of them, building their list on every Today took a second.
    const core = tempCore({ now: () => new Date(NOW) });
    await call<Role>(core, 'roles:create', { title: 'Barista', status: 'open' });
    const plan = (sql: string) =>
      withRawDb(core.databasePath, (db) => (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('2026-01-01T00:00:00.000Z') as { detail: string }[]).map((r) => r.detail));
    for (const sql of [NEW_SINCE.list, `SELECT 1 ${NEW_SINCE.counted}`]) {
      const steps = plan(sql);
      expect(steps[0]).toMatch(/^SCAN nf USING (COVERING )?INDEX application_facts_new/);
      expect(steps.filter((step) => /LIST SUBQUERY|TEMP B-TREE/.test(step))).toEqual([]);
    }
  });
});
