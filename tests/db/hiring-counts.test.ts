// The Roles list's hiring overview: per role, new applications (hiring-counts-rules.ts), those in process and
// interviews this week, computed by one query for the whole list, with the week's edges on the owner's wall
// clock (the injected clock as now). Runs in Vitest on real SQLite files.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ApplicationList, CandidateCreateResult, Interview, Pipeline, RoleList } from '../../electron/contract';
import type { Core } from '../../electron/core/create-core';
import { isNewApplication, weekWindow } from '../../electron/core/applications/hiring-counts-rules';
import { addPeople, board, call, newRole, reasonByName, stageId } from '../helpers/applicants';
import { tempCore, withRawDb } from '../helpers/temp-core';

/**
 * Every role's new and in-process counts worked out the slow way, from the applications and their whole
 * stage history through the pure rule (first stage: lowest position, then id; changes: the stage events with
 * a from_status, as the report facts count moves).
 */
function countsByRule(c: Core): Record<string, { new: number; inProcess: number }> {
  return withRawDb(c.databasePath, (db) => {
    const apps = db.prepare(
      `SELECT a.role_id, a.status,
         a.stage_id = (SELECT s.id FROM pipeline_stages s WHERE s.role_id = a.role_id ORDER BY s.position, s.id LIMIT 1) AS first,
         (SELECT COUNT(*) FROM stage_events e WHERE e.application_id = a.id AND e.from_status IS NOT NULL) AS changes
       FROM applications a`,
    ).all() as { role_id: string; status: 'active'; first: number; changes: number }[];
    const roles = db.prepare('SELECT id FROM roles').pluck().all() as string[];
    return Object.fromEntries(roles.map((id) => {
      const mine = apps.filter((a) => a.role_id === id);
      const fresh = mine.filter((a) => isNewApplication({ status: a.status, inFirstStage: a.first === 1, changesSinceAdded: a.changes })).length;
      return [id, { new: fresh, inProcess: mine.filter((a) => a.status === 'active').length - fresh }];
    }));
  });
}

/** The stored per-stage counts (no row for an empty stage), and the same counted again from the applications and their facts. */
function storedAndRecounted(c: Core): { stored: unknown[]; recounted: unknown[] } {
  return withRawDb(c.databasePath, (db) => ({
    stored: db.prepare('SELECT role_id, stage_id, active, untouched FROM board_counts ORDER BY role_id, stage_id').all(),
    recounted: db.prepare(`SELECT a.role_id, a.stage_id, COUNT(*) AS active, SUM(f.status = 'active' AND f.moves = 0) AS untouched
      FROM applications a JOIN application_facts f ON f.application_id = a.id WHERE a.status = 'active'
      GROUP BY a.role_id, a.stage_id ORDER BY a.role_id, a.stage_id`).all(),
  }));
}

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

  it('keeps the counts equal to the rule through additions, moves, a reorder of stages, rejections, a hire, a merge and deletes', async () => {
    const c = core();
    const barista = await newRole(c, 'Barista');
    const cook = await newRole(c, 'Line Cook');
    const stages = await board(c, barista.id);
    const [applied = '', screening = '', interview = '', offer = '', hired = ''] = stages.stages.map((s) => s.id);
    const reason = await reasonByName(c, 'Lacks experience');
    const people = await addPeople(c, ['Ana', 'Bo', 'Cy', 'Di', 'Ed', 'Fa', 'Gu', 'Hal']);
    const [ana = '', bo = '', cy = '', di = '', ed = '', fa = '', gu = '', hal = ''] = people;
    const apply = async (candidateId: string, roleId: string, stage?: string) =>
      (await call<ApplicationList>(c, 'applications:create', { candidateId, roleIds: [roleId], ...(stage ? { stageId: stage } : {}) })).applications[0]?.id ?? '';
    const listed = async () => {
      const list = await call<RoleList>(c, 'roles:list', { timeZone: 'Europe/Berlin' });
      return Object.fromEntries(Object.entries(list.counts).map(([id, n]) => [id, { new: n.new, inProcess: n.inProcess }]));
    };
    // After every step: what the Roles list shows is the rule worked out the slow way, and every stored
    // per-stage count (not only the first stage's) is what counting the applications again gives.
    const check = async (expected: { new: number; inProcess: number }) => {
      const shown = await listed();
      expect(shown).toEqual(countsByRule(c));
      expect(shown[barista.id]).toEqual(expected);
      const { stored, recounted } = storedAndRecounted(c);
      expect(stored).toEqual(recounted);
    };

    await check({ new: 0, inProcess: 0 });
    const a = await apply(ana, barista.id);
    const b = await apply(bo, barista.id);
    const g = await apply(gu, barista.id, screening); // straight into Screening: untouched, but not in the first stage
    await apply(hal, cook.id);
    await check({ new: 2, inProcess: 1 });
    // Out of the first stage and back again: acted on, no longer new.
    await call(c, 'applications:move', { applicationId: b, toStageId: interview });
    await check({ new: 1, inProcess: 2 });
    await call(c, 'applications:move', { applicationId: b, toStageId: applied });
    await check({ new: 1, inProcess: 2 });
    // Screening put first: Gu, added there untouched, is new now; Ana in Applied is not (no longer the first stage).
    const reordered = await call<Pipeline>(c, 'pipeline:update-stages', {
      roleId: barista.id,
      stages: [{ id: screening, name: 'Screening' }, { id: applied, name: 'Applied' }, { id: interview, name: 'Interview' }, { id: offer, name: 'Offer' }, { id: hired, name: 'Hired' }],
    });
    expect(reordered.stages[0]?.id).toBe(screening);
    await check({ new: 1, inProcess: 2 });
    await call(c, 'pipeline:update-stages', {
      roleId: barista.id,
      stages: [{ id: applied, name: 'Applied' }, { id: screening, name: 'Screening' }, { id: interview, name: 'Interview' }, { id: offer, name: 'Offer' }, { id: hired, name: 'Hired' }],
    });
    await check({ new: 1, inProcess: 2 });
    // A rejection takes a new application out of both counts; reactivating it brings it back as acted on.
    const cApp = await apply(cy, barista.id);
    await check({ new: 2, inProcess: 2 });
    await call(c, 'applications:reject', { applicationIds: [cApp], reasonId: reason });
    await check({ new: 1, inProcess: 2 });
    await call(c, 'applications:reactivate', { applicationId: cApp });
    await check({ new: 1, inProcess: 3 });
    // A hire: neither new nor in process.
    await call(c, 'applications:hire', { applicationId: g });
    await check({ new: 1, inProcess: 2 });
    // A merge: Di (new in Applied) folded into Ed (moved to Screening) for the same role, and Fa's new
    // application given to Ana: the kept application carries both histories.
    const d = await apply(di, barista.id);
    const e = await apply(ed, barista.id);
    await call(c, 'applications:move', { applicationId: e, toStageId: screening });
    const f = await apply(fa, cook.id);
    await check({ new: 2, inProcess: 3 });
    await call(c, 'candidates:merge', { keepId: ed, mergeId: di });
    await call(c, 'candidates:merge', { keepId: ana, mergeId: fa });
    // Di's application was folded into Ed's (gone), Fa's now Ana's.
    const owners = withRawDb(c.databasePath, (db) => db.prepare('SELECT id, candidate_id FROM applications WHERE id IN (?, ?, ?) ORDER BY id').all(d, e, f));
    expect(owners).toEqual([{ id: e, candidate_id: ed }, { id: f, candidate_id: ana }].sort((x, y) => x.id.localeCompare(y.id)));
    await check({ new: 1, inProcess: 3 });
    // Deletes: a person with a new application (Ana, with her own and Fa's), and one in process.
    await call(c, 'candidates:delete', { id: ana });
    await check({ new: 0, inProcess: 3 });
    expect(withRawDb(c.databasePath, (db) => db.prepare('SELECT COUNT(*) FROM applications WHERE id IN (?, ?)').pluck().get(a, f))).toBe(0);
    await call(c, 'candidates:delete', { id: bo });
    await check({ new: 0, inProcess: 2 });
    // A raw write (another program, a restore) moving an application, or deleting one, keeps the counts too.
    const raw = new Database(c.databasePath);
    raw.prepare('UPDATE applications SET stage_id = ? WHERE id = ?').run(offer, cApp);
    raw.prepare('DELETE FROM applications WHERE id = ?').run(e);
    raw.close();
    await check({ new: 0, inProcess: 1 });
  });

  it('refuses an unknown time zone as invalid input', async () => {
    const result = await core().dispatch('roles:list', { timeZone: 'Mars/Olympus' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('invalid_input');
  });
});
