// The backup at quit (electron/main/quit-backup.ts) with fake timers and a fake dispatch: a quick backup
// quits after it, a slow one is cancelled at the limit and then quits, one that is not due quits at once,
// and the before-quit of the real quit passes through. Runs in Vitest (Node).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QuitBackup, Result } from '../../electron/contract';
import { createQuitBackup, type QuitEvent } from '../../electron/main/quit-backup';

const LIMIT = 10_000;
const JOB = '00000000-0000-4000-8000-000000000001';

interface Deferred {
  resolve(result: Result<unknown>): void;
}

function setup(options: { cancelGraceMs?: number } = {}) {
  const calls: { channel: string; input: unknown }[] = [];
  const pending: Deferred[] = [];
  const sent: QuitBackup[] = [];
  const log: string[] = [];
  let quits = 0;
  const onBeforeQuit = createQuitBackup({
    dispatch: (channel, input) => {
      calls.push({ channel, input });
      if (channel === 'backup:cancel') return Promise.resolve({ ok: true, value: { cancelled: true } });
      return new Promise((resolve) => pending.push({ resolve }));
    },
    broadcast: (_event, payload) => void sent.push(payload),
    quit: () => void (quits += 1),
    newJobId: () => JOB,
    limitMs: LIMIT,
    ...(options.cancelGraceMs === undefined ? {} : { cancelGraceMs: options.cancelGraceMs }),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (timer) => clearTimeout(timer),
    log: { info: (...args) => void log.push(args.join(' ')), warn: (...args) => void log.push(args.join(' ')) },
  });
  const quitEvent = () => {
    const event: QuitEvent & { prevented: boolean } = { prevented: false, preventDefault: () => void (event.prevented = true) };
    onBeforeQuit(event);
    return event;
  };
  return { calls, pending, sent, log, quitEvent, quits: () => quits };
}

const made = (path: string | null): Result<unknown> => ({ ok: true, value: { path, removed: [], secondCopy: null, warning: null } });

describe('the backup at quit', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('holds the first quit, runs backup:auto {reason: quit} and quits once it is made', async () => {
    const t = setup();
    expect(t.quitEvent().prevented).toBe(true);
    expect(t.calls).toEqual([{ channel: 'backup:auto', input: { reason: 'quit', jobId: JOB } }]);
    expect(t.sent).toEqual([{ state: 'running', jobId: JOB, limitMs: LIMIT }]);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(t.quits()).toBe(0);
    t.pending[0]?.resolve(made('/data/backups/auto-x.hirebook-backup'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.sent.at(-1)).toEqual({ state: 'done', jobId: JOB, limitMs: LIMIT });
    expect(t.quits()).toBe(1);
    // The limit was cleared: nothing is cancelled later, and nothing quits twice.
    await vi.advanceTimersByTimeAsync(LIMIT * 2);
    expect(t.calls.map((c) => c.channel)).toEqual(['backup:auto']);
    expect(t.quits()).toBe(1);
  });

  it('the before-quit of the real quit passes through; a second quit while the backup runs is held', async () => {
    const t = setup();
    t.quitEvent();
    expect(t.quitEvent().prevented).toBe(true);
    expect(t.calls).toHaveLength(1);
    t.pending[0]?.resolve(made(null));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.quits()).toBe(1);
    expect(t.quitEvent().prevented).toBe(false);
    expect(t.calls).toHaveLength(1);
    expect(t.sent.map((s) => s.state)).toEqual(['running', 'done']);
  });

  it('quits at once when no backup was due (path null)', async () => {
    const t = setup();
    t.quitEvent();
    t.pending[0]?.resolve(made(null));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.quits()).toBe(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('stops a slow backup with backup:cancel at the limit, waits for it to end, then quits', async () => {
    const t = setup();
    t.quitEvent();
    await vi.advanceTimersByTimeAsync(LIMIT - 1);
    expect(t.calls.map((c) => c.channel)).toEqual(['backup:auto']);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.calls.at(-1)).toEqual({ channel: 'backup:cancel', input: { jobId: JOB } });
    expect(t.quits()).toBe(0);
    t.pending[0]?.resolve({ ok: false, error: { code: 'unavailable', message: 'The backup was cancelled.' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.quits()).toBe(1);
    expect(t.sent.map((s) => s.state)).toEqual(['running', 'done']);
    expect(t.log.join('\n')).toMatch(/made at the next start/);
  });

  it('quits anyway when a cancelled backup does not end within the grace', async () => {
    const t = setup({ cancelGraceMs: 2_000 });
    t.quitEvent();
    await vi.advanceTimersByTimeAsync(LIMIT + 1_999);
    expect(t.quits()).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(t.quits()).toBe(1);
    // Ending late changes nothing.
    t.pending[0]?.resolve(made('/late'));
    await vi.advanceTimersByTimeAsync(0);
    expect(t.quits()).toBe(1);
    expect(t.sent.map((s) => s.state)).toEqual(['running', 'done']);
  });

  it('quits when the backup answers an error (busy, conflict) and logs it', async () => {
    const t = setup();
    t.quitEvent();
    t.pending[0]?.resolve({ ok: false, error: { code: 'conflict', message: 'A restore is waiting to be finished' } });
    await vi.advanceTimersByTimeAsync(0);
    expect(t.quits()).toBe(1);
    expect(t.log.join('\n')).toMatch(/did not run: conflict/);
  });
});
