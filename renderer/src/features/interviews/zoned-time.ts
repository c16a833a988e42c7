// Renderer (pure, also unit-tested in Node): wall-clock date and time in an IANA time zone ⇄ a UTC instant,
// correct across daylight-saving changes, using only Intl (no time-zone library is installed).

const MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

function wallClockAt(instant: number, timeZone: string): WallClock {
  const parts = Object.fromEntries(formatterFor(timeZone).formatToParts(new Date(instant)).map((p) => [p.type, p.value]));
  const n = (key: string): number => Number(parts[key] ?? 0);
  return { year: n('year'), month: n('month'), day: n('day'), hour: n('hour') % 24, minute: n('minute') };
}

/** Minutes the zone is ahead of UTC at this instant (e.g. 120 for Berlin in summer). */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const w = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  return Math.round((asUtc - Math.floor(instant / MINUTE) * MINUTE) / MINUTE);
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
  const before = zoneOffsetMinutes(wall - 24 * 60 * MINUTE, timeZone);
  const after = zoneOffsetMinutes(wall + 24 * 60 * MINUTE, timeZone);
  const candidates = [wall - before * MINUTE, wall - after * MINUTE].sort((a, b) => a - b);
  const exact = candidates.find((c) => zoneOffsetMinutes(c, timeZone) * MINUTE === wall - c);
  // No exact match: the wall time falls in a gap; the pre-change offset lands after the gap.
  const instant = exact ?? wall - Math.min(before, after) * MINUTE;
  return new Date(instant).toISOString();
}

/** The wall-clock date (YYYY-MM-DD) and time (HH:mm) of an instant in `timeZone`. */
export function utcToZoned(iso: string, timeZone: string): { date: string; time: string } {
  const w = wallClockAt(Date.parse(iso), timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return { date: `${pad(w.year, 4)}-${pad(w.month)}-${pad(w.day)}`, time: `${pad(w.hour)}:${pad(w.minute)}` };
}

/** This computer's time zone, e.g. "Europe/Berlin" (UTC when the system does not say). */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "UTC+05:30", "UTC−08:00" or "UTC": the zone's offset at `instant`, for labels. */
export function offsetLabel(timeZone: string, instant = Date.now()): string {
  const minutes = zoneOffsetMinutes(instant, timeZone);
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return `UTC${minutes < 0 ? '−' : '+'}${hhmm}`;
}

/** Every zone this engine knows, with `current` first kept if it is missing from the list. */
export function timeZoneNames(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const list = all.includes('UTC') ? all : [...all, 'UTC'];
  return list.includes(current) ? list : [current, ...list];
}
