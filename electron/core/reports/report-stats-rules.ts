// The reports' arithmetic: median and spread of a list of durations (or of counted values), shares, averages, and the calendar
// days between two instants on the owner's wall clock (daylight-saving changes make some days 23 or 25
// hours long; a calendar day is still one day). Pure; runs anywhere.
import { offsetMinutes, utcToZoned } from '../../contract/zoned-time';

export interface Spread {
  count: number;
  median: number | null;
  /** The 25th and 75th percentiles (linear between the two nearest values, as spreadsheets' PERCENTILE.INC). */
  p25: number | null;
  p75: number | null;
  min: number | null;
  max: number | null;
}

/** The q-th quantile (0…1) of `count` sorted values read by index, linear between neighbours (PERCENTILE.INC). */
function quantileOf(count: number, valueAt: (index: number) => number, q: number): number | null {
  if (count === 0) return null;
  const at = (count - 1) * q;
  const low = Math.floor(at);
  const a = valueAt(low);
  const b = valueAt(Math.ceil(at));
  return round1(a + (b - a) * (at - low));
}

/** The q-th quantile (0…1) of sorted values, linear between neighbours (PERCENTILE.INC). */
export function quantile(sorted: readonly number[], q: number): number | null {
  return quantileOf(sorted.length, (index) => sorted[index] ?? 0, q);
}

/** One decimal place, the precision every report shows (days, ratings). */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    count: sorted.length,
    median: quantile(sorted, 0.5),
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    min: sorted.length ? round1(sorted[0] ?? 0) : null,
    max: sorted.length ? round1(sorted.at(-1) ?? 0) : null,
  };
}

/** How many times each value occurs: the same figures as spread() of the list written out, without writing it out. */
export function spreadOfCounts(counts: ReadonlyMap<number, number>): Spread {
  const values = [...counts.keys()].sort((a, b) => a - b);
  const ends: number[] = []; // ends[i]: how many values are ≤ values[i]
  let total = 0;
  for (const value of values) ends.push((total += counts.get(value) ?? 0));
  const valueAt = (index: number): number => {
    let low = 0;
    let high = ends.length - 1;
    while (low < high) {
      const mid = (low + high) >> 1;
      if ((ends[mid] ?? 0) > index) high = mid;
      else low = mid + 1;
    }
    return values[low] ?? 0;
  };
  return {
    count: total,
    median: quantileOf(total, valueAt, 0.5),
    p25: quantileOf(total, valueAt, 0.25),
    p75: quantileOf(total, valueAt, 0.75),
    min: total ? round1(values[0] ?? 0) : null,
    max: total ? round1(values.at(-1) ?? 0) : null,
  };
}

/** part / whole to three decimals (0.333), null when the whole is zero. */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 1000;
}

export function average(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((s, v) => s + v, 0) / values.length) * 100) / 100;
}

/** The calendar date (YYYY-MM-DD) of an instant on `timeZone`'s wall clock. */
export function zonedDate(iso: string, timeZone: string): string {
  return utcToZoned(iso, timeZone).date;
}

const DAY_MS = 86_400_000;

/**
 * zonedDate for many instants in one zone, with the same answers: the zone's offset is looked up once per UTC
 * day, at its first and last millisecond, and a day with a change of offset in it is worked out exactly. Time
 * to hire converts two instants per hire; this keeps 20,000 hires to a few hundred time-zone lookups.
 */
export function zonedDater(timeZone: string): (iso: string) => string {
  const offsets = new Map<number, number | null>();
  return (iso) => {
    const ms = Date.parse(iso);
    const day = Math.floor(ms / DAY_MS);
    let offset = offsets.get(day);
    if (offset === undefined) {
      const first = offsetMinutes(day * DAY_MS, timeZone);
      offset = first === offsetMinutes((day + 1) * DAY_MS - 1, timeZone) ? first : null;
      offsets.set(day, offset);
    }
    return offset === null ? zonedDate(iso, timeZone) : new Date(ms + offset * 60_000).toISOString().slice(0, 10);
  };
}

/** Whole calendar days from date `a` to date `b` (YYYY-MM-DD), e.g. 2026-03-28 → 2026-03-30 is 2. */
export function daysBetweenDates(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** Calendar days between two instants as the owner's wall clock shows them (an ISO date is taken as that day). */
export function calendarDays(fromIso: string, toIso: string, timeZone: string): number {
  return calendarDaysIn(timeZone)(fromIso, toIso);
}

/** calendarDays for many pairs in one zone (zonedDater's lookups shared between them). */
export function calendarDaysIn(timeZone: string): (fromIso: string, toIso: string) => number {
  const dateOf = zonedDater(timeZone);
  const day = (v: string) => (v.length === 10 ? v : dateOf(v));
  return (fromIso, toIso) => daysBetweenDates(day(fromIso), day(toIso));
}
