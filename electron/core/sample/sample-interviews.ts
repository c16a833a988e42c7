// The sample bakery's interviews, dated from now: one later today, one later this week, one past and
// still waiting for feedback, and one completed with two submitted scorecards and notes. Only
// applications made by this load get them, so loading twice adds nothing. Runs in plain Node inside sample:load.
import type { Recommendation } from '../../contract';
import type { ApplicationRow } from '../applications/applications-repo';
import type { CoreContext } from '../core-context';
import { scheduleInterview } from '../interviews/interviews-service';
import { offsetMinutes, zonedParts } from '../../contract/zoned-time';
import { activeKitItems } from '../interviews/kits-repo';
import { openScorecard, saveScorecard, submitScorecard } from '../interviews/scorecards-repo';
import type { InterviewRow } from '../interviews/interviews-repo';
import { candidateHasEmail, interviewerIds, roleTitle } from './sample-repo';

const ZONE = 'America/Los_Angeles';
const HOUR = 3_600_000;

interface Card {
  notes: string;
  ratings: (number | null)[];
  recommendation: Recommendation;
  takeaways: string;
}

interface Plan {
  email: string;
  role: string;
  when: (now: Date) => Date;
  kind: 'phone' | 'video' | 'onsite';
  location: string;
  interviewers: string[];
  cards?: Card[];
  draftNotes?: string;
}

/** `hour`:`minute` wall-clock time in the sample's zone, `days` from today there. */
function localTime(now: Date, days: number, hour: number, minute: number): Date {
  const day = zonedParts(now.getTime() + days * 24 * HOUR, ZONE);
  const guess = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  return new Date(guess - offsetMinutes(guess, ZONE) * 60_000);
}

/**
 * Two hours from now on the next half hour, or sooner late in the evening, so it stays "today" on this
 * computer's clock (the app shows days in the computer's zone). In the day's last minutes, its last whole
 * minute: still today, though it may have begun a few seconds ago.
 */
export function laterToday(now: Date): Date {
  const step = (ms: number, unit: number): Date => new Date(Math.ceil((now.getTime() + ms) / unit) * unit);
  for (const at of [step(2 * HOUR, HOUR / 2), step(5 * 60_000, 5 * 60_000)]) if (at.toDateString() === now.toDateString()) return at;
  const last = new Date(now);
  last.setHours(23, 59, 0, 0);
  return last;
}

const SHOP = '1824 SE Division Street, Portland (back door, ring the bell)';

const PLANS: readonly Plan[] = [
  { email: 'amara.okafor@example.com', role: 'Head Baker', when: laterToday, kind: 'onsite', location: SHOP, interviewers: ['Marisol Ortega'] },
  { email: 'kenji.watanabe@example.com', role: 'Weekend Pastry Cook', when: (now) => localTime(now, 1, 10, 30), kind: 'video', location: 'https://meet.example/hearth-pastry', interviewers: ['Marisol Ortega', 'Dev Patel'] },
  {
    email: 'priya.r@example.net', role: 'Barista', when: (now) => localTime(now, -2, 14, 0), kind: 'phone', location: '+1 503 555 0142',
    interviewers: ['Dev Patel', 'Marisol Ortega'],
    draftNotes: 'Worked two summers at a drive-through espresso stand. Asked good questions about the weekend rota.',
  },
  {
    email: 'jose.nunez@example.com', role: 'Barista', when: (now) => localTime(now, -3, 15, 0), kind: 'onsite', location: SHOP,
    interviewers: ['Dev Patel', 'Marisol Ortega'],
    cards: [
      {
        notes: 'Pulled four shots on our machine without being shown twice. Chatted with a regular while steaming milk.\nCan do Saturdays and Sundays; school on Thursdays.',
        ratings: [4, 3, 4, 4],
        recommendation: 'strong_yes',
        takeaways: 'Warm with customers, quick learner. Offer 20 hours.',
      },
      {
        notes: 'Calm when I pretended to be an unhappy customer. Milk texture still uneven.',
        ratings: [4, null, 3, 3],
        recommendation: 'yes',
        takeaways: 'Good fit for weekends; pair with Dev for milk training.',
      },
    ],
  },
];

function fillCards(ctx: CoreContext, interview: InterviewRow, roleId: string, plan: Plan, at: string): void {
  const criteria = activeKitItems(ctx.db, roleId).filter((item) => item.kind === 'criterion');
  const people = interviewerIds(ctx.db, interview.id);
  const stamp = (): string => at;
  people.forEach((interviewerId, index) => {
    const card = plan.cards?.[index];
    const row = openScorecard(ctx.db, interview.id, interviewerId, at);
    if (!card) {
      if (index === 0 && plan.draftNotes) saveScorecard(ctx.db, { scorecardId: row.id, notes: plan.draftNotes, elapsedSeconds: 1260 }, stamp);
      return;
    }
    const ratings = criteria.slice(0, card.ratings.length).map((item, i) => ({ criterionId: item.id, rating: card.ratings[i] ?? null }));
    saveScorecard(ctx.db, { scorecardId: row.id, ratings, notes: card.notes, recommendation: card.recommendation, takeaways: card.takeaways, elapsedSeconds: 2400 }, stamp);
    submitScorecard(ctx.db, row.id, at);
  });
}

/** Interviews for the sample applications this load placed; returns their ids. */
export function insertSampleInterviews(ctx: CoreContext, placed: readonly ApplicationRow[]): string[] {
  const now = ctx.now();
  const made: string[] = [];
  for (const plan of PLANS) {
    const app = placed.find((row) => {
      return candidateHasEmail(ctx.db, row.candidate_id, plan.email) && roleTitle(ctx.db, row.role_id) === plan.role;
    });
    if (!app) continue;
    const startsAt = plan.when(now);
    const bookedAt = new Date(Math.min(now.getTime(), startsAt.getTime()) - 26 * HOUR).toISOString();
    const interview = scheduleInterview(
      ctx.db,
      { applicationId: app.id, startsAt: startsAt.toISOString(), durationMinutes: 45, timeZone: ZONE, kind: plan.kind, location: plan.location, interviewers: plan.interviewers },
      bookedAt,
    );
    const afterwards = new Date(startsAt.getTime() + HOUR).toISOString();
    if (startsAt.getTime() < now.getTime()) fillCards(ctx, interview, app.role_id, plan, afterwards);
    made.push(interview.id);
  }
  return made;
}
