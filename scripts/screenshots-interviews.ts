// Node script part (called by scripts/screenshots.ts): the interview screens with the sample data: the
// Interviews list (today, this week, awaiting feedback, later), one interview, the schedule dialog, a kit.
import type { Page } from '@playwright/test';
import type { TestCore } from '../tests/ui/harness';

type Shot = (page: Page, name: string) => Promise<string>;

async function dispatch<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

interface Card {
  applicationId: string;
  candidateId: string;
  status: string;
}

/** Active applications across the sample roles, busiest board first. */
async function sampleApplications(testCore: TestCore): Promise<{ roleId: string; cards: Card[] }[]> {
  const { roles } = await dispatch<{ roles: { id: string }[] }>(testCore, 'roles:list', {});
  const boards = [];
  for (const role of roles) {
    const board = await dispatch<{ cards: Card[] }>(testCore, 'pipeline:get', { roleId: role.id });
    boards.push({ roleId: role.id, cards: board.cards.filter((c) => c.status === 'active') });
  }
  return boards.sort((a, b) => b.cards.length - a.cards.length);
}

/** Local wall-clock `hour` on the day `plusDays` from today, as a UTC instant (the screenshots run in local time). */
function at(plusDays: number, hour: number, minute = 0): string {
  const now = new Date();
  return new Date(now.getFullYear(), now.getMonth(), now.getDate() + plusDays, hour, minute).toISOString();
}

// The sample data already books today, tomorrow and past interviews; these add later in the week and beyond.
const PLAN = [
  { days: 2, hour: 9, kind: 'phone', location: '+1 207 555 0142', interviewers: ['Sam Lee'], minutes: 20 },
  { days: 12, hour: 14, kind: 'video', location: 'https://meet.example/pastry', interviewers: ['Maya Ortiz', 'Sam Lee'], minutes: 45 },
] as const;

export async function interviewShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>, shot: Shot): Promise<void> {
  const boards = await sampleApplications(testCore);
  const cards = boards.flatMap((b) => b.cards);
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  const ids: string[] = [];
  for (const [i, plan] of PLAN.entries()) {
    const card = cards[i];
    if (!card) break;
    const made = await dispatch<{ id: string }>(testCore, 'interviews:schedule', {
      applicationId: card.applicationId,
      startsAt: at(plan.days, plan.hour),
      durationMinutes: plan.minutes,
      timeZone,
      kind: plan.kind,
      location: plan.location,
      interviewers: [...plan.interviewers],
    });
    ids.push(made.id);
  }
  await open('#/interviews');
  await page.getByRole('region', { name: /^Today/ }).waitFor();
  await shot(page, 'interviews');

  await open(`#/interviews/${ids[0]}`);
  await page.getByRole('heading', { name: /^Interview with / }).waitFor();
  await shot(page, 'interview');
  await page.getByRole('button', { name: 'Reschedule…' }).click();
  await page.getByRole('dialog', { name: 'Reschedule interview' }).waitFor();
  await shot(page, 'interview-schedule-dialog');
  await page.keyboard.press('Escape');

  const roleId = boards[0]?.roleId ?? '';
  await dispatch(testCore, 'kits:generate', { roleId });
  await open(`#/roles/${roleId}/kit`);
  await page.getByRole('list', { name: 'Kit items' }).waitFor();
  await shot(page, 'interview-kit');
}
