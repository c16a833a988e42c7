// Interviewers are typed by hand on each interview, so one person appears as "Sam Lee", "sam lee" and
// "Sam  Lee ". They are grouped by a key that ignores case and spacing; the group shows the spelling used
// most (ties: the first in alphabetical order). Pure; runs anywhere.
import { RECOMMENDATION_POINTS } from '../interviews/card-rating-rules';

/** The grouping key: trimmed, runs of white space as one space, lower case (locale-independent). */
export function interviewerKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase();
}

/** The spelling a group shows: the most used, then the alphabetically first. */
export function displayName(spellings: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const raw of spellings) {
    const spelling = raw.trim().replace(/\s+/gu, ' ');
    counts.set(spelling, (counts.get(spelling) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))[0]?.[0] ?? '';
}

/** A scorecard's overall recommendation as a point (card-rating-rules' one mapping); No decision is left out. */
export function recommendationValue(recommendation: string | null): number | null {
  return (RECOMMENDATION_POINTS as Record<string, number | undefined>)[recommendation ?? ''] ?? null;
}
