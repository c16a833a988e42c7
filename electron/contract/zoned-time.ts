// Wall-clock time in an IANA time zone ⇄ UTC instants, correct across daylight-saving changes, on date-fns'
// time-zone Date (@date-fns/tz). Shared by the core (.ics files, lists, weekly counts) and the renderer (the
// schedule form). Runs anywhere.
import { TZDateMini } from '@date-fns/tz';

export interface ZonedParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock date and time of `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const d = new TZDateMini(ms, timeZone);
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate(), hour: d.getHours(), minute: d.getMinutes(), second: d.getSeconds() };
}

/** The zone's offset from UTC at `ms`, in minutes (Berlin in winter: 60; in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  return -Math.round(new TZDateMini(ms, timeZone).getTimezoneOffset());
}

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^(\d{2}):(\d{2})$/;

/**
 * The UTC instant (ISO string) when the wall clock in `timeZone` shows `date` (YYYY-MM-DD) at `time` (HH:mm).
 * A time skipped by a spring-forward change moves forward by the gap (02:30 → 03:30); a time that happens
 * twice when clocks fall back means the first of the two. Returns null for malformed input.
 */
export function zonedToUtcIso(date: string, time: string, timeZone: string): string | null {
  const d = DATE_RE.exec(date);
  const t = TIME_RE.exec(time);
  if (!d || !t) return null;
  const instant = new TZDateMini(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]), timeZone).getTime();
  if (Number.isNaN(instant)) return null;
  // In a repeated hour the library may answer with the second of the two: step back by the change when the
  // clock showed the same time then.
  const fallBack = offsetMinutes(instant - DAY_MS, timeZone) - offsetMinutes(instant, timeZone);
  const earlier = instant - fallBack * MINUTE_MS;
  const first = fallBack > 0 && utcToZoned(new Date(earlier).toISOString(), timeZone).time === `${t[1]}:${t[2]}` ? earlier : instant;
  return new Date(first).toISOString();
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:mm) of an instant in `timeZone`. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const w = zonedParts(Date.parse(iso), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}
