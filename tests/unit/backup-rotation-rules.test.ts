// The automatic backups' rotation rule: 7 daily, 4 weekly, 6 monthly, within a disk budget, never the
// newest dropped. Runs in Vitest (pure).
import { describe, expect, it } from 'vitest';
import { archivesToKeep, defaultBudget, DEFAULT_ROTATION, type ArchiveInfo } from '../../electron/core/backup/backup-rotation-rules';

const GB = 1024 ** 3;

/** One archive a day at 18:00 UTC for `days` days up to 2026-12-06 (a Sunday). */
function daily(days: number, bytes = 1000): ArchiveInfo[] {
  return Array.from({ length: days }, (_, i) => {
    const createdAt = new Date(Date.UTC(2026, 11, 6 - i, 18));
    return { name: createdAt.toISOString().slice(0, 10), createdAt, bytes };
  });
}

describe('archivesToKeep', () => {
  it('keeps the last 7 days, then one per week for 4 weeks and one per month for 6 months', () => {
    const kept = archivesToKeep(daily(400), { ...DEFAULT_ROTATION, budgetBytes: 5 * GB });
    expect(kept.slice(0, 7)).toEqual(['2026-12-06', '2026-12-05', '2026-12-04', '2026-12-03', '2026-12-02', '2026-12-01', '2026-11-30']);
    // Weeks start on Monday: the newest of the weeks of Nov 30 (already kept), Nov 23, Nov 16 and Nov 9.
    expect(kept).toEqual(expect.arrayContaining(['2026-11-29', '2026-11-22', '2026-11-15']));
    // Months: Dec (kept), Nov, Oct, Sep, Aug, Jul — the newest of each.
    expect(kept).toEqual(expect.arrayContaining(['2026-10-31', '2026-09-30', '2026-08-31', '2026-07-31']));
    expect(kept).not.toContain('2026-06-30');
    expect(new Set(kept).size).toBe(kept.length);
    expect(kept.length).toBeLessThanOrEqual(7 + 4 + 6);
  });

  it('keeps the newest of several archives on one day', () => {
    const morning = { name: 'a', createdAt: new Date('2026-12-06T08:00:00Z'), bytes: 1 };
    const evening = { name: 'b', createdAt: new Date('2026-12-06T20:00:00Z'), bytes: 1 };
    expect(archivesToKeep([morning, evening], { ...DEFAULT_ROTATION, budgetBytes: 100 })).toEqual(['b']);
  });

  it('drops the oldest kept archives to fit the budget, but never the newest', () => {
    expect(archivesToKeep(daily(10, 100), { ...DEFAULT_ROTATION, budgetBytes: 350 })).toEqual(['2026-12-06', '2026-12-05', '2026-12-04']);
    expect(archivesToKeep(daily(3, 1000), { ...DEFAULT_ROTATION, budgetBytes: 10 })).toEqual(['2026-12-06']);
    expect(archivesToKeep([], { ...DEFAULT_ROTATION, budgetBytes: 10 })).toEqual([]);
  });

  it('budgets 5 GB or a tenth of the free space, whichever is less', () => {
    expect(defaultBudget(100 * GB)).toBe(5 * GB);
    expect(defaultBudget(20 * GB)).toBe(2 * GB);
    expect(defaultBudget(0)).toBe(0);
  });
});
