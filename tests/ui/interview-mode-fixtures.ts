// Playwright UI helpers for interview mode: a role with a kit, a candidate with a text résumé, an interview
// with two interviewers (made through whatever calls the core), opening interview mode, and the stored scorecard.
import type { Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../electron/contract';
import { expect, roleInput } from './fixtures';
import { fileOnDisk } from '../helpers/temp-files';

export type Call = <C extends Channel>(channel: C, input: Input<C>) => Promise<Output<C>>;

export interface ModeSeed {
  roleId: string;
  candidateId: string;
  applicationId: string;
  interviewId: string;
  /** Interviewer name → id. */
  interviewers: Record<string, string>;
  /** Criterion label → kit item id, in kit order. */
  criteria: Record<string, string>;
  /** The stage names of the role's pipeline, in order; the application sits in the second. */
  stages: string[];
}

export const CRITERIA = [
  { label: 'Calm when the line is out the door', question: 'Tell me about your busiest shift.' },
  { label: 'Espresso bar experience', question: 'How do you dial in a new bag of beans?' },
  { label: 'Weekend availability', question: '' },
] as const;

export const RESUME_TEXT = 'Ana Lima\nBarista at Harbour Coffee, 2023–2026\nTrained four new starters on milk texturing.\n';

/** A role with a three-criterion kit and a question, Ana Lima applied in its second stage, and an interview. */
export async function seedInterviewMode(
  call: Call,
  resume: string | { fileName: string; bytes: Buffer } = RESUME_TEXT,
): Promise<ModeSeed> {
  const file = typeof resume === 'string' ? { fileName: 'ana-resume.txt', bytes: Buffer.from(resume) } : resume;
  const role = await call('roles:create', roleInput());
  const kit = await call('kits:save', {
    roleId: role.id,
    items: [...CRITERIA.map((c) => ({ kind: 'criterion' as const, ...c })), { kind: 'question' as const, label: 'Why this café?', question: '' }],
  });
  const board = await call('pipeline:get', { roleId: role.id });
  const { candidate } = await call('candidates:create', { fullName: 'Ana Lima', emails: ['ana@example.com'], phones: ['+1 207 555 0101'], tags: ['latte art'] });
  await call('attachments:add', { candidateId: candidate.id, kind: 'resume', fileName: file.fileName, path: fileOnDisk(file.fileName, file.bytes) });
  const created = await call('applications:create', { candidateId: candidate.id, roleIds: [role.id], stageId: board.stages[1]?.id });
  const applicationId = created.applications[0]?.id ?? '';
  const interview = await call('interviews:schedule', {
    applicationId,
    startsAt: new Date(Date.now() - 10 * 60_000).toISOString(),
    durationMinutes: 45,
    timeZone: 'Europe/London',
    kind: 'onsite',
    location: 'Back office',
    interviewers: ['Marisol Ortega', 'Dev Patel'],
  });
  return {
    roleId: role.id,
    candidateId: candidate.id,
    applicationId,
    interviewId: interview.id,
    interviewers: Object.fromEntries(interview.interviewers.map((i) => [i.name, i.id])),
    criteria: Object.fromEntries(kit.items.filter((i) => i.kind === 'criterion').map((i) => [i.label, i.id])),
    stages: board.stages.map((s) => s.name),
  };
}

/** Goes to interview mode from the page already open (interview mode has no sidebar to wait for). */
export async function gotoMode(page: Page, interviewId: string, interviewerId?: string): Promise<void> {
  const query = interviewerId ? `?interviewer=${interviewerId}` : '';
  await page.evaluate(`window.location.hash = '#/interviews/${interviewId}/mode${query}'`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

export const notesField = (page: Page) => page.getByRole('textbox', { name: 'Notes' });
export const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved automatically$/ });
export const criterionGroup = (page: Page, label: string) => page.getByRole('group', { name: new RegExp(label) });

export interface CardRow {
  id: string;
  notes: string;
  recommendation: string | null;
  takeaways: string;
  elapsed_seconds: number;
  submitted_at: string | null;
}

export const CARD_SQL =
  'SELECT s.id, s.notes, s.recommendation, s.takeaways, s.elapsed_seconds, s.submitted_at FROM scorecards s JOIN interview_interviewers i ON i.id = s.interviewer_id WHERE s.interview_id = ? AND i.name = ?';

export const RATINGS_SQL =
  'SELECT r.label, r.rating FROM scorecard_ratings r JOIN scorecards s ON s.id = r.scorecard_id JOIN interview_interviewers i ON i.id = s.interviewer_id WHERE s.interview_id = ? AND i.name = ? ORDER BY r.label';
