// The interview as an .ics calendar file: one VEVENT built by the `ics` package (user text readied by
// icsText, then escaped by the package), then given the zone the owner booked in (DTSTART;TZID=… with a
// VTIMEZONE describing that zone's offsets around the date), so every calendar shows the right local
// time. Runs in plain Node.
import { createEvent, type EventAttributes } from 'ics';
import type { Interview, InterviewIcs } from '../../contract';
import { icsText } from '../escaping/ics-text';
import { slugify } from '../postings/posting-format';
import { offsetMinutes, zonedParts } from '../../contract/zoned-time';

const DAY_MS = 86_400_000;
// Offsets change at most a few times a year, never twice within a week: scanning week by week finds
// every change at a seventh of the cost (each step asks Intl, which is slow).
const SCAN_MS = 7 * DAY_MS;
const MINUTE_MS = 60_000;
const CRLF = '\r\n';
const KIND_LABELS: Record<Interview['kind'], string> = { phone: 'Phone interview', video: 'Video interview', onsite: 'On-site interview' };

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** YYYYMMDDTHHMMSS wall-clock time of `ms` in `timeZone` (no Z: it is local to the TZID). */
function localStamp(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return `${pad(p.year, 4)}${pad(p.month)}${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}${pad(p.second)}`;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}${pad(abs % 60)}`;
}

interface Transition {
  at: number;
  from: number;
  to: number;
}

/** The first minute in (lo, hi] at which the offset differs from the one at lo. */
function findChange(lo: number, hi: number, timeZone: string): number {
  const before = offsetMinutes(lo, timeZone);
  let [a, b] = [lo, hi];
  while (b - a > MINUTE_MS) {
    const mid = a + Math.floor((b - a) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetMinutes(mid, timeZone) === before) a = mid;
    else b = mid;
  }
  return b;
}

/** Every offset change of the zone between two instants, found week by week then to the minute. */
export function zoneTransitions(timeZone: string, fromMs: number, toMs: number): Transition[] {
  const found: Transition[] = [];
  let previous = offsetMinutes(fromMs, timeZone);
  for (let day = fromMs; day < toMs; day += SCAN_MS) {
    const next = Math.min(day + SCAN_MS, toMs);
    const offset = offsetMinutes(next, timeZone);
    if (offset === previous) continue;
    found.push({ at: findChange(day, next, timeZone), from: previous, to: offset });
    previous = offset;
  }
  return found;
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', onsetLocal: string, from: number, to: number): string[] {
  return [`BEGIN:${kind}`, `DTSTART:${onsetLocal}`, `TZOFFSETFROM:${offsetText(from)}`, `TZOFFSETTO:${offsetText(to)}`, `END:${kind}`];
}

/** A VTIMEZONE covering a year either side of the event (no RRULE: exact onsets). */
export function vtimezone(timeZone: string, startMs: number): string[] {
  const fromMs = Date.UTC(new Date(startMs - 366 * DAY_MS).getUTCFullYear(), 0, 1);
  const toMs = Date.UTC(new Date(startMs + 366 * DAY_MS).getUTCFullYear() + 1, 0, 1);
  const initial = offsetMinutes(fromMs, timeZone);
  const changes = zoneTransitions(timeZone, fromMs, toMs);
  const lowest = Math.min(initial, ...changes.map((c) => c.to));
  const kindOf = (offset: number): 'STANDARD' | 'DAYLIGHT' => (offset > lowest ? 'DAYLIGHT' : 'STANDARD');
  const lines = [...observance(kindOf(initial), localStamp(fromMs, timeZone), initial, initial)];
  for (const change of changes) {
    // An onset is written in the local time that was in force just before it (TZOFFSETFROM).
    const onset = new Date(change.at + change.from * MINUTE_MS).toISOString().replace(/[-:]/g, '').slice(0, 15);
    lines.push(...observance(kindOf(change.to), onset, change.from, change.to));
  }
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...lines, 'END:VTIMEZONE'];
}

function eventDescription(interview: Interview): string {
  const names = interview.interviewers.map((person) => person.name).join(', ');
  return [
    `${KIND_LABELS[interview.kind]} with ${interview.candidateName} for ${interview.roleTitle}.`,
    `Interviewers: ${names}.`,
    interview.location ? `${interview.kind === 'onsite' ? 'Where' : 'Join'}: ${interview.location}` : '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function eventAttributes(interview: Interview, sequence: number): EventAttributes {
  const location = icsText(interview.location);
  return {
    uid: `${interview.id}@hirebook`,
    sequence,
    productId: 'hirebook/interviews',
    method: 'PUBLISH',
    title: icsText(`Interview: ${interview.candidateName} (${interview.roleTitle})`),
    description: icsText(eventDescription(interview)),
    ...(location ? { location } : {}),
    status: interview.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    busyStatus: 'BUSY',
    start: Date.parse(interview.startsAt),
    startInputType: 'utc',
    startOutputType: 'utc',
    end: Date.parse(interview.endsAt),
    endInputType: 'utc',
    endOutputType: 'utc',
    lastModified: Date.parse(interview.updatedAt),
  };
}

/**
 * True when the wall-clock time of `ms` happens twice in the zone (the repeated hour when clocks go
 * back). Calendars disagree on which of the two a local time means (RFC 5545 says the first, ical.js
 * reads the second), so such an instant is written in UTC, which nobody can misread.
 */
export function isAmbiguousLocalTime(ms: number, timeZone: string): boolean {
  const around = offsetMinutes(ms - 6 * 60 * MINUTE_MS, timeZone) - offsetMinutes(ms + 6 * 60 * MINUTE_MS, timeZone);
  if (around === 0) return false;
  const shift = Math.abs(around) * MINUTE_MS;
  const here = localStamp(ms, timeZone);
  return localStamp(ms - shift, timeZone) === here || localStamp(ms + shift, timeZone) === here;
}

/** A DTSTART/DTEND line in the booking zone, or in UTC for a wall-clock time that happens twice. */
function zonedLine(name: 'DTSTART' | 'DTEND', iso: string, zone: string, utcLine: string): string {
  const ms = Date.parse(iso);
  return isAmbiguousLocalTime(ms, zone) ? utcLine : `${name};TZID=${zone}:${localStamp(ms, zone)}`;
}

/** Rewrites DTSTART/DTEND from UTC to the booking zone and puts the VTIMEZONE before the event. */
function withTimeZone(ics: string, interview: Interview): string {
  const zone = interview.timeZone;
  const out: string[] = [];
  for (const line of ics.split(/\r\n/)) {
    if (line === 'BEGIN:VEVENT') out.push(...vtimezone(zone, Date.parse(interview.startsAt)));
    if (/^DTSTART:\d{8}T\d{6}Z$/.test(line)) out.push(zonedLine('DTSTART', interview.startsAt, zone, line));
    else if (/^DTEND:\d{8}T\d{6}Z$/.test(line)) out.push(zonedLine('DTEND', interview.endsAt, zone, line));
    else out.push(line);
  }
  return out.join(CRLF);
}

/** The .ics file for one interview; `sequence` grows with each reschedule so calendars update the event. */
export function interviewIcs(interview: Interview, sequence: number): InterviewIcs {
  const { error, value } = createEvent(eventAttributes(interview, sequence));
  if (error || !value) throw new Error(`The calendar file could not be made (${error?.message ?? 'no output'}).`);
  const local = zonedParts(Date.parse(interview.startsAt), interview.timeZone);
  const day = `${pad(local.year, 4)}-${pad(local.month)}-${pad(local.day)}`;
  return {
    fileName: `interview-${slugify(interview.candidateName, 40) || 'candidate'}-${day}.ics`,
    mimeType: 'text/calendar',
    content: withTimeZone(value, interview),
  };
}
