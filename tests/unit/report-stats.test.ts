// The reports' spread (median, quartiles as PERCENTILE.INC, min, max) of a list and of counted values: the
// counted form gives exactly the figures of the list written out. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { spread, spreadOfCounts } from '../../electron/core/reports/report-stats-rules';

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
