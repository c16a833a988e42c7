// The reports' spread (median, quartiles as PERCENTILE.INC, min, max) of a list and of counted values: the
// counted form gives exactly the figures of the list written out; and the calendar date of many instants in one
// zone (zonedDater) equals the date-fns lookup of each, around every daylight-saving change. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { offsetMinutes } from '../../electron/contract/zoned-time';
import { calendarDays, spread, spreadOfCounts, zonedDate, zonedDater } from '../../electron/core/reports/report-stats-rules';

const counted = (values: number[]) => {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return counts;
};

describe('spread', () => {
  it('works out PERCENTILE.INC by hand: 4 11 19 25 → median 15, p25 9.3, p75 20.5', () => {
    expect(spread([25, 4, 19, 11])).toEqual({ count: 4, median: 15, p25: 9.3, p75: 20.5, min: 4, max: 25 });
    expect(spread([])).toEqual({ count: 0, median: null, p25: null, p75: null, min: null, max: null });
  });

  it('of counted values equals the spread of the values written out', () => {
    let seed = 7;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (let round = 0; round < 200; round++) {
      const values = Array.from({ length: 1 + (next() % 40) }, () => (next() % 60) / 10);
      expect(spreadOfCounts(counted(values)), values.join(' ')).toEqual(spread(values));
    }
    expect(spreadOfCounts(new Map([[2.5, 3], [0.1, 1]]))).toEqual(spread([2.5, 0.1, 2.5, 2.5]));
    expect(spreadOfCounts(new Map())).toEqual(spread([]));
  });
});

describe('zonedDater', () => {
  // Whole-hour, half-hour and 45-minute offsets, a 30-minute daylight-saving change (Lord Howe), the southern
  // hemisphere, and a zone that changes at midnight (Santiago).
  const zones = ['Europe/London', 'America/New_York', 'America/St_Johns', 'Asia/Kolkata', 'Asia/Kathmandu', 'Australia/Lord_Howe', 'Pacific/Chatham', 'America/Santiago', 'UTC'];

  it('gives the same date as zonedDate for every instant, every 13 minutes around each change and at random over ten years', () => {
    let seed = 11;
    const next = () => (seed = (seed * 48_271) % 2_147_483_647);
    for (const zone of zones) {
      const dateOf = zonedDater(zone);
      const instants: number[] = [];
      for (let i = 0; i < 400; i++) instants.push(Date.UTC(2020, 0, 1) + (next() % 3650) * 86_400_000 + (next() % 86_400_000));
      // Every 13 minutes from the day before to the day after each UTC day of 2026 whose offset changes.
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        if (offsetMinutes(day, zone) === offsetMinutes(day + 86_399_999, zone)) continue;
        for (let t = day - 86_400_000; t < day + 2 * 86_400_000; t += 13 * 60_000) instants.push(t);
      }
      const wrong = instants.map((ms) => new Date(ms).toISOString()).filter((iso) => dateOf(iso) !== zonedDate(iso, zone));
      expect(wrong, zone).toEqual([]);
    }
  });

  it('counts calendar days across a change: London 2026-03-28 23:30 → 2026-03-30 00:30 is 2 days, in 23 + 24 + 1 hours', () => {
    expect(calendarDays('2026-03-28T23:30:00.000Z', '2026-03-29T23:30:00.000Z', 'Europe/London')).toBe(2);
    expect(calendarDays('2026-03-28T23:30:00.000Z', '2026-03-29T22:30:00.000Z', 'Europe/London')).toBe(1);
    expect(calendarDays('2026-03-28', '2026-03-30T00:30:00.000Z', 'Europe/London')).toBe(2);
  });
});
