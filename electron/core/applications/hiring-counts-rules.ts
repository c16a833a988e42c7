// The hiring overview's words, defined once for every screen that counts them (the Roles list today, a
// Today/home screen later): which application is "new", which is "in process", and which days are "this
// week". Pure: no SQL, no I/O; the SQL form of the same rules is hiring-counts-repo.ts, and
// tests/db/hiring-counts.test.ts checks that the two agree. Runs anywhere.
import type { ApplicationStatus } from '../../contract';
import { zonedParts, zonedToUtcIso } from '../../contract/zoned-time';

/** What the rules look at for one application. */
export interface ApplicationFacts {
  status: ApplicationStatus;
  /** True when the application sits in its role's first stage (the lowest position). */
  inFirstStage: boolean;
  /** Stage events after the one that created it: moves, rejections, reactivations, a removed stage. */
  changesSinceAdded: number;
}

/**
 * New: an application nobody has acted on yet: active, still in its role's first stage, and never moved,
 * rejected or reactivated since it was added (its only stage event is the one that created it). Moving a
 * card on and back again, or rejecting and reactivating it, makes it no longer new.
 */
export function isNewApplication(app: ApplicationFacts): boolean {
  return app.status === 'active' && app.inFirstStage && app.changesSinceAdded === 0;
}

/** In process: active on the board but not new. Hired, rejected and withdrawn applications are neither. */
export function isInProcess(app: ApplicationFacts): boolean {
  return app.status === 'active' && !isNewApplication(app);
}

/** A week as UTC instants: from Monday 00:00 (inclusive) to the next Monday 00:00 (exclusive). */
export interface WeekWindow {
  start: string;
  end: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * This week for `now` on the wall clock of `timeZone`: Monday 00:00 to the next Monday 00:00 there, so an
 * interview at 23:30 on Sunday evening is this week and one at 00:00 on Monday is next week, whatever
 * the UTC offset (and across a daylight-saving change inside the week).
 */
export function weekWindow(now: Date, timeZone: string): WeekWindow {
  const today = zonedParts(now.getTime(), timeZone);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  // getUTCDay: Sunday 0 … Saturday 6; days since Monday: Monday 0 … Sunday 6.
  const sinceMonday = (new Date(todayUtc).getUTCDay() + 6) % 7;
  const monday = todayUtc - sinceMonday * DAY_MS;
  const start = zonedToUtcIso(isoDay(monday), '00:00', timeZone);
  const end = zonedToUtcIso(isoDay(monday + 7 * DAY_MS), '00:00', timeZone);
  if (start === null || end === null) throw new Error(`No week boundaries for ${timeZone}`);
  return { start, end };
}
