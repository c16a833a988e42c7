// Vitest (Node): interview mode's scorecard autosave: typed text saved after a pause or within the max wait,
// ratings at once, one save in flight at a time and in order, failures retried with everything kept.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScorecardSaveInput } from '../../electron/contract';
import {
  NOTES_DEBOUNCE_MS,
  NOTES_MAX_WAIT_MS,
  createScorecardAutosave,
  type SaveStatus,
} from '../../renderer/src/features/interview-mode/scorecard-autosave';

interface Harness {
  sent: ScorecardSaveInput[];
  statuses: SaveStatus[];
  /** Resolve or reject the oldest save still in flight. */
  finish(ok?: boolean): Promise<void>;
  inFlight(): number;
}

function setup(): Harness & { saver: ReturnType<typeof createScorecardAutosave> } {
  const sent: ScorecardSaveInput[] = [];
  const statuses: SaveStatus[] = [];
  const open: { resolve(): void; reject(e: Error): void }[] = [];
  const saver = createScorecardAutosave({
    scorecardId: 'card-1',
    send: (input) =>
      new Promise<void>((resolve, reject) => {
        sent.push(input);
        open.push({ resolve, reject });
      }),
    onStatus: (s) => statuses.push(s),
  });
  return {
    saver,
    sent,
    statuses,
    inFlight: () => open.length,
    async finish(ok = true) {
      const next = open.shift();
      if (!next) throw new Error('nothing in flight');
      if (ok) next.resolve();
      else next.reject(new Error('disk unplugged'));
      await vi.advanceTimersByTimeAsync(0);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('scorecard autosave', () => {
  it('saves typed notes after a pause, as one save with the latest text', async () => {
    const h = setup();
    h.saver.type({ notes: 'G' });
    h.saver.type({ notes: 'Go' });
    h.saver.type({ notes: 'Good' });
    await vi.advanceTimersByTimeAsync(NOTES_DEBOUNCE_MS - 1);
    expect(h.sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toEqual([{ scorecardId: 'card-1', notes: 'Good' }]);
    await h.finish();
    expect(h.statuses.at(-1)).toBe('saved');
    expect(h.saver.isClean()).toBe(true);
  });

  it('saves within the max wait while typing never pauses', async () => {
    const h = setup();
    let text = '';
    for (let t = 0; t < NOTES_MAX_WAIT_MS; t += 100) {
      text += 'x';
      h.saver.type({ notes: text });
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(h.sent).toHaveLength(1);
    expect(h.sent[0]?.notes).toBe(text);
  });

  it('keeps one save in flight and sends later changes afterwards, in order', async () => {
    const h = setup();
    h.saver.change({ ratings: new Map([['c1', 3]]) });
    expect(h.inFlight()).toBe(1);
    h.saver.change({ ratings: new Map([['c1', 4]]) });
    h.saver.change({ ratings: new Map([['c2', null]]) });
    expect(h.inFlight()).toBe(1);
    await h.finish();
    expect(h.sent.map((s) => s.ratings)).toEqual([
      [{ criterionId: 'c1', rating: 3 }],
      [
        { criterionId: 'c1', rating: 4 },
        { criterionId: 'c2', rating: null },
      ],
    ]);
    await h.finish();
    expect(h.saver.isClean()).toBe(true);
  });

  it('retries a failed save with back-off, keeping newer text over the failed one', async () => {
    const h = setup();
    h.saver.type({ notes: 'first' });
    await vi.advanceTimersByTimeAsync(NOTES_DEBOUNCE_MS);
    await h.finish(false);
    expect(h.statuses.at(-1)).toBe('error');
    h.saver.type({ notes: 'first and more' });
    h.saver.change({ recommendation: 'yes' });
    // Failing: nothing is sent until the back-off timer fires (0.5 s, then 1 s).
    await vi.advanceTimersByTimeAsync(499);
    expect(h.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent).toHaveLength(2);
    expect(h.sent[1]).toEqual({ scorecardId: 'card-1', notes: 'first and more', recommendation: 'yes' });
    await h.finish(false);
    await vi.advanceTimersByTimeAsync(999);
    expect(h.sent).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(1);
    expect(h.sent[2]).toEqual(h.sent[1]);
    await h.finish();
    expect(h.statuses.at(-1)).toBe('saved');
    expect(h.saver.isClean()).toBe(true);
  });

  it('flush sends at once and resolves when stored', async () => {
    const h = setup();
    h.saver.type({ takeaways: 'Strong on latte art' });
    const done = h.saver.flush();
    expect(h.sent).toEqual([{ scorecardId: 'card-1', takeaways: 'Strong on latte art' }]);
    await h.finish();
    await done;
    expect(h.saver.isClean()).toBe(true);
    expect(h.saver.pendingInput()).toBeNull();
  });

  it('sends stashed values with the next save, never on their own', async () => {
    const h = setup();
    h.saver.stash({ elapsedSeconds: 42 });
    await vi.advanceTimersByTimeAsync(NOTES_MAX_WAIT_MS * 2);
    expect(h.sent).toEqual([]);
    expect(h.saver.pendingInput()).toEqual({ scorecardId: 'card-1', elapsedSeconds: 42 });
    h.saver.type({ notes: 'Hi' });
    await vi.advanceTimersByTimeAsync(NOTES_DEBOUNCE_MS);
    expect(h.sent).toEqual([{ scorecardId: 'card-1', elapsedSeconds: 42, notes: 'Hi' }]);
    await h.finish();
    expect(h.saver.pendingInput()).toBeNull();
  });
});
