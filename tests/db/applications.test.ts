// Applications on the board: create for two roles (and the duplicate conflict), moves across stages with
// history and time in stage, reordering within a column, reject with a reason, reactivate, hire, rate,
// notes, bulk actions all-or-nothing, and append-only history. Runs in Vitest against real SQLite files.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { Application, ApplicationList, StageHistory } from '../../electron/contract';
import { addPeople, board, call, columns, errorOf, newRole, rawAll, reasonByName, stageId } from '../helpers/applicants';
import { tempCore } from '../helpers/temp-core';

/** A core whose clock the test moves forward. */
function clockedCore() {
  let now = Date.parse('2026-03-02T09:00:00.000Z');
  const core = tempCore({ now: () => new Date(now) });
  return { core, advanceDays: (days: number) => (now += days * 86_400_000) };
}

async function barista(names: string[]) {
  const { core, advanceDays } = clockedCore();
  const role = await newRole(core, 'Barista');
  const ids = await addPeople(core, names);
  const apps: string[] = [];
  for (const id of ids) {
    const created = await call<ApplicationList>(core, 'applications:create', { candidateId: id, roleIds: [role.id] });
    apps.push(created.applications[0]?.id ?? '');
  }
  return { core, role, ids, apps, advanceDays };
}

describe('creating applications', () => {
  it('adds a candidate to two roles in their first stages, and refuses a second application to the same role', async () => {
    const core = tempCore();
    const [barista, cook] = [await newRole(core, 'Barista'), await newRole(core, 'Line Cook')];
    const [ana = ''] = await addPeople(core, ['Ana Lima']);
    const created = await call<ApplicationList>(core, 'applications:create', { candidateId: ana, roleIds: [barista.id, cook.id] });
    expect(created.applications.map((a) => [a.roleId, a.status])).toEqual([[barista.id, 'active'], [cook.id, 'active']]);
    expect(columns(await board(core, barista.id)).Applied).toEqual(['Ana Lima']);
    expect(columns(await board(core, cook.id)).Applied).toEqual(['Ana Lima']);

    const third = await newRole(core, 'Porter');
    const refused = await errorOf(core, 'applications:create', { candidateId: ana, roleIds: [third.id, cook.id] });
    expect(refused).toMatchObject({ code: 'conflict', message: expect.stringContaining('Line Cook') });
    expect((await board(core, third.id)).cards).toEqual([]);
    expect(rawAll(core, 'SELECT * FROM applications')).toHaveLength(2);
  });

  it('starts in a given stage', async () => {
    const core = tempCore();
    const role = await newRole(core, 'Barista');
    const [ana] = await addPeople(core, ['Ana']);
    const interview = stageId(await board(core, role.id), 'Interview');
    await call(core, 'applications:create', { candidateId: ana, roleIds: [role.id], stageId: interview });
    expect(columns(await board(core, role.id)).Interview).toEqual(['Ana']);
  });
});

describe('moving cards', () => {
  it('records each stage change with from, to, note and time in each stage', async () => {
    const { core, role, apps, advanceDays } = await barista(['Ana']);
    const pipeline = await board(core, role.id);
    advanceDays(2);
    await call(core, 'applications:move', { applicationId: apps[0], toStageId: stageId(pipeline, 'Screening'), note: 'Phoned, sounds keen' });
    advanceDays(3);
    await call(core, 'applications:move', { applicationId: apps[0], toStageId: stageId(pipeline, 'Interview') });
    advanceDays(1);
    const history = await call<StageHistory>(core, 'applications:history', { applicationId: apps[0] });
    expect(history.events.map((e) => [e.fromStage, e.toStage, e.note])).toEqual([
      [null, 'Applied', ''],
      ['Applied', 'Screening', 'Phoned, sounds keen'],
      ['Screening', 'Interview', ''],
    ]);
    expect(history.events.map((e) => e.msInStage / 86_400_000)).toEqual([2, 3, 1]);
    expect(history.totals.map((t) => [t.stage, t.ms / 86_400_000])).toEqual([['Applied', 2], ['Screening', 3], ['Interview', 1]]);
    const card = (await board(core, role.id)).cards[0];
    expect(card).toMatchObject({ stageId: stageId(pipeline, 'Interview'), daysInStage: 1 });
  });

  it('reorders within a column without a stage event, and renumbers when the gaps get tiny', async () => {
    const { core, role, apps } = await barista(['Ana', 'Bo', 'Cy']);
    const applied = stageId(await board(core, role.id), 'Applied');
    await call(core, 'applications:move', { applicationId: apps[2], toStageId: applied, beforeApplicationId: apps[0] });
    expect(columns(await board(core, role.id)).Applied).toEqual(['Cy', 'Ana', 'Bo']);
    await call(core, 'applications:move', { applicationId: apps[0], toStageId: applied });
    expect(columns(await board(core, role.id)).Applied).toEqual(['Cy', 'Bo', 'Ana']);
    // Keep dropping Ana and Bo just above Cy's neighbour: 80 halvings exhaust a double's precision.
    for (let i = 0; i < 80; i += 1) {
      const mover = i % 2 === 0 ? apps[0] : apps[1];
      const before = i % 2 === 0 ? apps[1] : apps[0];
      await call(core, 'applications:move', { applicationId: mover, toStageId: applied, beforeApplicationId: before });
    }
    const order = columns(await board(core, role.id)).Applied;
    expect(order).toHaveLength(3);
    expect(new Set((await board(core, role.id)).cards.map((c) => c.position)).size).toBe(3);
    expect(rawAll(core, 'SELECT * FROM stage_events WHERE from_stage_id IS NOT NULL')).toEqual([]);
  });

  it('moving to the hired stage hires; hire does the same', async () => {
    const { core, role, apps } = await barista(['Ana', 'Bo']);
    const pipeline = await board(core, role.id);
    const moved = await call<Application>(core, 'applications:move', { applicationId: apps[0], toStageId: stageId(pipeline, 'Hired') });
    expect(moved.status).toBe('hired');
    const hired = await call<Application>(core, 'applications:hire', { applicationId: apps[1] });
    expect(hired).toMatchObject({ status: 'hired', stageId: stageId(pipeline, 'Hired') });
    expect(columns(await board(core, role.id)).Hired).toEqual(['Ana', 'Bo']);
  });
});

describe('reject, reactivate, rate, notes', () => {
  it('rejects with a typed reason: the card leaves the board but the application stays findable', async () => {
    const { core, role, apps } = await barista(['Ana', 'Bo']);
    const lacks = await reasonByName(core, 'Lacks experience');
    const offer = await reasonByName(core, 'Accepted another offer');
    const [rejected] = (await call<ApplicationList>(core, 'applications:reject', { applicationIds: [apps[0]], reasonId: lacks, note: 'Needs espresso time' })).applications;
    expect(rejected).toMatchObject({ status: 'rejected', rejectionReasonId: lacks });
    const [withdrawn] = (await call<ApplicationList>(core, 'applications:reject', { applicationIds: [apps[1]], reasonId: offer })).applications;
    expect(withdrawn?.status).toBe('withdrawn');
    expect((await board(core, role.id)).cards).toEqual([]);
    const history = await call<StageHistory>(core, 'applications:history', { applicationId: apps[0] });
    expect(history.events.at(-1)).toMatchObject({ status: 'rejected', note: 'Needs espresso time' });
    expect(rawAll(core, "SELECT action FROM activity_log WHERE entity_id = ? AND action = 'rejected'", apps[0])).toHaveLength(1);

    const back = await call<Application>(core, 'applications:reactivate', { applicationId: apps[0] });
    expect(back).toMatchObject({ status: 'active', rejectionReasonId: null });
    expect(columns(await board(core, role.id)).Applied).toEqual(['Ana']);
    const screening = stageId(await board(core, role.id), 'Screening');
    await call(core, 'applications:reactivate', { applicationId: apps[1], stageId: screening });
    expect(columns(await board(core, role.id)).Screening).toEqual(['Bo']);
    expect((await errorOf(core, 'applications:reactivate', { applicationId: apps[1] })).code).toBe('conflict');
  });

  it('rates and keeps notes', async () => {
    const { core, role, apps } = await barista(['Ana']);
    await call(core, 'applications:rate', { applicationId: apps[0], rating: 4 });
    expect((await board(core, role.id)).cards[0]?.rating).toBe(4);
    await call(core, 'applications:rate', { applicationId: apps[0], rating: null });
    expect((await board(core, role.id)).cards[0]?.rating).toBeNull();
    expect((await errorOf(core, 'applications:rate', { applicationId: apps[0], rating: 6 })).code).toBe('invalid_input');
    // Four words, no fifth star.
    expect((await errorOf(core, 'applications:rate', { applicationId: apps[0], rating: 5 })).code).toBe('invalid_input');
    await call(core, 'applications:note-add', { applicationId: apps[0], body: 'First' });
    await call(core, 'applications:note-add', { applicationId: apps[0], body: 'Second' });
    const notes = await call<{ notes: { body: string }[] }>(core, 'applications:notes', { applicationId: apps[0] });
    expect(notes.notes.map((n) => n.body)).toEqual(['Second', 'First']);
  });
});

describe('bulk actions', () => {
  it('moves, tags and deletes many at once', async () => {
    const { core, role, apps } = await barista(['Ana', 'Bo', 'Cy']);
    const interview = stageId(await board(core, role.id), 'Interview');
    await call(core, 'applications:bulk', { action: 'move', applicationIds: apps.slice(0, 2), toStageId: interview });
    await call(core, 'applications:bulk', { action: 'tag', applicationIds: apps.slice(1), tags: ['Weekends', 'latte art'] });
    const after = await board(core, role.id);
    expect(columns(after)).toMatchObject({ Applied: ['Cy'], Interview: ['Ana', 'Bo'] });
    expect(after.cards.find((c) => c.name === 'Bo')?.tags).toEqual(['latte art', 'Weekends']);
    await call(core, 'applications:bulk', { action: 'delete', applicationIds: [apps[2]] });
    expect(columns(await board(core, role.id)).Applied).toEqual([]);
  });

  it('is all or nothing: one failing item rolls back the others', async () => {
    const { core, role, apps } = await barista(['Ana', 'Bo']);
    const reason = await reasonByName(core, 'Lacks experience');
    const missing = '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e';
    const before = rawAll(core, 'SELECT * FROM applications ORDER BY id');
    const events = rawAll(core, 'SELECT * FROM stage_events');
    expect((await errorOf(core, 'applications:bulk', { action: 'reject', applicationIds: [apps[0], apps[1], missing], reasonId: reason })).code).toBe('not_found');
    expect(rawAll(core, 'SELECT * FROM applications ORDER BY id')).toEqual(before);
    expect(rawAll(core, 'SELECT * FROM stage_events')).toEqual(events);
    expect((await board(core, role.id)).cards).toHaveLength(2);
  });
});

describe('append-only history', () => {
  it('stage_events and activity_log refuse UPDATE', async () => {
    const { core } = await barista(['Ana']);
    const db = new Database(core.databasePath);
    try {
      expect(() => db.prepare("UPDATE stage_events SET note = 'changed'").run()).toThrow(/append-only/);
      expect(() => db.prepare("UPDATE activity_log SET action = 'changed'").run()).toThrow(/append-only/);
    } finally {
      db.close();
    }
    expect(rawAll(core, "SELECT * FROM activity_log WHERE action = 'created' AND entity_type = 'application'")).toHaveLength(1);
  });
});

describe('rejection reasons', () => {
  it('can be added, renamed, reordered and archived', async () => {
    const core = tempCore();
    const list = await call<{ reasons: { id: string; name: string; kind: string }[] }>(core, 'rejection-reasons:list', {});
    const we = list.reasons.filter((r) => r.kind === 'we_rejected');
    const they = list.reasons.filter((r) => r.kind === 'they_withdrew');
    const edited = [
      { id: we[1]?.id, name: 'Not enough experience', kind: 'we_rejected' },
      { id: we[0]?.id, name: we[0]?.name, kind: 'we_rejected' },
      { name: 'No work permit', kind: 'we_rejected' },
      ...they.map(({ id, name, kind }) => ({ id, name, kind })),
    ];
    await call(core, 'rejection-reasons:save', { reasons: edited });
    const after = await call<{ reasons: { name: string; kind: string }[] }>(core, 'rejection-reasons:list', {});
    expect(after.reasons.filter((r) => r.kind === 'we_rejected').map((r) => r.name)).toEqual(['Not enough experience', 'Lacks qualifications', 'No work permit']);
    const all = await call<{ reasons: { name: string; archived: boolean }[] }>(core, 'rejection-reasons:list', { includeArchived: true });
    expect(all.reasons.filter((r) => r.archived).map((r) => r.name)).toContain('Salary expectations');
  });
});
