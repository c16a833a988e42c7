// Today's words and edges, defined once: which instants are "today" and "tomorrow" on the owner's wall
// clock (midnight to midnight there, 23 or 25 hours on a daylight-saving day), when a candidate has waited
// too long in a stage (more than its stage's days, default 5, of elapsed time since entering it), which
// roles are closing (a closing day from today through 7 days on), and what an empty day says. "New" is
// hiring-counts-rules' isNewApplication, added after the owner last left Today. Pure; runs anywhere.
import { DEFAULT_STAGE_WAIT_DAYS, type TodaySection } from '../../contract';
import { zonedToUtcIso } from '../../contract/zoned-time';
import { zonedDate } from './report-stats-rules';

export const CLOSING_WITHIN_DAYS = 7;
const DAY_MS = 86_400_000;

export interface TodayDays {
  today: string;
  tomorrow: string;
  /** The last day a closing date counts as "closing soon": today + 7. */
  closingBy: string;
  todayStart: string;
  tomorrowStart: string;
  dayAfterStart: string;
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function midnight(date: string, timeZone: string): string {
  const at = zonedToUtcIso(date, '00:00', timeZone);
  if (at === null) throw new Error(`No midnight for ${date} in ${timeZone}`);
  return at;
}

export function todayDays(now: Date, timeZone: string): TodayDays {
  const today = zonedDate(now.toISOString(), timeZone);
  const tomorrow = addDays(today, 1);
  return {
    today,
    tomorrow,
    closingBy: addDays(today, CLOSING_WITHIN_DAYS),
    todayStart: midnight(today, timeZone),
    tomorrowStart: midnight(tomorrow, timeZone),
    dayAfterStart: midnight(addDays(today, 2), timeZone),
  };
}

/** The instant before which entering a stage means waiting more than `days` days by `now`. */
export function waitCutoff(now: Date, days: number): string {
  return new Date(now.getTime() - days * DAY_MS).toISOString();
}

/** Each stage's cutoff, the others' (default 5 days), and the latest of them all (the SQL's index bound). */
export function waitCutoffs(now: Date, stageWaitDays: Record<string, number> = {}, waitDays = DEFAULT_STAGE_WAIT_DAYS) {
  const byStage = Object.fromEntries(Object.entries(stageWaitDays).map(([id, days]) => [id, waitCutoff(now, days)]));
  const other = waitCutoff(now, waitDays);
  const latest = [other, ...Object.values(byStage)].sort().at(-1) ?? other;
  return { byStage, other, latest };
}

export const SECTION_TEXT: Record<TodaySection['key'], { title: string; definition: string }> = {
  'interviews-today': { title: 'Interviews today', definition: 'Scheduled interviews starting today, midnight to midnight on your clock.' },
  'interviews-tomorrow': { title: 'Interviews tomorrow', definition: 'Scheduled interviews starting tomorrow.' },
  feedback: { title: 'Feedback to write', definition: 'Interviews that have started (not cancelled) where an interviewer has not submitted a scorecard yet.' },
  waiting: { title: 'Waiting too long', definition: `Candidates on a board who have been in their stage longer than that stage's limit (${DEFAULT_STAGE_WAIT_DAYS} days unless set), longest first.` },
  'new-applicants': { title: 'New applicants', definition: 'Applications nobody has acted on yet (still in the first stage, never moved), added since you last left Today.' },
  closing: { title: 'Closing soon', definition: `Open roles whose closing date is today or within the next ${CLOSING_WITHIN_DAYS} days.` },
  'no-applicants': { title: 'No applicants yet', definition: 'Open roles without a single application.' },
  'due-for-deletion': {
    title: 'Due for deletion',
    definition: 'Candidates whose every application was rejected or withdrawn, with no activity for your retention period (Settings → Privacy). Nothing is erased until you confirm.',
  },
};

export const FIRST_RUN_MESSAGE = 'Nothing here yet. Start by creating your first role, bring in candidates, or try Hirebook with sample data.';
export const QUIET_MESSAGE = 'Nothing needs you today. Enjoy the quiet — new applicants and interviews will show up here.';

/** "Today at 14:00", "Tomorrow at 09:30". */
export function interviewWhen(day: 'today' | 'tomorrow', time: string): string {
  return `${day === 'today' ? 'Today' : 'Tomorrow'} at ${time}`;
}

/** "1 day", "6 days". */
export function dayWords(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

/** "Closes today", "Closes tomorrow", "Closes in 3 days". */
export function closingWords(today: string, closesOn: string): string {
  const days = Math.round((Date.parse(`${closesOn}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
  if (days === 0) return 'Closes today';
  if (days === 1) return 'Closes tomorrow';
  return `Closes in ${days} days`;
}
