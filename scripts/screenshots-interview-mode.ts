// Node script part (called by scripts/screenshots.ts): interview mode on the sample data, mid-interview with
// notes and ratings (1280×800, 1440×900 and 1024×768), its wrap-up and end screen, who-is-scoring, and a
// candidate page's interview feedback.
import type { Page } from '@playwright/test';
import type { InterviewDetail, InterviewList } from '../electron/contract';
import type { TestCore } from '../tests/ui/harness';

type Shot = (page: Page, name: string) => Promise<string>;

async function dispatch<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** The sample interview with a draft scorecard (awaiting feedback), and the completed one. */
async function sampleInterviews(testCore: TestCore): Promise<{ draft: InterviewDetail; done: InterviewDetail }> {
  const { interviews } = await dispatch<InterviewList>(testCore, 'interviews:list', { limit: 1000 });
  const details = await Promise.all(interviews.map((i) => dispatch<InterviewDetail>(testCore, 'interviews:get', { id: i.id })));
  const draft = details.find((d) => d.scorecards.some((s) => !s.submittedAt && s.notes));
  const done = details.find((d) => d.interview.status === 'completed' && d.scorecards.length > 1);
  if (!draft || !done) throw new Error('The sample data has no draft scorecard or completed interview');
  return { draft, done };
}

/** Rates the first criteria of a draft scorecard, so the screen shows an interview under way. */
async function rateSome(testCore: TestCore, detail: InterviewDetail, interviewerId: string): Promise<void> {
  const card = await dispatch<{ id: string }>(testCore, 'scorecards:open', { interviewId: detail.interview.id, interviewerId });
  const criteria = detail.kit.filter((k) => k.kind === 'criterion').slice(0, 3);
  const ratings = criteria.map((c, i) => ({ criterionId: c.id, rating: [3, 4, 2][i] ?? null }));
  await dispatch(testCore, 'scorecards:save', { scorecardId: card.id, ratings, elapsedSeconds: 1265 });
}

const RESUME = `Experience
Drive-through espresso stand, Portland — barista (two summers)
• Pulled 300+ drinks a shift at peak; trained two new starters on milk texturing.
• Opened alone on weekends: dial-in, cash count, pastry delivery.

Neighbourhood bakery café — counter (part time, one year)
• Took orders, ran the till, kept the case stocked and labelled.

Skills
Latte art (hearts, tulips), grinder calibration, food handler card (2025).

Availability
Weekends and two weekday evenings.`;

async function addResume(testCore: TestCore, candidateId: string): Promise<void> {
  const base64 = Buffer.from(RESUME, 'utf8').toString('base64');
  await dispatch(testCore, 'attachments:add', { candidateId, kind: 'resume', fileName: 'priya-resume.txt', base64 });
}

export async function interviewModeShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>, shot: Shot): Promise<void> {
  const { draft, done } = await sampleInterviews(testCore);
  const interviewerId = draft.scorecards.find((s) => !s.submittedAt && s.notes)?.interviewerId ?? '';
  await rateSome(testCore, draft, interviewerId);
  await addResume(testCore, draft.candidate.id);

  // Interview mode has no sidebar, so it is reached from a screen that has one.
  await open('#/interviews');
  await page.evaluate(`window.location.hash = '#/interviews/${draft.interview.id}/mode?interviewer=${interviewerId}'`);
  await page.getByRole('heading', { name: 'Criteria' }).waitFor();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  await shot(page, 'interview-mode');
  await page.setViewportSize({ width: 1440, height: 900 });
  await shot(page, 'interview-mode-1440');
  await page.setViewportSize({ width: 1024, height: 768 });
  await shot(page, 'interview-mode-1024');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('button', { name: 'Finish interview' }).click();
  await page.getByRole('heading', { name: 'Finish the interview' }).waitFor();
  await shot(page, 'interview-mode-finish');
  await page.getByRole('radio', { name: 'Yes', exact: true }).click();
  await page.getByLabel('Key take-aways').fill('Reliable weekend opener; ready for the bar after one shadow shift.');
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.getByRole('heading', { name: 'Scorecard submitted' }).waitFor();
  await page.getByRole('button', { name: /^Move to / }).waitFor();
  await shot(page, 'interview-mode-done');
  await page.getByRole('button', { name: 'Exit' }).click();
  await page.getByRole('navigation', { name: 'Main' }).waitFor();

  await page.evaluate(`window.location.hash = '#/interviews/${draft.interview.id}/mode'`);
  await page.getByRole('heading', { name: 'Who is scoring?' }).waitFor();
  await shot(page, 'interview-mode-picker');

  await open(`#/candidates/${done.interview.candidateId}`);
  const feedback = page.getByRole('region', { name: 'Interview feedback' });
  await feedback.getByRole('table').waitFor();
  await feedback.scrollIntoViewIfNeeded();
  await shot(page, 'candidate-scorecards');
}
