// Renderer: defaults for a new interview: tomorrow at 10:00 in this computer's zone, and the interviewers
// used last time (remembered in localStorage).
import { format } from 'date-fns';
import { durationFields, type ScheduleValues } from './schedule-form';
import { localTimeZone } from './zoned-time';

const LAST_INTERVIEWERS_KEY = 'hirebook.interviews.lastInterviewers';

export function lastInterviewers(): string[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(LAST_INTERVIEWERS_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((n): n is string => typeof n === 'string' && n.trim() !== '').slice(0, 10) : [];
  } catch {
    return [];
  }
}

export function rememberInterviewers(names: string[]): void {
  try {
    localStorage.setItem(LAST_INTERVIEWERS_KEY, JSON.stringify(names));
  } catch {
    // Storage full or blocked: the default is a convenience, scheduling still worked.
  }
}

/** A new interview: tomorrow at 10:00 in this computer's zone, 45 minutes, on site, the last interviewers. */
export function newScheduleValues(now = new Date()): ScheduleValues {
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  const names = lastInterviewers();
  return {
    date: format(tomorrow, 'yyyy-MM-dd'),
    time: '10:00',
    ...durationFields(45),
    kind: 'onsite',
    location: '',
    interviewers: names.length > 0 ? names : [''],
    timeZone: localTimeZone(),
  };
}

