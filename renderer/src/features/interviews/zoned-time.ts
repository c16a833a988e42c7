// Renderer (pure, also unit-tested in Node): time-zone helpers for the schedule form; the wall-clock ⇄ UTC
// conversion itself is shared with the core in electron/contract/zoned-time.ts.

import { offsetMinutes } from '../../../../electron/contract/zoned-time';

export { utcToZoned, zonedToUtcIso } from '../../../../electron/contract/zoned-time';

/** Minutes the zone is ahead of UTC at this instant (e.g. 120 for Berlin in summer). */
export const zoneOffsetMinutes = offsetMinutes;

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
