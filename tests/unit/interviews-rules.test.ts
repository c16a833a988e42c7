// Pure interview rules: requirement items from description HTML, the interviewer list diff, "awaiting
// feedback" at its edges, and how many note lines the printed kit gets. Runs in Vitest (Node).
import { describe, expect, it } from 'vitest';
import type { KitItem } from '../../electron/contract';
import { isAwaitingFeedback, planInterviewers } from '../../electron/core/interviews/interviews-rules';
import { noteLines } from '../../electron/core/interviews/kit-html';
import { requirementItems, requirementKey } from '../../electron/core/interviews/kits-rules';

describe('requirement items', () => {
  it('takes every list item of requirements sections as plain text, once, in order', () => {
    const sections = [
      { kind: 'requirements' as const, html: '<p>Intro <strong>not</strong> an item</p><ul><li><p>Lifts <em>25 kg</em> &amp; more</p></li><li><p>  </p></li><li><p>Food handler card.</p></li></ul>' },
      { kind: 'benefits' as const, html: '<ul><li><p>Free bread</p></li></ul>' },
      { kind: 'requirements' as const, html: '<ol><li><p>food handler card</p></li><li><p>Weekends<br>mornings</p><ul><li><p>Saturdays</p></li></ul></li></ol>' },
    ];
    expect(requirementItems(sections)).toEqual(['Lifts 25 kg & more', 'Food handler card.', 'Weekends mornings', 'Saturdays']);
  });

  it('matches regardless of case, spacing and trailing punctuation', () => {
    expect(requirementKey('  Food   handler CARD. ')).toBe(requirementKey('food handler card'));
    expect(requirementKey('Food handler card')).not.toBe(requirementKey('Food handler cards'));
  });
});

describe('interviewer changes', () => {
  it('keeps people by name (ignoring case), adds new ones and lists the removed', () => {
    const plan = planInterviewers([{ id: 'a', name: 'Marisol' }, { id: 'b', name: 'Dev' }], ['dev', 'Kim ']);
    expect(plan).toEqual({ ordered: [{ id: 'b', name: 'dev' }, { id: null, name: 'Kim' }], removed: [{ id: 'a', name: 'Marisol' }] });
    expect(() => planInterviewers([], ['Kim', 'KIM'])).toThrow(/listed twice/);
  });
});

describe('awaiting feedback', () => {
  const facts = { status: 'scheduled' as const, startsAt: '2026-12-01T10:00:00.000Z', interviewers: 2, submitted: 1 };
  it('starts when the interview starts, and ends when every scorecard is in or it is cancelled', () => {
    expect(isAwaitingFeedback(facts, new Date('2026-12-01T09:59:59.999Z'))).toBe(false);
    expect(isAwaitingFeedback(facts, new Date('2026-12-01T10:00:00.000Z'))).toBe(true);
    expect(isAwaitingFeedback({ ...facts, submitted: 2 }, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(isAwaitingFeedback({ ...facts, status: 'cancelled' }, new Date('2026-12-02T00:00:00Z'))).toBe(false);
    expect(isAwaitingFeedback({ ...facts, status: 'completed' }, new Date('2026-12-02T00:00:00Z'))).toBe(true);
  });
});

describe('note lines on the printed kit', () => {
  const item = (n: number, kind: KitItem['kind'] = 'criterion'): KitItem => ({ id: String(n), kind, label: `Item ${n}`, question: '', source: 'owner', position: n });
  const model = (count: number) => ({ companyName: 'Acme', roleTitle: 'Cook', paperSize: 'a4' as const, items: Array.from({ length: count }, (_, n) => item(n)) });
  it('fill the first page for a short kit, fewer as the kit grows, and a block when it runs over', () => {
    const counts = [0, 2, 4, 6].map((n) => noteLines(model(n)));
    expect(counts[0]).toBeGreaterThan(counts[3] ?? 0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    expect(Math.min(...counts)).toBeGreaterThanOrEqual(4);
    expect(noteLines(model(40))).toBe(4);
    expect(noteLines({ ...model(2), paperSize: 'letter' })).toBeLessThan(noteLines(model(2)));
  });
});
