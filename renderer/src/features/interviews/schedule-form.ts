// Renderer (pure, also unit-tested in Node): the schedule dialog's form model: prefill from an interview
// being rescheduled, and turning the form into a checked contract input.
import { InterviewScheduleInput, type Interview, type InterviewKind } from '../../../../electron/contract';
import { utcToZoned, zonedToUtcIso } from './zoned-time';

export interface ScheduleValues {
  date: string;
  time: string;
  /** A preset number of minutes as text, or 'custom'. */
  duration: string;
  customMinutes: string;
  kind: InterviewKind;
  location: string;
  interviewers: string[];
  timeZone: string;
}

export type ScheduleErrors = Record<string, string>;

export const DURATION_PRESETS = [15, 30, 45, 60, 90, 120];

/** A length as the form holds it: a preset, or "Other length…" with the minutes typed. */
export function durationFields(minutes: number): Pick<ScheduleValues, 'duration' | 'customMinutes'> {
  return DURATION_PRESETS.includes(minutes) ? { duration: String(minutes), customMinutes: '' } : { duration: 'custom', customMinutes: String(minutes) };
}

export function valuesFromInterview(interview: Interview): ScheduleValues {
  const { date, time } = utcToZoned(interview.startsAt, interview.timeZone);
  return {
    date,
    time,
    ...durationFields(interview.durationMinutes),
    kind: interview.kind,
    location: interview.location,
    interviewers: interview.interviewers.map((i) => i.name),
    timeZone: interview.timeZone,
  };
}

/** Issue paths as the form's field keys: "interviewers.1", "durationMinutes", "startsAt". */
export function issueErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): ScheduleErrors {
  const errors: ScheduleErrors = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || 'form';
    if (!(key in errors)) errors[key] = issue.message;
  }
  return errors;
}

type Checked = { ok: true; input: Omit<InterviewScheduleInput, 'applicationId'> } | { ok: false; errors: ScheduleErrors };

/** Checks the form with the contract's own schema (plus date and time, which the form owns). */
export function checkSchedule(values: ScheduleValues, applicationId: string): Checked {
  const errors: ScheduleErrors = {};
  if (!values.date) errors.date = 'Choose a date';
  if (!values.time) errors.time = 'Choose a time';
  const startsAt = values.date && values.time ? zonedToUtcIso(values.date, values.time, values.timeZone) : null;
  if (values.date && values.time && !startsAt) errors.date = 'Use a real date and time';
  const minutes = values.duration === 'custom' ? Number(values.customMinutes.trim() || NaN) : Number(values.duration);
  const parsed = InterviewScheduleInput.safeParse({
    applicationId,
    startsAt: startsAt ?? new Date(0).toISOString(),
    durationMinutes: Number.isNaN(minutes) ? -1 : minutes,
    timeZone: values.timeZone,
    kind: values.kind,
    location: values.location,
    interviewers: values.interviewers,
  });
  if (!parsed.success) Object.assign(errors, issueErrors(parsed.error.issues), errors);
  if (values.duration === 'custom' && Number.isNaN(minutes)) errors.durationMinutes = 'Enter the length in minutes';
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  const { applicationId: _omit, ...input } = parsed.data;
  void _omit;
  return { ok: true, input };
}
