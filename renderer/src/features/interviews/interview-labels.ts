// Renderer: words, icons and formatting for interviews (kind, status, when), and the local-time windows
// the Interviews screen lists (today, the rest of this week, later).
import { addDays, addWeeks, startOfDay, startOfWeek } from 'date-fns';
import { formatTimeRange } from '../../lib/dates';
import { Building2, Phone, Video, type LucideIcon } from 'lucide-react';
import type { Interview, InterviewKind } from '../../../../electron/contract';

export const KIND_LABELS: Record<InterviewKind, string> = { phone: 'Phone', video: 'Video', onsite: 'On site' };
export const KIND_ICONS: Record<InterviewKind, LucideIcon> = { phone: Phone, video: Video, onsite: Building2 };
/** What the place-or-link field is called for each kind. */
export const LOCATION_LABELS: Record<InterviewKind, string> = { phone: 'Phone number', video: 'Video link', onsite: 'Place' };
export const LOCATION_HINTS: Record<InterviewKind, string> = {
  phone: 'The number to call, or who calls whom.',
  video: 'Paste the meeting link; it goes into the calendar file.',
  onsite: 'Where to meet, e.g. “Back office, 12 Harbour St”.',
};

export type InterviewState = 'scheduled' | 'awaiting' | 'completed' | 'cancelled';
export const STATE_LABELS: Record<InterviewState, string> = {
  scheduled: 'Scheduled',
  awaiting: 'Awaiting feedback',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

export function stateOf(interview: Pick<Interview, 'status' | 'awaitingFeedback'>): InterviewState {
  if (interview.status === 'scheduled' && interview.awaitingFeedback) return 'awaiting';
  return interview.status;
}

/** An interview's times, "14:00–14:45", in this computer's local time and locale (lib/dates.ts). */
export function interviewTimes(interview: Pick<Interview, 'startsAt' | 'endsAt'>): string {
  return formatTimeRange(interview.startsAt, interview.endsAt);
}

export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}

export function interviewersText(interview: Pick<Interview, 'interviewers'>): string {
  return interview.interviewers.map((i) => i.name).join(', ');
}

/** Local-time boundaries (as UTC ISO strings) for the list's groups; weeks start on Monday. */
export interface Windows {
  today: string;
  tomorrow: string;
  nextWeek: string;
}

export function localWindows(now: Date): Windows {
  const today = startOfDay(now);
  const nextWeek = addWeeks(startOfWeek(today, { weekStartsOn: 1 }), 1);
  return { today: today.toISOString(), tomorrow: addDays(today, 1).toISOString(), nextWeek: nextWeek.toISOString() };
}
