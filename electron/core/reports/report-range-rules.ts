// Which instants a report's date range covers: calendar days in the owner's zone, both ends included, as
// UTC instants [start, end) — midnight to midnight on the wall clock, so a range across a daylight-saving
// change is 23 or 25 hours longer or shorter and still whole days. Pure; runs anywhere.
import { zonedToUtcIso } from '../../contract/zoned-time';
import { DomainError } from '../errors';

export interface InstantRange {
  /** Inclusive lower bound, or the earliest possible time. */
  start: string;
  /** Exclusive upper bound, or the latest possible time. */
  end: string;
}

/** The start of a range with no first day, and the end of one with no last day. */
export const EARLIEST = '0000-01-01T00:00:00.000Z';
export const LATEST = '9999-12-31T23:59:59.999Z';

function nextDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/** `from` 00:00 to the day after `to` 00:00 in `timeZone`; an end left out is open. */
export function rangeInstants(from: string | undefined, to: string | undefined, timeZone: string): InstantRange {
  const start = from === undefined ? EARLIEST : zonedToUtcIso(from, '00:00', timeZone);
  const end = to === undefined ? LATEST : zonedToUtcIso(nextDay(to), '00:00', timeZone);
  if (start === null || end === null) throw new DomainError('invalid_input', 'Use dates like 2026-03-31.');
  return { start, end };
}

/** The zone this computer's clock shows, for a caller that did not name one (the CLI). */
export function computerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** How the range reads in a report's notes. */
export function rangeWords(from: string | undefined, to: string | undefined, timeZone: string): string {
  if (from === undefined && to === undefined) return `All dates (days in ${timeZone}).`;
  return `From ${from ?? 'the beginning'} to ${to ?? 'today'}, both days included, midnight to midnight in ${timeZone}.`;
}
