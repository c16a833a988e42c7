// Scorecards through the real core: open creates once per interviewer, save is a partial patch in one
// transaction (a bad rating saves nothing of the request), submit needs a recommendation and completes the
// interview when everyone is in, and the candidate summary per criterion. Runs in Vitest against real SQLite.
import { describe, expect, it } from 'vitest';
import type { Interview, Kit, Scorecard, ScorecardSummary } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { call, errorOf, rawAll } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { dumpTables, tempCore } from '../helpers/temp-core';

async function booked(core: Core) {
  const world = await interviewWorld(core, ['Ana Lima']);
  const kit = await call<Kit>(core, 'kits:generate', { roleId: world.roleId });
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? '', { startsAt: '2026-11-20T10:00:00Z' }));
  const open = (n: number) => call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[n]?.id });
  return { world, kit, interview, open, criteria: kit.items.map((i) => i.id) };
}

describe('opening and saving', () => {
  it('creates one scorecard per interviewer on first open, with a null rating per criterion', async () => {
    const core = tempCore();
    const { interview, open, kit } = await booked(core);
    const first = await open(0);
    expect(first).toMatchObject({ interviewId: interview.id, interviewerName: 'Marisol Ortega', notes: '', recommendation: null, takeaways: '', elapsedSeconds: 0, submittedAt: null });
    expect(first.ratings).toEqual(kit.items.map((i) => ({ criterionId: i.id, label: i.label, rating: null })));
    expect((await open(0)).id).toBe(first.id);
    expect(rawAll(core, 'SELECT count(*) AS n FROM scorecards')).toEqual([{ n: 1 }]);
    const other = await call<Interview>(core, 'interviews:schedule', scheduleInput(interview.applicationId, { interviewers: ['Sam Lee'] }));
    const wrong = await errorOf(core, 'scorecards:open', { interviewId: interview.id, interviewerId: other.interviewers[0]?.id });
    expect(wrong.code).toBe('not_found');
  });

  it('changes only the fields a save carries, and a rating of null means not assessed', async () => {
    const core = tempCore();
    const { open, criteria } = await booked(core);
    const card = await open(0);
    const [a = '', b = ''] = criteria;
    const first = await call<{ updatedAt: string }>(core, 'scorecards:save', {
      scorecardId: card.id, ratings: [{ criterionId: a, rating: 4 }, { criterionId: b, rating: 1 }], recommendation: 'strong_yes', takeaways: 'Hire', elapsedSeconds: 300,
    });
    const second = await call<{ updatedAt: string }>(core, 'scorecards:save', { scorecardId: card.id, notes: 'Typed later', ratings: [{ criterionId: b, rating: null }] });
    expect(second.updatedAt > first.updatedAt).toBe(true);
    expect(rawAll(core, 'SELECT notes, recommendation, takeaways, elapsed_seconds, updated_at FROM scorecards')).toEqual([
      { notes: 'Typed later', recommendation: 'strong_yes', takeaways: 'Hire', elapsed_seconds: 300, updated_at: second.updatedAt },
    ]);
    expect(rawAll(core, 'SELECT kit_item_id, label, rating FROM scorecard_ratings')).toEqual([{ kit_item_id: a, label: 'Two years of espresso bar experience', rating: 4 }]);
    expect((await open(0)).ratings.slice(0, 2).map((r) => r.rating)).toEqual([4, null]);
  });

  it('saves nothing of a request whose rating names a criterion of another kit, or is out of range', async () => {
    const core = tempCore();
    const { open, criteria } = await booked(core);
    const card = await open(0);
    const before = dumpTables(core.databasePath);
    const ghost = await errorOf(core, 'scorecards:save', { scorecardId: card.id, notes: 'lost?', ratings: [{ criterionId: criteria[0], rating: 3 }, { criterionId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', rating: 2 }] });
    expect(ghost.code).toBe('not_found');
    expect((await errorOf(core, 'scorecards:save', { scorecardId: card.id, ratings: [{ criterionId: criteria[0], rating: 5 }] })).code).toBe('invalid_input');
    expect((await errorOf(core, 'scorecards:save', { scorecardId: card.id, notes: 'x'.repeat(200_001) })).message).toContain('too long');
    expect(dumpTables(core.databasePath)).toEqual(before);
  });
});

describe('submitting', () => {
  it('needs a recommendation, logs it, and completes the interview once every interviewer has submitted', async () => {
    const core = tempCore();
    const { interview, open } = await booked(core);
    const [marisol, dev] = [await open(0), await open(1)];
    const refused = await errorOf(core, 'scorecards:submit', { scorecardId: marisol.id });
    expect(refused).toMatchObject({ code: 'invalid_input', message: expect.stringContaining('recommendation') });
    await call(core, 'scorecards:save', { scorecardId: marisol.id, recommendation: 'no_decision' });
    const submitted = await call<Scorecard>(core, 'scorecards:submit', { scorecardId: marisol.id });
    expect(submitted.submittedAt).not.toBeNull();
    expect(rawAll(core, 'SELECT status FROM interviews')).toEqual([{ status: 'scheduled' }]);
    await call(core, 'scorecards:save', { scorecardId: dev.id, recommendation: 'no' });
    await call(core, 'scorecards:submit', { scorecardId: dev.id });
    expect(rawAll(core, 'SELECT status FROM interviews')).toEqual([{ status: 'completed' }]);
    const log = rawAll<{ action: string; details_json: string }>(core, "SELECT action, details_json FROM activity_log WHERE entity_id = ? AND action NOT IN ('created') ORDER BY rowid", interview.applicationId);
    expect(log.map((l) => l.action)).toEqual(['interview_scheduled', 'scorecard_submitted', 'scorecard_submitted', 'interview_completed']);
    expect(JSON.parse(log[2]?.details_json ?? '{}')).toMatchObject({ interviewerName: 'Dev Patel', recommendation: 'no' });
  });
});

describe('the candidate summary', () => {
  it('shows each criterion across interviewers with the mean of assessed ratings, the recommendations and the notes', async () => {
    const core = tempCore();
    const { world, open, criteria } = await booked(core);
    const [a = '', b = '', c = ''] = criteria;
    const [marisol, dev] = [await open(0), await open(1)];
    await call(core, 'scorecards:save', { scorecardId: marisol.id, ratings: [{ criterionId: a, rating: 4 }, { criterionId: b, rating: 3 }], notes: 'Lovely latte art', recommendation: 'strong_yes', takeaways: 'Hire her' });
    await call(core, 'scorecards:submit', { scorecardId: marisol.id });
    await call(core, 'scorecards:save', { scorecardId: dev.id, ratings: [{ criterionId: a, rating: 1 }, { criterionId: c, rating: 2 }], recommendation: 'no' });
    const other = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? '', { interviewers: ['Kim Ray'] }));
    await call(core, 'scorecards:open', { interviewId: other.id, interviewerId: other.interviewers[0]?.id });

    const summary = await call<ScorecardSummary>(core, 'scorecards:summary', { candidateId: world.candidateIds[0] });
    expect(summary.interviews.map((i) => i.id)).toHaveLength(2);
    const byLabel = Object.fromEntries(summary.criteria.map((cr) => [cr.label, cr]));
    expect(byLabel['Two years of espresso bar experience']).toMatchObject({ roleTitle: 'Barista', average: 2.5, ratings: [{ interviewerName: 'Marisol Ortega', rating: 4 }, { interviewerName: 'Dev Patel', rating: 1 }] });
    expect(byLabel['A food handler card']?.average).toBe(3);
    expect(byLabel['Weekend availability']?.average).toBe(2);
    expect(byLabel['At least two Saturdays a month']?.average).toBeNull();
    expect(summary.recommendations.map((r) => [r.interviewerName, r.recommendation, r.takeaways, r.submittedAt !== null])).toEqual([
      ['Marisol Ortega', 'strong_yes', 'Hire her', true],
      ['Dev Patel', 'no', '', false],
    ]);
    expect(summary.notes.map((n) => [n.interviewerName, n.notes])).toEqual([['Marisol Ortega', 'Lovely latte art']]);
    expect((await errorOf(core, 'scorecards:summary', { candidateId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e' })).code).toBe('not_found');
  });
});
