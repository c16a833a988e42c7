// Renderer: loads the Interviews screen's groups (today, rest of this week, awaiting feedback, later, past
// and cancelled) with local-time boundaries, and reloads when interviews or applications change.
import { useCallback, useEffect, useState } from 'react';
import type { Interview } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { interviewActions, watchInterviewList } from '../../stores/interviews-actions';
import { localWindows, stateOf } from './interview-labels';
import { useScheduleStore } from '../../stores/schedule-store';

export interface InterviewGroups {
  today: Interview[];
  week: Interview[];
  awaiting: Interview[];
  later: Interview[];
  past: Interview[];
}

export type GroupsState = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; groups: InterviewGroups };

const LIVE = ['scheduled', 'completed'] as const;

export async function loadGroups(now = new Date()): Promise<InterviewGroups> {
  const w = localWindows(now);
  const [today, week, awaiting, later, past, cancelled] = await Promise.all([
    interviewActions.list({ from: w.today, to: w.tomorrow, statuses: [...LIVE] }),
    interviewActions.list({ from: w.tomorrow, to: w.nextWeek, statuses: [...LIVE] }),
    // Marked completed by hand, an interview stops waiting even with a scorecard missing.
    interviewActions.list({ to: w.today, awaitingFeedback: true, statuses: ['scheduled'], order: 'desc' }),
    interviewActions.list({ from: w.nextWeek, statuses: [...LIVE] }),
    interviewActions.list({ to: w.today, order: 'desc', limit: 100 }),
    interviewActions.list({ from: w.today, statuses: ['cancelled'] }),
  ]);
  return {
    today: today.interviews,
    week: week.interviews,
    awaiting: awaiting.interviews,
    later: later.interviews,
    past: [...cancelled.interviews, ...past.interviews.filter((i) => stateOf(i) !== 'awaiting')],
  };
}

export function useInterviewGroups(): { state: GroupsState; reload(): void } {
  const [state, setState] = useState<GroupsState>({ status: 'loading' });
  const saved = useScheduleStore((s) => s.saved);
  const reload = useCallback(() => {
    loadGroups().then(
      (groups) => setState({ status: 'ready', groups }),
      (e: unknown) => setState({ status: 'error', message: errorMessage(e) }),
    );
  }, []);

  useEffect(reload, [reload, saved]);

  // Coming back to the window (perhaps the next day): the groups depend on today's date.
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState === 'visible') reload();
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [reload]);

  useEffect(() => watchInterviewList(reload), [reload]);

  return { state, reload };
}
