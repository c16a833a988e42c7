// Pure interview rules: end times, "awaiting feedback", and the interviewer list diff on an update.
// Runs anywhere.
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

