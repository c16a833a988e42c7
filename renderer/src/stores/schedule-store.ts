// Renderer: which interview the schedule dialog is open for (a new one for an application, or a reschedule);
// any screen opens it, the one dialog host in the app shell shows it.
import { create } from 'zustand';
import type { Interview } from '../../../electron/contract';

export type ScheduleTarget =
  | { mode: 'new'; applicationId: string; candidateName: string; roleTitle?: string }
  | { mode: 'reschedule'; interview: Interview };

interface ScheduleState {
  target: ScheduleTarget | null;
  /** The "which candidate?" step before a new interview, when no application was at hand (Ctrl+N on Interviews). */
  picking: boolean;
  /** Bumped after each successful save, so open screens can reload. */
  saved: number;
}

export const useScheduleStore = create<ScheduleState>(() => ({ target: null, picking: false, saved: 0 }));

export function openSchedule(target: ScheduleTarget): void {
  useScheduleStore.setState({ target, picking: false });
}

/** Asks which candidate (and which of their roles) first, then opens the schedule dialog for it. */
export function pickForSchedule(open: boolean): void {
  useScheduleStore.setState({ picking: open });
}

export function closeSchedule(saved: boolean): void {
  useScheduleStore.setState((s) => ({ target: null, saved: saved ? s.saved + 1 : s.saved }));
}
