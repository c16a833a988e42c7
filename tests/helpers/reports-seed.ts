// The reports' fixture history, built through the real channels on a clock the test moves: three roles
// with hires, a card moved back, a rejection then reactivation, two records of one person merged, a stage
// renamed and one removed while cards were in it, a hire just after midnight in London on the first day
// of summer time (23:30 UTC on 31 March 2026), interviews with one interviewer typed three ways, and a role
// from "before migration 7" (its status history removed). tests/db/reports.test.ts writes out every figure
// by hand from this timeline. Runs in Vitest (Node).
import Database from 'better-sqlite3';
import type { Core } from '../../electron/core';
import type { CandidateCreateResult, CandidateSource, Interview, Kit, Pipeline, Role, Scorecard } from '../../electron/contract';
import { board, call, reasonByName, stageId } from './applicants';
import { tempCore } from './temp-core';

export const REPORTS_NOW = '2026-04-10T12:00:00.000Z';

export interface ReportsWorld {
  core: Core;
  at: (iso: string) => void;
  roles: { barista: Role; cook: Role; porter: Role; runner: Role };
  apps: Record<string, string>;
  /** The candidate ids by the same keys (cy2 was merged into cy). */
  candidates: Record<string, string>;
}

export async function reportsWorld(dataDir?: string): Promise<ReportsWorld> {
  let clock = Date.parse('2026-03-01T09:00:00.000Z');
  const core = tempCore({ now: () => new Date(clock), ...(dataDir ? { dataDir } : {}), ...(process.env.REPORTS_DEBUG ? { logger: { ...console } } : {}) });
  const at = (iso: string) => { clock = Date.parse(iso); };
  const apps: Record<string, string> = {};
  const candidates: Record<string, string> = {};

  at('2026-03-01T09:00:00.000Z');
  const barista = await call<Role>(core, 'roles:create', { title: 'Barista' });
  at('2026-03-01T09:05:00.000Z');
  const cook = await call<Role>(core, 'roles:create', { title: 'Cook' });
  at('2026-03-01T09:10:00.000Z');
  const porter = await call<Role>(core, 'roles:create', { title: 'Porter', status: 'open', postedOn: '2026-02-20' });
  at('2026-03-02T09:00:00.000Z');
  await call(core, 'roles:update', { id: barista.id, patch: { status: 'open' } });
  at('2026-03-03T09:00:00.000Z');
  await call(core, 'roles:update', { id: cook.id, patch: { status: 'open' } });
  at('2026-03-15T09:00:00.000Z');
  const runner = await call<Role>(core, 'roles:create', { title: 'Runner', status: 'open' });

  const a: Pipeline = await board(core, barista.id);
  const b: Pipeline = await board(core, cook.id);
  const S = (p: Pipeline, name: string) => stageId(p, name);
  const apply = async (key: string, name: string, source: CandidateSource, roleId: string, when: string) => {
    at(when);
    const made = await call<CandidateCreateResult>(core, 'candidates:create', { fullName: name, source, roleId });
    candidates[key] = made.candidate.id;
    apps[key] = made.candidate.applications[0]?.id ?? '';
  };
  const move = async (key: string, toStageId: string, when: string) => { at(when); await call(core, 'applications:move', { applicationId: apps[key], toStageId }); };
  const hire = async (key: string, when: string) => { at(when); await call(core, 'applications:hire', { applicationId: apps[key] }); };
  const reject = async (key: string, reason: string, when: string) => {
    const reasonId = await reasonByName(core, reason);
    at(when);
    await call(core, 'applications:reject', { applicationIds: [apps[key]], reasonId });
  };

  await apply('jo', 'Jo Park', 'other', porter.id, '2026-03-01T10:00:00.000Z');
  await apply('cy', 'Cy Dee', 'website', barista.id, '2026-03-04T09:00:00.000Z');
  await apply('ana', 'Ana Lima', 'referral', barista.id, '2026-03-05T10:00:00.000Z');
  await apply('gu', 'Gu Wen', 'referral', cook.id, '2026-03-05T10:00:00.000Z');
  await apply('bo', 'Bo Chen', 'job_board', barista.id, '2026-03-05T11:00:00.000Z');
  await move('ana', S(a, 'Screening'), '2026-03-06T10:00:00.000Z');
  await move('gu', S(b, 'Screening'), '2026-03-06T10:00:00.000Z');
  await apply('hal', 'Hal Ruiz', 'agency', cook.id, '2026-03-06T10:00:00.000Z');
  await apply('cy2', 'Cy Dee', 'job_board', barista.id, '2026-03-06T09:00:00.000Z');
  await move('bo', S(a, 'Screening'), '2026-03-07T11:00:00.000Z');
  await move('cy2', S(a, 'Screening'), '2026-03-08T09:00:00.000Z');
  await move('gu', S(b, 'Interview'), '2026-03-08T10:00:00.000Z');
  await reject('bo', 'Lacks experience', '2026-03-08T11:00:00.000Z');
  // The second record of Cy is merged into the first: one application, both histories.
  at('2026-03-09T09:00:00.000Z');
  await call(core, 'candidates:merge', { keepId: candidates.cy, mergeId: candidates.cy2 });
  await move('ana', S(a, 'Interview'), '2026-03-09T10:00:00.000Z');
  await move('hal', S(b, 'Offer'), '2026-03-09T10:00:00.000Z');
  await apply('ed', 'Ed Stone', 'job_board', barista.id, '2026-03-10T10:00:00.000Z');
  await move('ana', S(a, 'Screening'), '2026-03-10T10:00:00.000Z'); // moved back
  await move('gu', S(b, 'Offer'), '2026-03-10T10:00:00.000Z');
  // Cook's stages change: Screening is renamed, Offer removed (Gu and Hal move to Interview).
  at('2026-03-11T10:00:00.000Z');
  await call(core, 'pipeline:update-stages', {
    roleId: cook.id,
    stages: [{ id: S(b, 'Applied'), name: 'Applied' }, { id: S(b, 'Screening'), name: 'Phone call' }, { id: S(b, 'Interview'), name: 'Interview' }, { id: S(b, 'Hired'), name: 'Hired' }],
    moveRemovedTo: S(b, 'Interview'),
  });
  await reject('ed', 'Lacks experience', '2026-03-11T10:00:00.000Z');
  await apply('fa', 'Fa Noor', 'walk_in', barista.id, '2026-03-12T10:00:00.000Z');
  at('2026-03-12T11:00:00.000Z');
  await call(core, 'applications:reactivate', { applicationId: apps.bo });
  await move('bo', S(a, 'Interview'), '2026-03-14T11:00:00.000Z');
  await reject('fa', 'Salary', '2026-03-15T10:00:00.000Z');
  await hire('gu', '2026-03-16T10:00:00.000Z');
  await reject('cy', 'Accepted another offer', '2026-03-20T09:00:00.000Z');
  await apply('ivy', 'Ivy Moss', 'website', cook.id, '2026-03-20T10:00:00.000Z');
  await hire('jo', '2026-03-20T10:00:00.000Z');
  at('2026-03-25T10:00:00.000Z');
  await call(core, 'roles:update', { id: porter.id, patch: { status: 'filled' } });
  await move('bo', S(a, 'Offer'), '2026-03-28T11:00:00.000Z');
  await apply('di', 'Di Cole', 'referral', barista.id, '2026-03-28T12:00:00.000Z');
  await move('di', S(a, 'Screening'), '2026-03-29T12:00:00.000Z'); // after the clocks went forward at 01:00 UTC
  await hire('ana', '2026-03-30T09:00:00.000Z');
  await hire('di', '2026-03-31T23:30:00.000Z'); // 00:30 on 1 April in London
  at('2026-04-02T10:00:00.000Z');
  await call(core, 'roles:update', { id: barista.id, patch: { status: 'filled' } });

  await interviews(core, at, apps, barista.id, cook.id);

  // Porter stands for a role from before migration 7: no recorded status changes.
  const raw = new Database(core.databasePath);
  try {
    raw.prepare('DELETE FROM role_status_events WHERE role_id = ?').run(porter.id);
  } finally {
    raw.close();
  }
  at(REPORTS_NOW);
  return { core, at, roles: { barista, cook, porter, runner }, apps, candidates };
}

async function interviews(core: Core, at: (iso: string) => void, apps: Record<string, string>, baristaId: string, cookId: string): Promise<void> {
  const kitA = await call<Kit>(core, 'kits:save', { roleId: baristaId, items: [{ kind: 'criterion', label: 'Espresso' }, { kind: 'criterion', label: 'Care' }] });
  const kitB = await call<Kit>(core, 'kits:save', { roleId: cookId, items: [{ kind: 'criterion', label: 'Knife work' }, { kind: 'criterion', label: 'Speed' }] });
  const [a1 = '', a2 = ''] = kitA.items.map((i) => i.id);
  const [b1 = '', b2 = ''] = kitB.items.map((i) => i.id);
  const schedule = async (key: string, startsAt: string, interviewers: string[]) => {
    at(new Date(Date.parse(startsAt) - 86_400_000).toISOString());
    return call<Interview>(core, 'interviews:schedule', { applicationId: apps[key], startsAt, durationMinutes: 45, timeZone: 'Europe/London', kind: 'onsite', location: '', interviewers });
  };
  const score = async (interview: Interview, index: number, ratings: [string, number][], recommendation: string, when: string) => {
    at(when);
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[index]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, ratings: ratings.map(([criterionId, rating]) => ({ criterionId, rating })), recommendation });
    await call(core, 'scorecards:submit', { scorecardId: card.id });
  };
  const gu = await schedule('gu', '2026-03-08T15:00:00.000Z', ['SAM LEE', 'Mia Park']);
  await score(gu, 0, [[b1, 1], [b2, 2]], 'strong_no', '2026-03-08T16:00:00.000Z');
  at('2026-03-08T16:05:00.000Z');
  await call(core, 'scorecards:open', { interviewId: gu.id, interviewerId: gu.interviewers[1]?.id }); // Mia never submits
  const ana = await schedule('ana', '2026-03-09T14:00:00.000Z', ['Sam Lee', 'Mia Park']);
  await score(ana, 0, [[a1, 4], [a2, 3]], 'yes', '2026-03-09T16:00:00.000Z');
  await score(ana, 1, [[a1, 4]], 'strong_yes', '2026-03-09T16:10:00.000Z');
  const hal = await schedule('hal', '2026-03-10T09:00:00.000Z', ['Sam Lee']);
  await score(hal, 0, [], 'strong_yes', '2026-03-10T10:00:00.000Z');
  const ed = await schedule('ed', '2026-03-12T10:00:00.000Z', ['Mia Park']);
  at('2026-03-11T12:00:00.000Z');
  await call(core, 'interviews:update', { id: ed.id, status: 'cancelled' });
  const bo = await schedule('bo', '2026-03-14T15:00:00.000Z', ['sam  lee']);
  await score(bo, 0, [[a1, 2]], 'no_decision', '2026-03-14T16:00:00.000Z');
}
