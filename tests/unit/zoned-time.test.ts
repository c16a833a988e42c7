// Vitest (Node): the wall-clock ⇄ UTC conversion (electron/contract/zoned-time.ts on @date-fns/tz, through the
// renderer's schedule-form helpers) across DST changes, whole-hour and half-hour ones.
import { describe, expect, it } from 'vitest';
import { offsetLabel, utcToZoned, zonedToUtcIso, zoneOffsetMinutes } from '../../renderer/src/features/interviews/zoned-time';

describe('zonedToUtcIso', () => {
  it('converts ordinary times in zones east and west of UTC', () => {
    expect(zonedToUtcIso('2026-07-14', '14:00', 'Europe/Berlin')).toBe('2026-07-14T12:00:00.000Z');
    expect(zonedToUtcIso('2026-01-14', '14:00', 'Europe/Berlin')).toBe('2026-01-14T13:00:00.000Z');
    expect(zonedToUtcIso('2026-07-14', '09:30', 'America/Los_Angeles')).toBe('2026-07-14T16:30:00.000Z');
    expect(zonedToUtcIso('2026-07-14', '09:30', 'Asia/Kolkata')).toBe('2026-07-14T04:00:00.000Z');
    expect(zonedToUtcIso('2026-12-31', '23:45', 'UTC')).toBe('2026-12-31T23:45:00.000Z');
  });

  it('uses the right offset on both sides of a change (same day, before and after)', () => {
    // New York springs forward at 02:00 on 8 March 2026.
    expect(zonedToUtcIso('2026-03-08', '01:30', 'America/New_York')).toBe('2026-03-08T06:30:00.000Z');
    expect(zonedToUtcIso('2026-03-08', '03:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    // Berlin falls back at 03:00 on 25 October 2026.
    expect(zonedToUtcIso('2026-10-24', '10:00', 'Europe/Berlin')).toBe('2026-10-24T08:00:00.000Z');
    expect(zonedToUtcIso('2026-10-25', '10:00', 'Europe/Berlin')).toBe('2026-10-25T09:00:00.000Z');
  });

  it('moves a time skipped by spring-forward on by the gap', () => {
    expect(zonedToUtcIso('2026-03-08', '02:30', 'America/New_York')).toBe('2026-03-08T07:30:00.000Z');
    expect(zonedToUtcIso('2026-03-29', '02:30', 'Europe/Berlin')).toBe('2026-03-29T01:30:00.000Z');
    // Lord Howe Island moves its clocks by half an hour (02:00 → 02:30 on 4 October 2026, then UTC+11).
    expect(zonedToUtcIso('2026-10-04', '02:15', 'Australia/Lord_Howe')).toBe('2026-10-03T15:45:00.000Z');
  });

  it('takes the first of a time that happens twice when clocks fall back', () => {
    expect(zonedToUtcIso('2026-11-01', '01:30', 'America/New_York')).toBe('2026-11-01T05:30:00.000Z');
    expect(zonedToUtcIso('2026-10-25', '02:30', 'Europe/Berlin')).toBe('2026-10-25T00:30:00.000Z');
    // Half an hour shown twice on Lord Howe Island (02:00 → 01:30 on 5 April 2026): the first is at UTC+11.
    expect(zonedToUtcIso('2026-04-05', '01:45', 'Australia/Lord_Howe')).toBe('2026-04-04T14:45:00.000Z');
  });

  it('refuses malformed dates and times', () => {
    expect(zonedToUtcIso('', '10:00', 'UTC')).toBeNull();
    expect(zonedToUtcIso('2026-07-14', '', 'UTC')).toBeNull();
    expect(zonedToUtcIso('14/07/2026', '10:00', 'UTC')).toBeNull();
  });
});

describe('utcToZoned', () => {
  it('round-trips every hour of a year that has two changes', () => {
    const zones = ['America/New_York', 'Europe/Berlin', 'Australia/Sydney', 'Asia/Kolkata'];
    for (const zone of zones) {
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
        const iso = new Date(t).toISOString();
        const { date, time } = utcToZoned(iso, zone);
        const back = zonedToUtcIso(date, time, zone);
        // An hour shown twice when clocks fall back maps to its first occurrence; all others exactly.
        if (back !== iso) expect(Date.parse(iso) - Date.parse(back ?? '')).toBe(3_600_000);
      }
    }
  });

  it('shows the wall clock in the zone', () => {
    expect(utcToZoned('2026-07-14T12:00:00.000Z', 'Europe/Berlin')).toEqual({ date: '2026-07-14', time: '14:00' });
    expect(utcToZoned('2026-01-01T03:00:00.000Z', 'America/Los_Angeles')).toEqual({ date: '2025-12-31', time: '19:00' });
    expect(zoneOffsetMinutes(Date.UTC(2026, 6, 1), 'Asia/Kolkata')).toBe(330);
    expect(offsetLabel('Asia/Kolkata', Date.UTC(2026, 6, 1))).toBe('UTC+05:30');
    expect(offsetLabel('America/New_York', Date.UTC(2026, 0, 1))).toBe('UTC−05:00');
    expect(offsetLabel('America/New_York', Date.UTC(2026, 6, 1))).toBe('UTC−04:00');
    expect(offsetLabel('Europe/London', Date.UTC(2026, 0, 1))).toBe('UTC');
  });
});
