// Interviews through the real core: scheduling (rows, interviewers, activity on the candidate timeline),
// the list windows and "awaiting feedback" by the core's clock, rescheduling and cancelling (sequence,
// .ics), changing interviewers without losing scorecards, and interviews surviving a candidate merge.
// Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateTimeline, Interview, InterviewIcs, InterviewList, Scorecard, ScorecardSummary } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { addPeople, call, errorOf, rawAll } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { dumpTables, tempCore } from '../helpers/temp-core';

function clockedCore(iso = '2026-12-01T09:00:00.000Z') {
  let now = Date.parse(iso);
  const core = tempCore({ now: () => new Date(now) });
  return { core, setNow: (at: string) => (now = Date.parse(at)) };
}

const list = (core: Core, query: Record<string, unknown> = {}) => call<InterviewList>(core, 'interviews:list', query).then((l) => l.interviews);

describe('scheduling', () => {
  it('stores the interview with its interviewers and logs it on the candidate timeline', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core);
    const booked = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? '', { startsAt: '2026-12-03T13:00:00Z', interviewers: [' Marisol Ortega ', 'Dev Patel'] }));
    expect(booked).toMatchObject({
      applicationId: world.applicationIds[0], candidateId: world.candidateIds[0], candidateName: 'Ana Lima', roleTitle: 'Barista', stageName: 'Applied',
      startsAt: '2026-12-03T13:00:00.000Z', endsAt: '2026-12-03T13:45:00.000Z', timeZone: 'Europe/Berlin', kind: 'video', status: 'scheduled',
      scorecardsSubmitted: 0, awaitingFeedback: false,
    });
    expect(booked.interviewers.map((p) => [p.name, p.position])).toEqual([['Marisol Ortega', 0], ['Dev Patel', 1]]);
    expect(rawAll(core, 'SELECT starts_at, duration_minutes, time_zone, kind, status, sequence FROM interviews')).toEqual([
      { starts_at: '2026-12-03T13:00:00.000Z', duration_minutes: 45, time_zone: 'Europe/Berlin', kind: 'video', status: 'scheduled', sequence: 0 },
    ]);
    expect(rawAll(core, 'SELECT name FROM interview_interviewers ORDER BY position')).toEqual([{ name: 'Marisol Ortega' }, { name: 'Dev Patel' }]);
    const timeline = await call<CandidateTimeline>(core, 'candidates:timeline', { candidateId: world.candidateIds[0] });
    const entry = timeline.entries.find((e) => e.action === 'interview_scheduled');
    expect(entry).toMatchObject({ entityType: 'application', entityId: world.applicationIds[0], details: { interviewId: booked.id, interviewers: ['Marisol Ortega', 'Dev Patel'] } });
  });

  it('refuses an unknown application, the same person twice, and bad times, writing nothing', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core);
    const before = dumpTables(core.databasePath);
    const app = world.applicationIds[0] ?? '';
    expect((await errorOf(core, 'interviews:schedule', scheduleInput('0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e'))).code).toBe('not_found');
    expect(await errorOf(core, 'interviews:schedule', scheduleInput(app, { interviewers: ['Dev', 'dev '] }))).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('listed twice') });
    expect((await errorOf(core, 'interviews:schedule', scheduleInput(app, { timeZone: 'Mars/Olympus' }))).code).toBe('invalid_input');
    expect((await errorOf(core, 'interviews:schedule', scheduleInput(app, { durationMinutes: 2 }))).code).toBe('invalid_input');
    expect((await errorOf(core, 'interviews:schedule', scheduleInput(app, { interviewers: [] }))).code).toBe('invalid_input');
    expect(dumpTables(core.databasePath)).toEqual(before);
  });
});

describe('the list', () => {
  it('filters by window, status, candidate and awaiting feedback, by the core clock', async () => {
    const { core, setNow } = clockedCore('2026-12-01T09:00:00.000Z');
    const world = await interviewWorld(core, ['Ana Lima', 'Bo Chen']);
    const [ana = '', bo = ''] = world.applicationIds;
    const past = await call<Interview>(core, 'interviews:schedule', scheduleInput(ana, { startsAt: '2026-11-28T10:00:00Z' }));
    const today = await call<Interview>(core, 'interviews:schedule', scheduleInput(bo, { startsAt: '2026-12-01T15:00:00Z', interviewers: ['Dev Patel'] }));
    const week = await call<Interview>(core, 'interviews:schedule', scheduleInput(ana, { startsAt: '2026-12-04T08:00:00Z' }));
    const cancelled = await call<Interview>(core, 'interviews:schedule', scheduleInput(bo, { startsAt: '2026-11-29T10:00:00Z' }));
    await call(core, 'interviews:update', { id: cancelled.id, status: 'cancelled' });

    const ids = (items: Interview[]) => items.map((i) => i.id);
    expect(ids(await list(core))).toEqual([past.id, cancelled.id, today.id, week.id]);
    expect(ids(await list(core, { order: 'desc', limit: 2 }))).toEqual([week.id, today.id]);
    expect(ids(await list(core, { from: '2026-12-01T00:00:00Z', to: '2026-12-02T00:00:00Z' }))).toEqual([today.id]);
    expect(ids(await list(core, { statuses: ['cancelled'] }))).toEqual([cancelled.id]);
    expect(ids(await list(core, { candidateId: world.candidateIds[1] }))).toEqual([cancelled.id, today.id]);
    expect(ids(await list(core, { awaitingFeedback: true }))).toEqual([past.id]);

    setNow('2026-12-01T15:30:00.000Z');
    expect(ids(await list(core, { awaitingFeedback: true }))).toEqual([past.id, today.id]);
    expect((await list(core, { awaitingFeedback: false })).map((i) => i.awaitingFeedback)).toEqual([false, false]);
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: today.id, interviewerId: today.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, recommendation: 'yes' });
    await call(core, 'scorecards:submit', { scorecardId: card.id });
    const [afterSubmit] = await list(core, { applicationId: bo, statuses: ['completed'] });
    expect(afterSubmit).toMatchObject({ id: today.id, status: 'completed', scorecardsSubmitted: 1, awaitingFeedback: false });
    expect(ids(await list(core, { awaitingFeedback: true }))).toEqual([past.id]);
  });
});

describe('changing an interview', () => {
  it('reschedules with a growing .ics sequence and an activity entry, then cancels', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core);
    const booked = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? ''));
    // A zone typed in lower case is stored by its canonical name, as calendars expect it.
    const moved = await call<Interview>(core, 'interviews:update', { id: booked.id, startsAt: '2026-12-04T16:00:00Z', timeZone: 'america/new_york', durationMinutes: 30 });
    expect(moved).toMatchObject({ startsAt: '2026-12-04T16:00:00.000Z', endsAt: '2026-12-04T16:30:00.000Z', timeZone: 'America/New_York' });
    const ics = await call<InterviewIcs>(core, 'interviews:ics', { id: booked.id });
    expect(ics.content).toContain('DTSTART;TZID=America/New_York:20261204T110000');
    expect(ics.content).toContain('SEQUENCE:1');
    const same = await call<Interview>(core, 'interviews:update', { id: booked.id, kind: 'video' });
    expect(same.updatedAt).toBe(moved.updatedAt);
    await call(core, 'interviews:update', { id: booked.id, status: 'cancelled' });
    expect(rawAll(core, 'SELECT status, sequence FROM interviews')).toEqual([{ status: 'cancelled', sequence: 2 }]);
    expect((await call<InterviewIcs>(core, 'interviews:ics', { id: booked.id })).content).toContain('STATUS:CANCELLED');
    const actions = rawAll<{ action: string; details_json: string }>(core, "SELECT action, details_json FROM activity_log WHERE action LIKE 'interview_%' ORDER BY rowid");
    expect(actions.map((a) => a.action)).toEqual(['interview_scheduled', 'interview_rescheduled', 'interview_cancelled']);
    expect(JSON.parse(actions[1]?.details_json ?? '{}')).toMatchObject({ role: 'Barista', previousStartsAt: '2026-12-03T13:00:00.000Z', startsAt: '2026-12-04T16:00:00.000Z' });
    expect((await errorOf(core, 'interviews:ics', { id: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).code).toBe('not_found');
  });

  it('keeps interviewers by name, drops an untouched scorecard, and refuses to drop a written one', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core);
    const booked = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? '', { interviewers: ['Marisol Ortega', 'Dev Patel', 'Sam Lee'] }));
    const [marisol, dev, sam] = booked.interviewers;
    const devCard = await call<Scorecard>(core, 'scorecards:open', { interviewId: booked.id, interviewerId: dev?.id });
    await call(core, 'scorecards:open', { interviewId: booked.id, interviewerId: sam?.id });
    await call(core, 'scorecards:save', { scorecardId: devCard.id, notes: 'Great with customers' });

    const updated = await call<Interview>(core, 'interviews:update', { id: booked.id, interviewers: ['dev patel', 'Marisol Ortega', 'Kim Ray'] });
    expect(updated.interviewers.map((p) => [p.name, p.position])).toEqual([['dev patel', 0], ['Marisol Ortega', 1], ['Kim Ray', 2]]);
    expect(updated.interviewers.slice(0, 2).map((p) => p.id)).toEqual([dev?.id, marisol?.id]);
    expect(rawAll(core, 'SELECT interviewer_id, notes FROM scorecards')).toEqual([{ interviewer_id: dev?.id, notes: 'Great with customers' }]);

    const before = dumpTables(core.databasePath);
    const refused = await errorOf(core, 'interviews:update', { id: booked.id, interviewers: ['Marisol Ortega'] });
    expect(refused).toMatchObject({ code: 'conflict', message: 'dev patel has already written a scorecard for this interview, so they cannot be removed.' });
    expect(dumpTables(core.databasePath)).toEqual(before);
  });
});

describe('interviews and candidate merges', () => {
  it('keep every interview and scorecard when two applications to the same role fold into one', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core, ['Ana Lima']);
    const [twin = ''] = await addPeople(core, ['Ana  Lima']);
    await call(core, 'applications:create', { candidateId: twin, roleIds: [world.roleId] });
    const twinApp = rawAll<{ id: string }>(core, 'SELECT id FROM applications WHERE candidate_id = ?', twin)[0]?.id ?? '';
    const first = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? ''));
    const second = await call<Interview>(core, 'interviews:schedule', scheduleInput(twinApp, { startsAt: '2026-12-05T10:00:00Z' }));
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: second.id, interviewerId: second.interviewers[0]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, notes: 'Notes from the twin record' });

    await call(core, 'candidates:merge', { keepId: world.candidateIds[0], mergeId: twin });
    const after = await list(core, { candidateId: world.candidateIds[0] });
    expect(after.map((i) => [i.id, i.applicationId])).toEqual([[first.id, world.applicationIds[0]], [second.id, world.applicationIds[0]]]);
    expect(rawAll(core, 'SELECT count(*) AS n FROM interview_interviewers')).toEqual([{ n: 4 }]);
    expect(rawAll(core, 'SELECT notes FROM scorecards')).toEqual([{ notes: 'Notes from the twin record' }]);
  });

  it('go with an application that moves whole to the kept candidate, and go away with a deleted application', async () => {
    const { core } = clockedCore();
    const world = await interviewWorld(core, ['Ana Lima', 'Bo Chen']);
    const booked = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[1] ?? ''));
    const [keep = ''] = await addPeople(core, ['Bo Chen']);
    await call(core, 'candidates:merge', { keepId: keep, mergeId: world.candidateIds[1] });
    expect((await list(core, { candidateId: keep })).map((i) => [i.id, i.candidateId])).toEqual([[booked.id, keep]]);

    await call(core, 'applications:bulk', { action: 'delete', applicationIds: [world.applicationIds[1]] });
    expect(rawAll(core, 'SELECT count(*) AS n FROM interviews')).toEqual([{ n: 0 }]);
    expect(rawAll(core, 'SELECT count(*) AS n FROM interview_interviewers')).toEqual([{ n: 0 }]);
  });
});

describe('sample data', () => {
  it('adds four interviews around now and three kits, once', async () => {
    const { core } = clockedCore('2026-12-01T18:00:00.000Z');
    await call(core, 'sample:load', {});
    await call(core, 'sample:load', {});
    const all = await list(core);
    const now = Date.parse('2026-12-01T18:00:00.000Z');
    const hoursAway = all.map((i) => (Date.parse(i.startsAt) - now) / 3_600_000);
    expect(all.map((i) => [i.candidateName, i.status, i.awaitingFeedback, i.scorecardsSubmitted])).toEqual([
      ['José Núñez García', 'completed', false, 2],
      ['Priya Raghunathan', 'scheduled', true, 0],
      ['Amara Okafor', 'scheduled', false, 0],
      ['Kenji Watanabe', 'scheduled', false, 0],
    ]);
    expect(hoursAway[2]).toBeGreaterThan(1);
    expect(hoursAway[2]).toBeLessThanOrEqual(2.5);
    expect(hoursAway[3]).toBeGreaterThan(12);
    expect(hoursAway[3]).toBeLessThan(48);
    expect(rawAll(core, 'SELECT count(DISTINCT role_id) AS roles FROM kit_items')).toEqual([{ roles: 3 }]);
    const summary = await call<ScorecardSummary>(core, 'scorecards:summary', { candidateId: all[0]?.candidateId });
    expect(summary.notes.map((n) => n.interviewerName)).toEqual(['Dev Patel', 'Marisol Ortega']);
    expect(summary.recommendations.map((r) => r.recommendation)).toEqual(['strong_yes', 'yes']);
    expect(summary.criteria.length).toBeGreaterThanOrEqual(4);
  });
});
