// Pure interview rules: end times, "awaiting feedback", the interviewer list diff on an update, and
// wall-clock parts of an instant in an IANA time zone (for the .ics file). Runs anywhere.
import { DomainError } from '../errors';

/** A stored instant as the one canonical form the table compares as text (…T13:00:00.000Z). */
export function canonicalInstant(iso: string): string {
  return new Date(iso).toISOString();
}

/** The zone's canonical IANA name ("europe/berlin" → "Europe/Berlin"), as calendars expect it in TZID. */
export function canonicalZone(timeZone: string): string {
  return new Intl.DateTimeFormat('en-US', { timeZone }).resolvedOptions().timeZone;
}

export function endsAt(startsAt: string, durationMinutes: number): string {
  return new Date(Date.parse(startsAt) + durationMinutes * 60_000).toISOString();
}

export interface FeedbackFacts {
  status: 'scheduled' | 'completed' | 'cancelled';
  startsAt: string;
  interviewers: number;
  submitted: number;
}

/** Started (or over), not cancelled, and at least one interviewer has not submitted a scorecard yet. */
export function isAwaitingFeedback(facts: FeedbackFacts, now: Date): boolean {
  return facts.status !== 'cancelled' && Date.parse(facts.startsAt) <= now.getTime() && facts.submitted < facts.interviewers;
}

export interface StoredInterviewer {
  id: string;
  name: string;
}

export interface InterviewerPlan {
  /** Every interviewer in the new order: an existing id is kept, null means a new row. */
  ordered: { id: string | null; name: string }[];
  removed: StoredInterviewer[];
}

const nameKey = (name: string): string => name.trim().toLocaleLowerCase();

/** Names must be distinct (ignoring case): one scorecard per person. */
export function checkDistinctNames(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    const key = nameKey(name);
    if (seen.has(key)) throw new DomainError('invalid_input', `"${name.trim()}" is listed twice. List each interviewer once.`);
    seen.add(key);
  }
}

/** Matches the new list against the stored one by name (ignoring case), so kept people keep their scorecards. */
export function planInterviewers(stored: readonly StoredInterviewer[], names: readonly string[]): InterviewerPlan {
  checkDistinctNames(names);
  const byKey = new Map(stored.map((person) => [nameKey(person.name), person]));
  const ordered = names.map((name) => {
    const existing = byKey.get(nameKey(name));
    if (existing) byKey.delete(nameKey(name));
    return { id: existing?.id ?? null, name: name.trim() };
  });
  return { ordered, removed: [...byKey.values()] };
}

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock date and time of `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const num = (key: string): number => Number(parts[key]);
  return { year: num('year'), month: num('month'), day: num('day'), hour: num('hour') % 24, minute: num('minute'), second: num('second') };
}

/** The zone's offset from UTC at `ms`, in minutes (Berlin in winter: 60). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}
