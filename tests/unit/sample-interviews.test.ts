// Unit tests (Vitest, Node): the sample bakery's "later today" interview stays on today's date on this computer's
// clock at any hour, so the Interviews screen's Today group always has it after a sample load (a UI spec run a few
// minutes before midnight found it empty: the interview had moved to tomorrow).
import { describe, expect, it } from 'vitest';
import { laterToday } from '../../electron/core/sample/sample-interviews';

/** Local wall-clock time today (the computer's zone, as the app shows days). */
const at = (hour: number, minute: number, second = 0): Date => new Date(2026, 11, 7, hour, minute, second);

describe('the sample interview later today', () => {
  it('is two hours on, at the next half hour, in the day', () => {
    expect(laterToday(at(9, 10))).toEqual(at(11, 30));
  });

  it('comes sooner in the evening: five minutes on, on the next five', () => {
    expect(laterToday(at(22, 41))).toEqual(at(22, 50));
  });

  it('stays today in the last minutes of the day, at its last whole minute', () => {
    for (const now of [at(23, 52), at(23, 55, 30), at(23, 59, 59)]) {
      const when = laterToday(now);
      expect(when.toDateString()).toBe(now.toDateString());
      expect(when).toEqual(at(23, 59));
    }
  });
});
