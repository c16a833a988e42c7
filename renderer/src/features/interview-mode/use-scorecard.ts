// Renderer: one interviewer's scorecard in interview mode: opened (created on first open), edited locally,
// autosaved, and flushed when the field blurs, the screen closes, the window hides or the page goes away.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Recommendation, Scorecard } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { scorecardActions } from '../../stores/interviews-actions';
import { useRouteStore } from '../../stores/route-store';
import { createScorecardAutosave, type CriterionRating, type SaveStatus, type ScorecardAutosave } from './scorecard-autosave';

export interface ScorecardEditor {
  card: Scorecard;
  status: SaveStatus;
  error: string | null;
  setNotes(notes: string): void;
  setTakeaways(takeaways: string): void;
  setRating(criterionId: string, rating: CriterionRating): void;
  setRecommendation(recommendation: Recommendation | null): void;
  /** The timer's seconds: saved now with `persist`, otherwise with the next save of anything. */
  setElapsed(seconds: number, persist: boolean): void;
  flush(): Promise<void>;
  submit(): Promise<Scorecard>;
}

export type ScorecardState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; editor: ScorecardEditor };

/** Saves on hide and (fire-and-forget, the message leaves before the page goes) on unload. */
function useFlushOnLeave(saver: ScorecardAutosave | null): void {
  useEffect(() => {
    if (!saver) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') void saver.flush();
    };
    const onPageHide = () => {
      const input = saver.pendingInput();
      if (input) void scorecardActions.save(input).catch(() => undefined);
    };
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onPageHide);
    window.addEventListener('beforeunload', onPageHide);
    return () => {
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onPageHide);
      window.removeEventListener('beforeunload', onPageHide);
      void saver.flush().finally(() => saver.dispose());
    };
  }, [saver]);
}

export function useScorecard(interviewId: string, interviewerId: string): ScorecardState {
  const [card, setCard] = useState<Scorecard | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [save, setSave] = useState<{ status: SaveStatus; error: string | null }>({ status: 'saved', error: null });
  const [saver, setSaver] = useState<ScorecardAutosave | null>(null);
  const statusRef = useRef<SaveStatus>('saved');

  useEffect(() => {
    let live = true;
    scorecardActions
      .open(interviewId, interviewerId)
      .then((opened) => {
        if (!live) return;
        setCard(opened);
        const next = createScorecardAutosave({
          scorecardId: opened.id,
          send: (input) => scorecardActions.save(input),
          onStatus: (status, error) => {
            statusRef.current = status;
            setSave({ status, error });
          },
        });
        setSaver(next);
      })
      .catch((e: unknown) => live && setFailure(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [interviewId, interviewerId]);

  useFlushOnLeave(saver);

  // Leaving flushes on the way out; only while saves keep failing would that lose notes: then ask first.
  useEffect(() => {
    const { setGuard } = useRouteStore.getState();
    setGuard(() => statusRef.current === 'error');
    return () => setGuard(null);
  }, []);

  const update = useCallback((fn: (c: Scorecard) => Scorecard) => setCard((c) => (c ? fn(c) : c)), []);
  const editor = useEditor(card?.id ?? null, saver, update);
  if (failure) return { status: 'error', message: failure };
  if (!card || !editor) return { status: 'loading' };
  return { status: 'ready', editor: { ...editor, card, ...save } };
}

type EditorActions = Omit<ScorecardEditor, 'card' | 'status' | 'error'>;

function withRating(c: Scorecard, criterionId: string, rating: CriterionRating): Scorecard {
  return { ...c, ratings: c.ratings.map((r) => (r.criterionId === criterionId ? { ...r, rating } : r)) };
}

function useEditor(cardId: string | null, saver: ScorecardAutosave | null, update: (fn: (c: Scorecard) => Scorecard) => void): EditorActions | null {
  // Stable functions, so the panels that do not show the notes are not re-rendered on every keystroke.
  return useMemo(() => (saver && cardId ? actions(cardId, saver, update) : null), [cardId, saver, update]);
}

function actions(cardId: string, saver: ScorecardAutosave, update: (fn: (c: Scorecard) => Scorecard) => void): EditorActions {
  return {
    // The notes field keeps its own text (so a keystroke re-renders only that field); `card.notes` stays the
    // text the scorecard opened with.
    setNotes: (notes) => saver.type({ notes }),
    setTakeaways: (takeaways) => (update((c) => ({ ...c, takeaways })), saver.type({ takeaways })),
    setRating: (criterionId, rating) => (update((c) => withRating(c, criterionId, rating)), saver.change({ ratings: new Map([[criterionId, rating]]) })),
    setRecommendation: (recommendation) => (update((c) => ({ ...c, recommendation })), saver.change({ recommendation })),
    setElapsed: (elapsedSeconds, persist) => {
      update((c) => ({ ...c, elapsedSeconds }));
      if (persist) saver.change({ elapsedSeconds });
      else saver.stash({ elapsedSeconds });
    },
    flush: () => saver.flush(),
    submit: async () => {
      await saver.flush();
      if (!saver.isClean()) throw new Error('The scorecard is not saved yet; try again in a moment.');
      const submitted = await scorecardActions.submit(cardId);
      update(() => submitted);
      return submitted;
    },
  };
}
