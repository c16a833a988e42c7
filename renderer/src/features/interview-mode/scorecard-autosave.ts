// Renderer: autosave for one scorecard: typed text debounced (with a max wait, so it is stored within a
// second), ratings at once; one save in flight at a time and strictly in order; retried with back-off.
import type { Recommendation, ScorecardRating, ScorecardSaveInput } from '../../../../electron/contract';

/** Quiet time after the last keystroke before saving. */
export const NOTES_DEBOUNCE_MS = 300;
/**
 * Longest a typed change waits while typing goes on. Half a second leaves the other half of the promised
 * second for the save itself on a busy laptop: at 800 ms, a save that took 300 ms under load (two test
 * suites on two cores) lost the last two characters typed more than a second before a kill.
 */
export const NOTES_MAX_WAIT_MS = 500;
const FIRST_RETRY_MS = 500;
const MAX_RETRY_MS = 8000;

/** 1–4, or null for "not assessed". */
export type CriterionRating = ScorecardRating['rating'];

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error';

export interface ScorecardPatch {
  ratings?: Map<string, CriterionRating>;
  notes?: string;
  recommendation?: Recommendation | null;
  takeaways?: string;
  elapsedSeconds?: number;
}

export interface AutosaveOptions {
  scorecardId: string;
  send(input: ScorecardSaveInput): Promise<unknown>;
  onStatus(status: SaveStatus, error: string | null): void;
}

function isEmpty(p: ScorecardPatch): boolean {
  return p.ratings === undefined && p.notes === undefined && p.recommendation === undefined && p.takeaways === undefined && p.elapsedSeconds === undefined;
}

/** `newer` wins field by field; ratings merge per criterion. */
function merge(older: ScorecardPatch, newer: ScorecardPatch): ScorecardPatch {
  const ratings = older.ratings || newer.ratings ? new Map([...(older.ratings ?? []), ...(newer.ratings ?? [])]) : undefined;
  const out: ScorecardPatch = { ...older, ...newer };
  if (ratings) out.ratings = ratings;
  return out;
}

function toInput(scorecardId: string, p: ScorecardPatch): ScorecardSaveInput {
  const { ratings, ...rest } = p;
  const input: ScorecardSaveInput = { scorecardId, ...rest };
  if (ratings) input.ratings = [...ratings].map(([criterionId, rating]) => ({ criterionId, rating }));
  return input;
}

export interface ScorecardAutosave {
  /** Typed text (notes, take-aways): saved after a pause, or at the latest NOTES_MAX_WAIT_MS after the first unsaved change. */
  type(patch: Pick<ScorecardPatch, 'notes' | 'takeaways'>): void;
  /** A choice (rating, recommendation, timer): saved at once, after anything queued before it. */
  change(patch: ScorecardPatch): void;
  /** Rides along with the next save, never causes one (the timer's seconds between its own saves). */
  stash(patch: ScorecardPatch): void;
  /** Saves everything now; resolves when it is stored (or the save failed and a retry is scheduled). */
  flush(): Promise<void>;
  /** Everything typed so far is stored. */
  isClean(): boolean;
  /** The last unsaved notes, for a best-effort save as the window goes away. */
  pendingInput(): ScorecardSaveInput | null;
  dispose(): void;
}

export function createScorecardAutosave({ scorecardId, send, onStatus: report }: AutosaveOptions): ScorecardAutosave {
  let pending: ScorecardPatch = {};
  let extra: ScorecardPatch = {};
  let shown: SaveStatus = 'saved';
  // Told only when the state changes: typing must not re-render the screen on every keystroke.
  const onStatus = (status: SaveStatus, error: string | null) => {
    if (status === shown && status !== 'error') return;
    shown = status;
    report(status, error);
  };
  let sending: Promise<void> | null = null;
  let debounce: ReturnType<typeof setTimeout> | null = null;
  let maxWait: ReturnType<typeof setTimeout> | null = null;
  let retry: ReturnType<typeof setTimeout> | null = null;
  let retryMs = 0;
  let disposed = false;

  const clearTimers = () => {
    for (const t of [debounce, maxWait, retry]) if (t !== null) clearTimeout(t);
    debounce = maxWait = retry = null;
  };

  // One loop sends patches one after another; a choice made meanwhile goes in the next turn, in order,
  // while text typed meanwhile waits for its own debounce.
  const loop = async (): Promise<void> => {
    while (!isEmpty(pending) && !disposed && debounce === null && maxWait === null) {
      const patch = merge(extra, pending);
      pending = {};
      extra = {};
      onStatus('saving', null);
      try {
        await send(toInput(scorecardId, patch));
        retryMs = 0;
      } catch (error) {
        pending = merge(patch, pending);
        retryMs = Math.min(MAX_RETRY_MS, retryMs ? retryMs * 2 : FIRST_RETRY_MS);
        onStatus('error', error instanceof Error ? error.message : 'The save failed');
        if (!disposed) retry = setTimeout(() => void flush(), retryMs);
        return;
      }
    }
    if (!disposed) onStatus(isEmpty(pending) ? 'saved' : 'pending', null);
  };

  const flush = (): Promise<void> => {
    clearTimers();
    if (sending) return sending.then(() => (isEmpty(pending) || retry !== null ? undefined : flush()));
    if (isEmpty(pending)) return Promise.resolve();
    sending = loop().finally(() => {
      sending = null;
    });
    return sending;
  };

  return {
    type(patch) {
      pending = merge(pending, patch);
      if (retry !== null) return; // Failing: the back-off timer decides when to try again.
      onStatus('pending', null);
      if (debounce !== null) clearTimeout(debounce);
      debounce = setTimeout(() => void flush(), NOTES_DEBOUNCE_MS);
      maxWait ??= setTimeout(() => void flush(), NOTES_MAX_WAIT_MS);
    },
    change(patch) {
      pending = merge(pending, patch);
      if (retry === null) void flush();
    },
    stash(patch) {
      extra = merge(extra, patch);
    },
    flush,
    isClean: () => isEmpty(pending) && sending === null,
    pendingInput: () => {
      const all = merge(extra, pending);
      return isEmpty(all) ? null : toInput(scorecardId, all);
    },
    dispose() {
      disposed = true;
      clearTimers();
    },
  };
}
