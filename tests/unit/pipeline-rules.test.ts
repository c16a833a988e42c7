// Pure pipeline rules: midpoint positions and when to renumber, stage-list plans (hired stays last,
// unknown ids and duplicate names refused), and time in stage. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import { daysSince, msInStages } from '../../electron/core/applications/applications-rules';
import { MIN_GAP, POSITION_STEP, evenPositions, planStages, positionBetween } from '../../electron/core/pipeline/pipeline-rules';

describe('positionBetween', () => {
  it('splits the gap, extends the ends, and asks for a renumber when the gap is tiny', () => {
    expect(positionBetween(null, null)).toBe(POSITION_STEP);
    expect(positionBetween(1024, null)).toBe(2048);
    expect(positionBetween(null, 1024)).toBe(0);
    expect(positionBetween(1024, 2048)).toBe(1536);
    expect(positionBetween(1, 1 + MIN_GAP)).toBeNull();
    expect(evenPositions(3)).toEqual([1024, 2048, 3072]);
  });
});

describe('planStages', () => {
  const current = [
    { id: 'a', name: 'Applied', kind: 'active' as const, wait_days: 3 },
    { id: 's', name: 'Screening', kind: 'active' as const, wait_days: null },
    { id: 'h', name: 'Hired', kind: 'hired' as const, wait_days: null },
  ];
  let n = 0;
  const newId = () => `new-${(n += 1)}`;

  it('keeps hired last, adds new stages and lists removed ones', () => {
    const plan = planStages(current, [{ id: 'h', name: 'Hired' }, { name: 'Trial' }, { id: 'a', name: 'New' }], newId);
    expect(plan.order.map((s) => s.name)).toEqual(['Trial', 'New', 'Hired']);
    expect(plan.order[0]?.isNew).toBe(true);
    expect(plan.removed.map((s) => s.id)).toEqual(['s']);
  });

  it("keeps a stage's waiting limit unless one is given, and a new stage has the default unless given", () => {
    const kept = planStages(current, [{ id: 'a', name: 'Applied' }, { id: 's', name: 'Screening', waitDays: 10 }, { name: 'Trial', waitDays: 2 }, { name: 'Offer' }, { id: 'h', name: 'Hired' }], newId);
    expect(kept.order.map((s) => [s.name, s.waitDays])).toEqual([['Applied', 3], ['Screening', 10], ['Trial', 2], ['Offer', null], ['Hired', null]]);
    const cleared = planStages(current, [{ id: 'a', name: 'Applied', waitDays: null }, { id: 's', name: 'Screening' }, { id: 'h', name: 'Hired' }], newId);
    expect(cleared.order.map((s) => s.waitDays)).toEqual([null, null, null]);
  });

  it('refuses unknown ids, repeated ids, duplicate names and a missing hired stage', () => {
    expect(() => planStages(current, [{ id: 'zzz', name: 'X' }, { id: 'h', name: 'Hired' }], newId)).toThrow(/not part of the role/);
    expect(() => planStages(current, [{ id: 'a', name: 'X' }, { id: 'a', name: 'Y' }, { id: 'h', name: 'Hired' }], newId)).toThrow(/not part of the role/);
    expect(() => planStages(current, [{ id: 'a', name: 'Same' }, { name: ' same ' }, { id: 'h', name: 'H' }], newId)).toThrow(/already a stage/);
    expect(() => planStages(current, [{ id: 'a', name: 'A' }, { id: 's', name: 'S' }], newId)).toThrow(/hired stage cannot be removed/);
  });
});

describe('time in stage', () => {
  it('runs each event until the next one, the last until now', () => {
    const now = new Date('2026-01-10T00:00:00.000Z');
    const events = [
      { id: '1', toStageId: 'a', at: '2026-01-01T00:00:00.000Z' },
      { id: '2', toStageId: 'b', at: '2026-01-04T00:00:00.000Z' },
    ];
    expect(msInStages(events, now)).toEqual([3 * 86_400_000, 6 * 86_400_000]);
    expect(daysSince('2026-01-08T12:00:00.000Z', now)).toBe(1);
    expect(daysSince('2026-02-01T00:00:00.000Z', now)).toBe(0);
  });
});
