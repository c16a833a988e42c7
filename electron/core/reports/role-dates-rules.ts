// When a role opened and when it was filled, for time to fill and open roles by age. Status changes are
// recorded since migration 7 (role_status_events); for a role older than that record the dates are derived
// and the report says so: "opened" from its posted date, else the day it was created; "filled" from its
// last hire. Pure; runs anywhere.
import type { RoleStatus } from '../../contract';

export interface RoleDateFacts {
  roleId: string;
  status: RoleStatus;
  postedOn: string | null;
  createdAt: string;
  /** The role's status history, oldest first (empty for a role from before the record). */
  history: readonly { from: RoleStatus | null; to: RoleStatus; at: string }[];
  /** The latest hire among its applications, or null. */
  lastHireAt: string | null;
}

export type DateBasis = 'recorded' | 'posted date' | 'created' | 'last hire';

export interface RoleDates {
  opened: { at: string; basis: DateBasis } | null;
  filled: { at: string; basis: DateBasis } | null;
}

/** True when the role's creation is in the record, so its whole status history is known. */
function recordedFromStart(facts: RoleDateFacts): boolean {
  return facts.history.some((event) => event.from === null);
}

export function roleDates(facts: RoleDateFacts): RoleDates {
  const firstOpen = facts.history.find((event) => event.to === 'open');
  const lastFilled = [...facts.history].reverse().find((event) => event.to === 'filled');
  let opened: RoleDates['opened'] = null;
  if (recordedFromStart(facts)) opened = firstOpen ? { at: firstOpen.at, basis: 'recorded' } : null;
  else if (facts.postedOn !== null) opened = { at: facts.postedOn, basis: 'posted date' };
  else opened = { at: facts.createdAt, basis: 'created' };
  let filled: RoleDates['filled'] = null;
  if (facts.status === 'filled') {
    if (lastFilled) filled = { at: lastFilled.at, basis: 'recorded' };
    else if (facts.lastHireAt !== null) filled = { at: facts.lastHireAt, basis: 'last hire' };
  }
  return { opened, filled };
}

/** The note for roles whose dates were derived, or null when every date was recorded. */
export function derivedDatesNote(titles: { opened: string[]; filled: string[]; unknownFill: string[] }): string[] {
  const list = (names: string[]) => names.slice(0, 5).join(', ') + (names.length > 5 ? ` and ${names.length - 5} more` : '');
  const notes: string[] = [];
  if (titles.opened.length > 0) notes.push(`Opened dates for roles from before status changes were recorded are derived from the posted date, else the day the role was created: ${list(titles.opened)}.`);
  if (titles.filled.length > 0) notes.push(`Filled dates for roles from before status changes were recorded are the day of their last hire: ${list(titles.filled)}.`);
  if (titles.unknownFill.length > 0) notes.push(`Left out (filled, but no recorded date and no hire to date it by): ${list(titles.unknownFill)}.`);
  return notes;
}
