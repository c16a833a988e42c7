// Vitest (Node): the renderer's interview form rules: the schedule form checked with the contract's schema
// (field keys, custom lengths, the UTC instant) and the local day/week windows of the Interviews screen.
import { afterEach, describe, expect, it } from 'vitest';
import { localWindows } from '../../renderer/src/features/interviews/interview-labels';
import { checkSchedule, type ScheduleValues } from '../../renderer/src/features/interviews/schedule-form';

const APP = '6a1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5c';
const values = (overrides: Partial<ScheduleValues> = {}): ScheduleValues => ({
  date: '2026-07-14',
  time: '14:00',
  duration: '45',
  customMinutes: '',
  kind: 'video',
  location: ' https://meet.example/x ',
  interviewers: ['Maya Ortiz'],
  timeZone: 'Europe/Berlin',
  ...overrides,
});

describe('checkSchedule', () => {
  it('turns the form into the contract input with the instant in UTC', () => {
    const checked = checkSchedule(values({ duration: 'custom', customMinutes: '50' }), APP);
    expect(checked).toEqual({
      ok: true,
      input: { startsAt: '2026-07-14T12:00:00.000Z', durationMinutes: 50, timeZone: 'Europe/Berlin', kind: 'video', location: 'https://meet.example/x', interviewers: ['Maya Ortiz'] },
    });
  });

  it('keys each problem by its field, one message each', () => {
    const checked = checkSchedule(values({ time: '', duration: 'custom', customMinutes: '', interviewers: ['Maya', ' '], timeZone: 'Mars/Olympus' }), APP);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.errors).toMatchObject({
      time: 'Choose a time',
      durationMinutes: 'Enter the length in minutes',
      'interviewers.1': 'Give the interviewer a name',
      timeZone: 'Unknown time zone',
    });
  });

  it('refuses lengths outside 5 minutes to 8 hours with the contract’s words', () => {
    const long = checkSchedule(values({ duration: 'custom', customMinutes: '481' }), APP);
    const short = checkSchedule(values({ duration: 'custom', customMinutes: '4' }), APP);
    expect(long.ok ? null : long.errors.durationMinutes).toBe('At most 8 hours');
    expect(short.ok ? null : short.errors.durationMinutes).toBe('At least 5 minutes');
    const none = checkSchedule(values({ interviewers: [] }), APP);
    expect(none.ok ? null : none.errors.interviewers).toBe('Add at least one interviewer');
  });
});

describe('localWindows', () => {
  const original = process.env.TZ;
  afterEach(() => {
    process.env.TZ = original;
  });

  it('starts weeks on Monday and follows the local clock across a DST change', () => {
    process.env.TZ = 'America/New_York';
    // Sunday 1 November 2026, the day New York falls back: the day is 25 hours long.
    const w = localWindows(new Date('2026-11-01T15:00:00Z'));
    expect(w).toEqual({ today: '2026-11-01T04:00:00.000Z', tomorrow: '2026-11-02T05:00:00.000Z', nextWeek: '2026-11-02T05:00:00.000Z' });
    const wednesday = localWindows(new Date('2026-11-04T15:00:00Z'));
    expect(wednesday.nextWeek).toBe('2026-11-09T05:00:00.000Z');
  });
});
