// Renderer: loads one interview with its kit and scorecards, and reloads it when interviews change elsewhere.
import { useCallback, useEffect, useState } from 'react';
import type { InterviewDetail } from '../../../../electron/contract';
import { ApiError, errorMessage } from '../../api/client';
import { interviewActions, watchInterview } from '../../stores/interviews-actions';
import { useScheduleStore } from '../../stores/schedule-store';

export type DetailState = { status: 'loading' } | { status: 'missing' } | { status: 'error'; message: string } | { status: 'ready'; detail: InterviewDetail };

export function useInterview(id: string): { state: DetailState; reload(): void } {
  const [state, setState] = useState<DetailState>({ status: 'loading' });
  const saved = useScheduleStore((s) => s.saved);
  const reload = useCallback(() => {
    interviewActions.get(id).then(
      (detail) => setState({ status: 'ready', detail }),
      (e: unknown) => setState(e instanceof ApiError && e.code === 'not_found' ? { status: 'missing' } : { status: 'error', message: errorMessage(e) }),
    );
  }, [id]);
  useEffect(reload, [reload, saved]);
  useEffect(() => watchInterview(reload), [reload]);
  return { state, reload };
}
