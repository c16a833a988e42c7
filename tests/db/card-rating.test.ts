// A board card's rating through the real core: the owner's own rating on the four-word scale until a
// scorecard is submitted, then the submitted scorecards' recommendations averaged and rounded to a word
// (a tie goes up; "No decision" and unsubmitted scorecards do not count); the profile shows the same, and
// a rating off the scale is refused with the words. Runs in Vitest against real SQLite files.
import { describe, expect, it } from 'vitest';
import type { CandidateProfile, Interview, PipelineCard, Scorecard } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { board, call, errorOf, rawAll } from '../helpers/applicants';
import { interviewWorld, scheduleInput } from '../helpers/interviews-seed';
import { tempCore } from '../helpers/temp-core';

async function cardOf(core: Core, roleId: string, applicationId: string): Promise<PipelineCard | undefined> {
  return (await board(core, roleId)).cards.find((c) => c.applicationId === applicationId);
}

/** An interview of the application with these interviewers; returns a function that fills and submits one's scorecard. */
async function interviewOf(core: Core, applicationId: string, interviewers: string[]) {
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(applicationId, { interviewers }));
  return async (index: number, recommendation: string, submit = true): Promise<void> => {
    const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[index]?.id });
    await call(core, 'scorecards:save', { scorecardId: card.id, recommendation });
    if (submit) await call(core, 'scorecards:submit', { scorecardId: card.id });
  };
}

describe('the card rating', () => {
  it('shows the owner’s rating, then the scorecards’ average once a Strong yes scorecard is submitted', async () => {
    const core = tempCore();
    const world = await interviewWorld(core, ['Ana Lima']);
    const app = world.applicationIds[0] ?? '';
    expect((await cardOf(core, world.roleId, app))?.cardRating).toEqual({ value: null, from: null, scorecards: 0, average: null });

    await call(core, 'applications:rate', { applicationId: app, rating: 2 });
    expect(await cardOf(core, world.roleId, app)).toMatchObject({ rating: 2, cardRating: { value: 2, from: 'owner', scorecards: 0, average: null } });

    const fill = await interviewOf(core, app, ['Marisol Ortega', 'Dev Patel', 'Sam Lee']);
    await fill(0, 'strong_yes', false);
    // Saved but not submitted: still the owner's word.
    expect((await cardOf(core, world.roleId, app))?.cardRating).toMatchObject({ value: 2, from: 'owner' });

    await call(core, 'scorecards:submit', { scorecardId: rawAll<{ id: string }>(core, 'SELECT id FROM scorecards')[0]?.id });
    expect(await cardOf(core, world.roleId, app)).toMatchObject({ rating: 2, cardRating: { value: 4, from: 'scorecards', scorecards: 1, average: 4 } });

    // "No decision" is left out of the average; Strong yes (4) and No (2) average 3: Yes.
    await fill(1, 'no_decision');
    expect((await cardOf(core, world.roleId, app))?.cardRating).toEqual({ value: 4, from: 'scorecards', scorecards: 1, average: 4 });
    await fill(2, 'no');
    expect((await cardOf(core, world.roleId, app))?.cardRating).toEqual({ value: 3, from: 'scorecards', scorecards: 2, average: 3 });

    // The profile's application says the same as the card, and keeps the owner's own rating beside it.
    const profile = await call<CandidateProfile>(core, 'candidates:get', { id: world.candidateIds[0] });
    expect(profile.applications[0]).toMatchObject({ rating: 2, cardRating: { value: 3, from: 'scorecards', scorecards: 2 } });
  });

  it('rounds a mean exactly between two words up (No + Yes → Yes, Yes + Strong yes → Strong yes)', async () => {
    const core = tempCore();
    const world = await interviewWorld(core, ['Ana Lima', 'Bo Chen']);
    const [ana = '', bo = ''] = world.applicationIds;
    const anaFill = await interviewOf(core, ana, ['Marisol Ortega', 'Dev Patel']);
    await anaFill(0, 'no');
    await anaFill(1, 'yes');
    const boFill = await interviewOf(core, bo, ['Marisol Ortega', 'Dev Patel']);
    await boFill(0, 'yes');
    await boFill(1, 'strong_yes');
    expect((await cardOf(core, world.roleId, ana))?.cardRating).toEqual({ value: 3, from: 'scorecards', scorecards: 2, average: 2.5 });
    expect((await cardOf(core, world.roleId, bo))?.cardRating).toEqual({ value: 4, from: 'scorecards', scorecards: 2, average: 3.5 });
  });

  it('refuses a rating off the four-word scale and says which are allowed; the timeline entry is marked as four-point', async () => {
    const core = tempCore();
    const world = await interviewWorld(core, ['Ana Lima']);
    const app = world.applicationIds[0] ?? '';
    for (const rating of [0, 5, 2.5, '3']) {
      const error = await errorOf(core, 'applications:rate', { applicationId: app, rating });
      expect(error.code).toBe('invalid_input');
      expect(error.message).toContain('Rate 1 (Strong no), 2 (No), 3 (Yes) or 4 (Strong yes)');
    }
    expect(rawAll(core, 'SELECT count(rating) AS n FROM applications')).toEqual([{ n: 0 }]);
    await call(core, 'applications:rate', { applicationId: app, rating: 4 });
    const [entry] = rawAll<{ details_json: string }>(core, "SELECT details_json FROM activity_log WHERE action = 'rated'");
    expect(JSON.parse(entry?.details_json ?? '{}')).toEqual({ from: null, to: 4, scale: 4 });
    expect((await errorOf(core, 'candidates:list', { ratingMin: 5 })).code).toBe('invalid_input');
  });
});
