// The interview .ics file, read back with an independent parser (ical.js): start and end instants, the
// booking zone (TZID with its VTIMEZONE) across DST changes in both hemispheres, summary, location,
// description, sequence and status, and no invented attendee e-mails. Runs in Vitest (Node).
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../electron/contract';
import { interviewIcs, isAmbiguousLocalTime } from '../../electron/core/interviews/interviews-ics';
import { endsAt } from '../../electron/core/interviews/interviews-rules';

function interview(startsAt: string, timeZone: string, overrides: Partial<Interview> = {}): Interview {
  const durationMinutes = overrides.durationMinutes ?? 45;
  return {
    id: '5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f',
    applicationId: '6b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f',
    candidateId: '7b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f',
    candidateName: 'Amara Okafor',
    roleId: '8b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f',
    roleTitle: 'Head Baker',
    stageName: 'Interview',
    applicationStatus: 'active',
    startsAt,
    endsAt: endsAt(startsAt, durationMinutes),
    durationMinutes,
    timeZone,
    kind: 'video',
    location: 'https://meet.example/abc; room 2',
    interviewers: [{ id: '9b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f', name: 'Marisol Ortega', position: 0 }, { id: 'ab0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f', name: 'Dev Patel', position: 1 }],
    status: 'scheduled',
    scorecardsSubmitted: 0,
    awaitingFeedback: false,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    ...overrides,
  };
}

interface Parsed {
  event: ICAL.Event;
  vevent: ICAL.Component;
  text: string;
}

/** Parses the file like a calendar would: the VTIMEZONE it carries is registered, then the event read. */
function parse(text: string): Parsed {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const vevent = calendar.getFirstSubcomponent('vevent');
  if (!vevent) throw new Error('no VEVENT');
  return { event: new ICAL.Event(vevent), vevent, text };
}

function utc(time: ICAL.Time): string {
  return new Date(time.toUnixTime() * 1000).toISOString();
}

describe('interview .ics', () => {
  it('books 2026-12-03 14:00 in Berlin as 14:00 Europe/Berlin = 13:00Z, ending 45 minutes later', () => {
    const file = interviewIcs(interview('2026-12-03T13:00:00.000Z', 'Europe/Berlin'), 0);
    expect(file).toMatchObject({ mimeType: 'text/calendar', fileName: 'interview-amara-okafor-2026-12-03.ics' });
    const { event, vevent, text } = parse(file.content);
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Berlin');
    expect(event.startDate.zone?.tzid).toBe('Europe/Berlin');
    expect([event.startDate.hour, event.startDate.minute]).toEqual([14, 0]);
    expect(utc(event.startDate)).toBe('2026-12-03T13:00:00.000Z');
    expect(utc(event.endDate)).toBe('2026-12-03T13:45:00.000Z');
    expect(event.summary).toBe('Interview: Amara Okafor (Head Baker)');
    expect(event.location).toBe('https://meet.example/abc; room 2');
    expect(event.description).toContain('Interviewers: Marisol Ortega, Dev Patel.');
    expect(event.description).toContain('Join: https://meet.example/abc; room 2');
    expect(event.uid).toBe('5b0c3a56-8a7e-4f0e-9f59-7b9f3c1d2e4f@hirebook');
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    // Names only: no ORGANIZER or ATTENDEE with a made-up address.
    expect(text).not.toMatch(/^(ATTENDEE|ORGANIZER)/m);
    expect(text.split('\r\n').every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
  });

  it.each([
    ['Europe/Berlin', '2026-03-29T01:30:00.000Z', [3, 30], 'the morning clocks go forward'],
    ['Europe/Berlin', '2026-10-25T02:30:00.000Z', [3, 30], 'the hour after clocks go back'],
    ['America/Los_Angeles', '2026-03-08T17:00:00.000Z', [10, 0], 'the US spring change'],
    ['America/Los_Angeles', '2026-07-01T16:00:00.000Z', [9, 0], 'summer time'],
    ['Australia/Sydney', '2026-04-05T01:00:00.000Z', [11, 0], 'the southern autumn change'],
    ['Asia/Kolkata', '2026-06-10T04:30:00.000Z', [10, 0], 'a half-hour zone without DST'],
  ])('keeps %s local time right at %s (%s)', (zone, startsAt, [hour, minute]) => {
    const { event } = parse(interviewIcs(interview(startsAt, zone), 0).content);
    expect(event.startDate.zone?.tzid).toBe(zone);
    expect([event.startDate.hour, event.startDate.minute]).toEqual([hour, minute]);
    expect(utc(event.startDate)).toBe(startsAt);
    expect(utc(event.endDate)).toBe(endsAt(startsAt, 45));
  });

  it.each(['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z'])(
    'writes %s (02:30 in Berlin, which happens twice that night) in UTC, so no calendar picks the wrong one',
    (startsAt) => {
      expect(isAmbiguousLocalTime(Date.parse(startsAt), 'Europe/Berlin')).toBe(true);
      const { event, text } = parse(interviewIcs(interview(startsAt, 'Europe/Berlin', { durationMinutes: 120 }), 0).content);
      expect(text).toContain(`DTSTART:${startsAt.replace(/[-:]/g, '').slice(0, 15)}Z`);
      expect(utc(event.startDate)).toBe(startsAt);
      expect(utc(event.endDate)).toBe(endsAt(startsAt, 120));
      expect(event.endDate.zone?.tzid).toBe('Europe/Berlin');
    },
  );

  it('finds no repeated hour on ordinary days or where clocks go forward', () => {
    for (const at of ['2026-10-24T00:30:00.000Z', '2026-03-29T00:30:00.000Z', '2026-03-29T01:30:00.000Z', '2026-10-25T02:30:00.000Z']) {
      expect(isAmbiguousLocalTime(Date.parse(at), 'Europe/Berlin'), at).toBe(false);
    }
    expect(isAmbiguousLocalTime(Date.parse('2026-11-01T08:30:00.000Z'), 'America/Los_Angeles')).toBe(true);
  });

  it('carries the sequence of a rescheduled interview and marks a cancelled one', () => {
    const { event, vevent } = parse(interviewIcs(interview('2026-12-03T13:00:00.000Z', 'Europe/Berlin', { status: 'cancelled', kind: 'onsite', location: '' }), 3).content);
    expect(event.sequence).toBe(3);
    expect(vevent.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(event.location ?? '').toBe('');
    expect(event.description).toContain('On-site interview with Amara Okafor');
  });
});
