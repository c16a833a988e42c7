// Renderer: what can happen to the application after a submitted scorecard: its current and next stage (from
// the role's pipeline), and moving or rejecting it, each recorded in the application's history by the core.
import { useCallback, useEffect, useState } from 'react';
import type { Interview, PipelineStage } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { applicationActions } from '../../stores/pipeline-store';

export type Outcome = { kind: 'moved'; stageName: string } | { kind: 'rejected' } | { kind: 'kept'; stageName: string };

export interface NextStep {
  status: 'loading' | 'ready' | 'error';
  error: string | null;
  /** The application's stage now, and the one after it (null at the end of the pipeline). */
  current: PipelineStage | null;
  next: PipelineStage | null;
  /** The application is still on the board (not rejected, withdrawn or hired). */
  active: boolean;
  outcome: Outcome | null;
  /** Each resolves to its undo: the application back in its stage, active, and the choices offered again. */
  move(): Promise<() => Promise<void>>;
  reject(reasonId: string, note: string): Promise<() => Promise<void>>;
  keep(): void;
}

export function useNextStep(interview: Interview): NextStep {
  const [stages, setStages] = useState<{ current: PipelineStage | null; next: PipelineStage | null } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const { roleId, applicationId } = interview;

  useEffect(() => {
    let live = true;
    applicationActions
      .board(roleId, applicationId)
      .then((p) => {
        if (!live) return;
        const card = p.cards.find((c) => c.applicationId === applicationId);
        const index = card ? p.stages.findIndex((s) => s.id === card.stageId) : -1;
        setStages({ current: p.stages[index] ?? null, next: index >= 0 ? (p.stages[index + 1] ?? null) : null });
      })
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [roleId, applicationId]);

  const target = stages?.next;
  const from = stages?.current;
  const move = useCallback(async () => {
    if (!target || !from) return async () => undefined;
    await applicationActions.move(applicationId, target.id);
    setOutcome({ kind: 'moved', stageName: target.name });
    return async () => {
      await applicationActions.move(applicationId, from.id);
      setOutcome(null);
    };
  }, [target, from, applicationId]);

  const reject = useCallback(
    async (reasonId: string, note: string) => {
      await applicationActions.reject({ applicationIds: [applicationId], reasonId, ...(note.trim() ? { note: note.trim() } : {}) });
      setOutcome({ kind: 'rejected' });
      return async () => {
        await applicationActions.reactivate(applicationId);
        setOutcome(null);
      };
    },
    [applicationId],
  );

  const keepName = stages?.current?.name ?? interview.stageName;
  const keep = useCallback(() => setOutcome({ kind: 'kept', stageName: keepName }), [keepName]);

  return {
    status: error ? 'error' : stages ? 'ready' : 'loading',
    error,
    current: stages?.current ?? null,
    next: stages?.next ?? null,
    active: interview.applicationStatus === 'active' && Boolean(stages?.current),
    outcome,
    move,
    reject,
    keep,
  };
}
