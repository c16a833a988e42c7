// Booking and changing interviews: schedule, reschedule, change details or interviewers, cancel or
// complete, each with its activity entry on the application (so the candidate timeline shows it).
// Runs in plain Node inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { InterviewScheduleInput, InterviewUpdateInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import type { Db } from '../db/open-database';
import { DomainError } from '../errors';
import { roleTitleOf } from '../applications/applications-repo';
import { mustGetApplication } from '../applications/applications-service';
import { mustNotBeAnonymised } from '../candidates/candidates-service';
import {
  deleteInterviewer,
  insertInterview,
  insertInterviewer,
  mustGetInterviewRow,
  saveInterview,
  storedInterviewers,
  updateInterviewer,
  type InterviewRow,
} from './interviews-repo';
import { canonicalInstant, canonicalZone, checkDistinctNames, planInterviewers } from './interviews-rules';
import { dropBlankScorecard, settleCompletion } from './scorecards-repo';

export function scheduleInterview(db: Db, input: InterviewScheduleInput, at: string): InterviewRow {
  const app = mustGetApplication(db, input.applicationId);
  // An anonymised person takes no new details: an interview would bring a place, notes and scorecards.
  mustNotBeAnonymised(db, app.candidate_id);
  checkDistinctNames(input.interviewers);
  const row: InterviewRow = {
    id: randomUUID(),
    application_id: app.id,
    starts_at: canonicalInstant(input.startsAt),
    duration_minutes: input.durationMinutes,
    time_zone: canonicalZone(input.timeZone),
    kind: input.kind,
    location: input.location,
    status: 'scheduled',
    sequence: 0,
    created_at: at,
    updated_at: at,
  };
  insertInterview(db, row);
  input.interviewers.forEach((name, position) => insertInterviewer(db, row.id, { id: randomUUID(), name: name.trim(), position }, at));
  logActivity(db, {
    entityType: 'application',
    entityId: app.id,
    action: 'interview_scheduled',
    details: { interviewId: row.id, role: roleTitleOf(db, app.id), startsAt: row.starts_at, timeZone: row.time_zone, kind: row.kind, interviewers: input.interviewers },
    at,
  });
  return row;
}

/** Makes the interviewer list exactly `names`; someone who already wrote on their scorecard cannot be removed. */
function replaceInterviewers(db: Db, interviewId: string, names: readonly string[], at: string): boolean {
  const stored = storedInterviewers(db, interviewId);
  const plan = planInterviewers(stored, names);
  for (const person of plan.removed) {
    if (!dropBlankScorecard(db, interviewId, person.id)) {
      throw new DomainError('conflict', `${person.name} has already written a scorecard for this interview, so they cannot be removed.`);
    }
    deleteInterviewer(db, person.id);
  }
  plan.ordered.forEach((person, position) => {
    if (person.id === null) insertInterviewer(db, interviewId, { id: randomUUID(), name: person.name, position }, at);
    else updateInterviewer(db, { id: person.id, name: person.name, position }, at);
  });
  const before = stored.map((p) => p.name).join('\n');
  return plan.removed.length > 0 || before !== plan.ordered.map((p) => p.name).join('\n');
}

type Change = 'rescheduled' | 'cancelled' | 'completed' | 'reopened' | 'updated';

function changeOf(before: InterviewRow, after: InterviewRow): Change | null {
  if (after.status !== before.status) {
    if (after.status === 'cancelled') return 'cancelled';
    return after.status === 'completed' ? 'completed' : 'reopened';
  }
  const moved = after.starts_at !== before.starts_at || after.duration_minutes !== before.duration_minutes || after.time_zone !== before.time_zone;
  if (moved) return 'rescheduled';
  return after.kind !== before.kind || after.location !== before.location ? 'updated' : null;
}

function patched(before: InterviewRow, input: InterviewUpdateInput): InterviewRow {
  return {
    ...before,
    starts_at: input.startsAt === undefined ? before.starts_at : canonicalInstant(input.startsAt),
    duration_minutes: input.durationMinutes ?? before.duration_minutes,
    time_zone: input.timeZone === undefined ? before.time_zone : canonicalZone(input.timeZone),
    kind: input.kind ?? before.kind,
    location: input.location ?? before.location,
    status: input.status ?? before.status,
  };
}

export function updateInterview(db: Db, input: InterviewUpdateInput, at: string): InterviewRow {
  const before = mustGetInterviewRow(db, input.id);
  const after = patched(before, input);
  const peopleChanged = input.interviewers !== undefined && replaceInterviewers(db, before.id, input.interviewers, at);
  const change = changeOf(before, after) ?? (peopleChanged ? 'updated' : null);
  if (change === null) return before;
  // Calendars replace an event only when its SEQUENCE grows.
  const next: InterviewRow = { ...after, sequence: before.sequence + 1, updated_at: at };
  saveInterview(db, next);
  const details: Record<string, unknown> = { interviewId: next.id, role: roleTitleOf(db, next.application_id), startsAt: next.starts_at, timeZone: next.time_zone, kind: next.kind };
  if (change === 'rescheduled') details['previousStartsAt'] = before.starts_at;
  if (peopleChanged) details['interviewers'] = storedInterviewers(db, next.id).map((p) => p.name);
  logActivity(db, { entityType: 'application', entityId: next.application_id, action: `interview_${change}`, details, at });
  if (input.status === undefined) return settleCompletion(db, next.id, at) ?? next;
  return next;
}
