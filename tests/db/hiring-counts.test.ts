// The Roles list's hiring overview: per role, new applications (hiring-counts-rules.ts), those in process and
// interviews this week, computed by one query for the whole list, with the week's edges on the owner's wall
// clock (the injected clock as now). Runs in Vitest on real SQLite files.
import { describe, expect, it } from 'vitest';
import type { ApplicationList, CandidateCreateResult, Interview, RoleList } from '../../electron/contract';
import { isNewApplication, weekWindow } from '../../electron/core/applications/hiring-counts-rules';
import { addPeople, board, call, newRole, reasonByName, stageId } from '../helpers/applicants';
import { tempCore, withRawDb } from '../helpers/temp-core';

// Wednesday 9 December 2026, 13:00 in Berlin (UTC+1 in winter).
const NOW = new Date('2026-12-09T12:00:00.000Z');

function core() {
  return tempCore({ now: () => NOW });
}

describe('weekWindow', () => {
  it('runs from Monday 00:00 to the next Monday 00:00 on the zone’s wall clock', () => {
    expect(weekWindow(NOW, 'Europe/Berlin')).toEqual({ start: '2026-12-06T23:00:00.000Z', end: '2026-12-13T23:00:00.000Z' });
    expect(weekWindow(NOW, 'America/Los_Angeles')).toEqual({ start: '2026-12-07T08:00:00.000Z', end: '2026-12-14T08:00:00.000Z' });
    expect(weekWindow(NOW, 'UTC')).toEqual({ start: '2026-12-07T00:00:00.000Z', end: '2026-12-14T00:00:00.000Z' });
  });

  it('takes the day the zone shows: Sunday night in UTC is already Monday in Berlin', () => {
    // 23:30 UTC on Sunday 13 December is 00:30 on Monday 14 December in Berlin.
    const late = new Date('2026-12-13T23:30:00.000Z');
    expect(weekWindow(late, 'UTC').start).toBe('2026-12-07T00:00:00.000Z');
    expect(weekWindow(late, 'Europe/Berlin').start).toBe('2026-12-13T23:00:00.000Z');
  });

  it('spans a daylight-saving change inside the week (Berlin springs forward on Sunday 29 March 2026)', () => {
    expect(weekWindow(new Date('2026-03-25T12:00:00.000Z'), 'Europe/Berlin')).toEqual({ start: '2026-03-22T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
    // Monday itself counts from its first minute.
    expect(weekWindow(new Date('2026-03-23T00:00:00.000Z'), 'Europe/Berlin').start).toBe('2026-03-22T23:00:00.000Z');
  });
});

describe('roles:list counts', () => {
  it('counts new and in-process applications by the one rule, per role, zeros for an empty role', async () => {
    const c = core();
    const barista = await newRole(c, 'Barista');
    const cook = await newRole(c, 'Line Cook');
    const empty = await newRole(c, 'Porter');
    const people = await addPeople(c, ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fa', 'Gu']);
    const apply = async (candidateId: string, roleId: string, stage?: string) =>
      (await call<ApplicationList>(c, 'applications:create', { candidateId, roleIds: [roleId], ...(stage ? { stageId: stage } : {}) })).applications[0]?.id ?? '';
    const stages = await board(c, barista.id);
    const screening = stageId(stages, 'Screening');
    const applied = stageId(stages, 'Applied');
    const reason = await reasonByName(c, 'Lacks experience');
    const [ana = '', bo = '', cy = '', di = '', ed = '', fa = '', gu = ''] = people;

    await apply(ana, barista.id); // new
    const moved = await apply(bo, barista.id);
    await call(c, 'applications:move', { applicationId: moved, toStageId: screening }); // in process
    const back = await apply(cy, barista.id);
    await call(c, 'applications:move', { applicationId: back, toStageId: screening });
    await call(c, 'applications:move', { applicationId: back, toStageId: applied }); // back in Applied, but acted on: in process
    const rejected = await apply(di, barista.id);
    await call(c, 'applications:reject', { applicationIds: [rejected], reasonId: reason }); // neither
    const again = await apply(ed, barista.id);
    await call(c, 'applications:reject', { applicationIds: [again], reasonId: reason });
    await call(c, 'applications:reactivate', { applicationId: again }); // reactivated in Applied: in process
    const hired = await apply(fa, barista.id);
    await call(c, 'applications:hire', { applicationId: hired }); // neither
    await apply(gu, barista.id, screening); // added straight into Screening: in process
    await apply(ana, cook.id); // new for the other role
    // A candidate added with a role (the board's "Add candidate", the form's role choice) is new too.
    const added = await call<CandidateCreateResult>(c, 'candidates:create', { fullName: 'Hana Sato', roleId: cook.id });
    expect(added.candidate.applications.map((a) => a.roleId)).toEqual([cook.id]);

    const list = await call<RoleList>(c, 'roles:list', { timeZone: 'Europe/Berlin' });
    expect(list.counts).toEqual({
      [barista.id]: { new: 1, inProcess: 4, interviewsThisWeek: 0 },
      [cook.id]: { new: 2, inProcess: 0, interviewsThisWeek: 0 },
      [empty.id]: { new: 0, inProcess: 0, interviewsThisWeek: 0 },
    });
    // Only the listed roles are counted.
    const searched = await call<RoleList>(c, 'roles:list', { search: 'cook' });
    expect(Object.keys(searched.counts)).toEqual([cook.id]);

    // The SQL says what the pure rule says, application by application.
    const facts = withRawDb(c.databasePath, (db) =>
      db
        .prepare(
          `SELECT a.role_id, a.status,
             a.stage_id = (SELECT s.id FROM pipeline_stages s WHERE s.role_id = a.role_id ORDER BY s.position LIMIT 1) AS first,
             (SELECT COUNT(*) FROM stage_events e WHERE e.application_id = a.id) - 1 AS changes
           FROM applications a`,
        )
        .all() as { role_id: string; status: 'active'; first: number; changes: number }[],
    );
    const byRule = (roleId: string) => facts.filter((f) => f.role_id === roleId && isNewApplication({ status: f.status, inFirstStage: f.first === 1, changesSinceAdded: f.changes })).length;
    expect(byRule(barista.id)).toBe(1);
    expect(byRule(cook.id)).toBe(2);
  });

  it('counts interviews from Monday 00:00 up to (not including) the next Monday, in the owner’s zone, cancelled ones left out', async () => {
    const c = core();
    const barista = await newRole(c, 'Barista');
    const cook = await newRole(c, 'Line Cook');
    const [ana = '', bo = ''] = await addPeople(c, ['Ana', 'Bo']);
    const app = (await call<ApplicationList>(c, 'applications:create', { candidateId: ana, roleIds: [barista.id] })).applications[0]?.id ?? '';
    const other = (await call<ApplicationList>(c, 'applications:create', { candidateId: bo, roleIds: [cook.id] })).applications[0]?.id ?? '';
    const book = (applicationId: string, startsAt: string) =>
      call<Interview>(c, 'interviews:schedule', { applicationId, startsAt, timeZone: 'Europe/Berlin', kind: 'phone', interviewers: ['Mo'] });

    await book(app, '2026-12-06T22:59:00.000Z'); // Sunday 23:59 in Berlin: last week
    await book(app, '2026-12-06T23:00:00.000Z'); // Monday 00:00 in Berlin: this week
    await book(app, '2026-12-07T03:00:00.000Z'); // Monday 04:00 in Berlin (Sunday evening in Los Angeles)
    await book(app, '2026-12-13T22:59:00.000Z'); // Sunday 23:59 in Berlin: this week
    await book(app, '2026-12-13T23:00:00.000Z'); // next Monday 00:00 in Berlin: next week
    const cancelled = await book(app, '2026-12-10T09:00:00.000Z');
    await call(c, 'interviews:update', { id: cancelled.id, status: 'cancelled' });
    await book(other, '2026-12-10T09:00:00.000Z');

    const berlin = await call<RoleList>(c, 'roles:list', { timeZone: 'Europe/Berlin' });
    expect(berlin.counts[barista.id]?.interviewsThisWeek).toBe(3);
    expect(berlin.counts[cook.id]?.interviewsThisWeek).toBe(1);
    // In Los Angeles the same instants fall differently: the week there is 7 Dec 08:00 to 14 Dec 08:00 UTC,
    // so the two Sunday-night-in-Berlin interviews count and the three early ones do not.
    const la = await call<RoleList>(c, 'roles:list', { timeZone: 'America/Los_Angeles' });
    expect(la.counts[barista.id]?.interviewsThisWeek).toBe(2);
    // An interview does not make its application any less new.
    expect(berlin.counts[barista.id]?.new).toBe(1);
  });

  it('refuses an unknown time zone as invalid input', async () => {
    const result = await core().dispatch('roles:list', { timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });
});
