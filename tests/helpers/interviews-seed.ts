// Test helpers for interviews, kits and scorecards: a role with a requirements section, people applied
// to it, an interview with two interviewers and a kit, plus valid inputs per channel for the fuzzer.
// Runs in Vitest (Node).
import type { Core } from '../../electron/core';
import type { ApplicationList, Channel, Interview, Kit, Scorecard } from '../../electron/contract';
import { addPeople, call, newRole } from './applicants';

export const REQUIREMENTS_HTML =
  '<p>You have:</p><ul><li><p>Two years of <strong>espresso</strong> bar experience</p></li><li><p>A food handler card</p></li>' +
  '<li><p>Weekend availability</p><ul><li><p>At least two Saturdays a month</p></li></ul></li></ul>';

export interface InterviewWorld {
  roleId: string;
  candidateIds: string[];
  applicationIds: string[];
}

/** A role "Barista" with a requirements section, and people applied to it (in name order). */
export async function interviewWorld(core: Core, names: readonly string[] = ['Ana Lima', 'Bo Chen']): Promise<InterviewWorld> {
  const role = await newRole(core, 'Barista');
  await call(core, 'descriptions:save', {
    roleId: role.id,
    sections: [
      { kind: 'summary', heading: 'Summary', html: '<ul><li><p>Not a requirement</p></li></ul>' },
      { kind: 'requirements', heading: 'What you bring', html: REQUIREMENTS_HTML },
    ],
  });
  const candidateIds = await addPeople(core, names);
  const applicationIds: string[] = [];
  for (const candidateId of candidateIds) {
    const created = await call<ApplicationList>(core, 'applications:create', { candidateId, roleIds: [role.id] });
    applicationIds.push(created.applications[0]?.id ?? '');
  }
  return { roleId: role.id, candidateIds, applicationIds };
}

export function scheduleInput(applicationId: string, overrides: Record<string, unknown> = {}) {
  return {
    applicationId,
    startsAt: '2026-12-03T13:00:00.000Z',
    durationMinutes: 45,
    timeZone: 'Europe/Berlin',
    kind: 'video',
    location: 'https://meet.example/abc',
    interviewers: ['Marisol Ortega', 'Dev Patel'],
    ...overrides,
  };
}

export interface InterviewSeed extends InterviewWorld {
  interviewId: string;
  interviewerIds: string[];
  scorecardId: string;
  criterionIds: string[];
}

/** The world plus a generated kit, an interview and the first interviewer's open scorecard. */
export async function seedInterview(core: Core): Promise<InterviewSeed> {
  const world = await interviewWorld(core);
  const kit = await call<Kit>(core, 'kits:generate', { roleId: world.roleId });
  const interview = await call<Interview>(core, 'interviews:schedule', scheduleInput(world.applicationIds[0] ?? ''));
  const interviewerIds = interview.interviewers.map((p) => p.id);
  const card = await call<Scorecard>(core, 'scorecards:open', { interviewId: interview.id, interviewerId: interviewerIds[0] });
  return { ...world, interviewId: interview.id, interviewerIds, scorecardId: card.id, criterionIds: kit.items.map((i) => i.id) };
}

/** Valid (and well-formed but refused) inputs for every interview, kit and scorecard channel. */
export function interviewInputs(seed: InterviewSeed, unknown: { id: string }) {
  const [app = ''] = seed.applicationIds;
  const [first = ''] = seed.criterionIds;
  const dev = seed.interviewerIds[1] ?? '';
  return {
    'interviews:list': [{}, { from: '2026-12-01T00:00:00Z', to: '2026-12-08T00:00:00Z', statuses: ['scheduled'] }, { awaitingFeedback: true, order: 'desc' }],
    'interviews:get': [{ id: seed.interviewId }, unknown],
    'interviews:schedule': [scheduleInput(app), scheduleInput(unknown.id), scheduleInput(app, { interviewers: ['A', 'a'] })],
    'interviews:update': [
      { id: seed.interviewId, startsAt: '2026-12-04T09:00:00Z', timeZone: 'America/New_York' },
      { id: seed.interviewId, interviewers: ['Dev Patel'] },
      { id: seed.interviewId, status: 'cancelled' },
      { ...unknown, kind: 'phone' },
    ],
    'interviews:ics': [{ id: seed.interviewId }, unknown],
    'kits:get': [{ roleId: seed.roleId }, { roleId: unknown.id }],
    'kits:generate': [{ roleId: seed.roleId }, { roleId: unknown.id }],
    'kits:save': [
      { roleId: seed.roleId, items: [{ id: first, kind: 'criterion', label: 'Espresso', question: 'Pull a shot?' }, { kind: 'question', label: 'Why us?' }] },
      { roleId: seed.roleId, items: [{ id: unknown.id, kind: 'criterion', label: 'Ghost' }] },
    ],
    'kits:html': [{ roleId: seed.roleId }, { roleId: unknown.id }],
    'kits:pdf': [{ roleId: seed.roleId }, { roleId: unknown.id }],
    'kits:print': [{ roleId: seed.roleId }, { roleId: unknown.id }],
    'scorecards:open': [{ interviewId: seed.interviewId, interviewerId: dev }, { interviewId: seed.interviewId, interviewerId: unknown.id }],
    'scorecards:save': [
      { scorecardId: seed.scorecardId, notes: 'Calm and kind', ratings: [{ criterionId: first, rating: 3 }], recommendation: 'yes', elapsedSeconds: 60 },
      { scorecardId: seed.scorecardId, ratings: [{ criterionId: unknown.id, rating: 2 }] },
      { scorecardId: unknown.id, notes: 'x' },
    ],
    'scorecards:submit': [{ scorecardId: seed.scorecardId }, { scorecardId: unknown.id }],
    'scorecards:summary': [{ candidateId: seed.candidateIds[0] ?? '' }, { candidateId: unknown.id }],
  };
}

/** Calls every interview, kit and scorecard channel once with a valid input (dispatch output checks). */
export async function checkInterviewChannels(core: Core, check: (channel: Channel, input: unknown) => Promise<unknown>): Promise<void> {
  const seed = await seedInterview(core);
  const [first = ''] = seed.criterionIds;
  await check('interviews:list', { awaitingFeedback: false });
  await check('interviews:get', { id: seed.interviewId });
  await check('interviews:schedule', scheduleInput(seed.applicationIds[1] ?? '', { kind: 'onsite', location: '' }));
  await check('interviews:update', { id: seed.interviewId, durationMinutes: 60 });
  await check('interviews:ics', { id: seed.interviewId });
  await check('kits:get', { roleId: seed.roleId });
  await check('kits:generate', { roleId: seed.roleId });
  await check('kits:save', { roleId: seed.roleId, items: [{ id: first, kind: 'criterion', label: 'Espresso' }, { kind: 'question', label: 'Why us?' }] });
  await check('kits:html', { roleId: seed.roleId });
  await check('kits:pdf', { roleId: seed.roleId });
  await check('kits:print', { roleId: seed.roleId });
  await check('scorecards:open', { interviewId: seed.interviewId, interviewerId: seed.interviewerIds[1] });
  await check('scorecards:save', { scorecardId: seed.scorecardId, ratings: [{ criterionId: first, rating: 4 }], recommendation: 'strong_yes' });
  await check('scorecards:submit', { scorecardId: seed.scorecardId });
  await check('scorecards:summary', { candidateId: seed.candidateIds[0] });
}
