// Wall-clock time in an IANA time zone ⇄ UTC instants, correct across daylight-saving changes, with Intl
// only (no time-zone library). Shared by the core (.ics files, lists) and the renderer (the schedule form).
// Runs anywhere.

const MINUTE = 60_000;
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
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(ms)).map((p) => [p.type, p.value]));
  const num = (key: string): number => Number(parts[key] ?? 0);
  return { year: num('year'), month: num('month'), day: num('day'), hour: num('hour') % 24, minute: num('minute'), second: num('second') };
}

/** The zone's offset from UTC at `ms`, in minutes (Berlin in winter: 60; in summer: 120). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / MINUTE);
}

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
  const wall = Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]), Number(t[1]), Number(t[2]));
  if (Number.isNaN(wall)) return null;
  // Two candidate offsets: the zone's offset a day either side covers any single change in between.
  const before = offsetMinutes(wall - 24 * 60 * MINUTE, timeZone);
  const after = offsetMinutes(wall + 24 * 60 * MINUTE, timeZone);
  const candidates = [wall - before * MINUTE, wall - after * MINUTE].sort((a, b) => a - b);
  const exact = candidates.find((c) => offsetMinutes(c, timeZone) * MINUTE === wall - c);
  // No exact match: the wall time falls in a gap; the pre-change offset lands after the gap.
  const instant = exact ?? wall - Math.min(before, after) * MINUTE;
  return new Date(instant).toISOString();
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:mm) of an instant in `timeZone`. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const w = zonedParts(Date.parse(iso), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}
