// SQL for retention: the company's retention default (on the companies row, migration 11) and the people
// who may be due for deletion — those whose every application was rejected or withdrawn — with their last
// activity, their keep-until date, their roles and what erasing them would take. The rule itself is
// retention-rules.ts; this only narrows by it. Runs in plain Node; callers own transactions.
import type { RetentionAction, RetentionGoes, RetentionSettings } from '../../contract';
import { COMPANY_ID } from '../company/company-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { countUpTo, type Count } from '../reports/today-repo';
import { nextDay, type ApplicationStatusWord } from './retention-rules';

export function getRetentionSettings(db: Db): RetentionSettings {
  const row = statement(db, 'SELECT retention_months, retention_action FROM companies WHERE id = ?').get(COMPANY_ID) as
    | { retention_months: number | null; retention_action: RetentionAction }
    | undefined;
  if (!row) throw new Error('The company profile row is missing');
  return { months: row.retention_months, action: row.retention_action };
}

export function saveRetentionSettings(db: Db, settings: RetentionSettings, stamp: string): void {
  statement(db, 'UPDATE companies SET retention_months = ?, retention_action = ?, updated_at = ? WHERE id = ?').run(settings.months, settings.action, stamp, COMPANY_ID);
}

/** One person whose applications all ended without a hire, as the rule reads them. */
export interface ClosedPerson {
  id: string;
  fullName: string;
  keepUntil: string | null;
  lastActivityAt: string;
  roles: { title: string; status: Extract<ApplicationStatusWord, 'rejected' | 'withdrawn'> }[];
  goes: RetentionGoes;
}

interface ClosedRow {
  id: string;
  full_name: string;
  retention_until: string | null;
  last_activity_at: string;
  roles_json: string;
  applications: number;
  notes: number;
  files: number;
  interviews: number;
  scorecards: number;
}

// The last activity of candidate `c`: the latest of their own record (created, edited, a file added or
// removed), their applications (moved, rated, rejected), stage events, notes, interviews (a booked one counts
// from its start, so one still ahead keeps them), scorecards and files. max() of several values is NULL when
// one is, hence the coalesces. A constant, written into the queries below.
const LAST_ACTIVITY = `max(c.created_at, c.updated_at,
  coalesce((SELECT max(a.updated_at) FROM applications a WHERE a.candidate_id = c.id), ''),
  coalesce((SELECT max(e.created_at) FROM applications a JOIN stage_events e ON e.application_id = a.id WHERE a.candidate_id = c.id), ''),
  coalesce((SELECT max(n.updated_at) FROM applications a JOIN application_notes n ON n.application_id = a.id WHERE a.candidate_id = c.id), ''),
  coalesce((SELECT max(max(i.updated_at, i.starts_at)) FROM applications a JOIN interviews i ON i.application_id = a.id WHERE a.candidate_id = c.id), ''),
  coalesce((SELECT max(s.updated_at) FROM applications a JOIN interviews i ON i.application_id = a.id
    JOIN scorecards s ON s.interview_id = i.id WHERE a.candidate_id = c.id), ''),
  coalesce((SELECT max(f.created_at) FROM attachments f WHERE f.candidate_id = c.id), ''))`;

// Who may be due, narrowed cheapest first so that only they get their last activity worked out: at least one
// application and every one ended without a hire (applications_ended, kept by migration 14's triggers, so the
// walk passes over nobody with an open application), nothing of theirs (their own record, an application, a
// file, a stage event, a note, an interview, a scorecard) at or after @bound (the day after the latest
// last-activity day that can be due: an ISO instant on an earlier day sorts before it), and no keep-until
// date on or after @today. applications_by_candidate_status (migration 11) answers the application
// questions from the index alone. Read in candidates_ended_by_updated order, so a first page needs no sort.
const CLOSED_QUIET = `FROM candidates c INDEXED BY candidates_ended_by_updated
WHERE c.applications_ended = 1 AND c.updated_at < @bound
  AND (c.retention_until IS NULL OR c.retention_until < @today)
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status
    WHERE a.candidate_id = c.id AND a.updated_at >= @bound)
  AND NOT EXISTS (SELECT 1 FROM attachments f WHERE f.candidate_id = c.id AND f.created_at >= @bound)
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status JOIN stage_events e ON e.application_id = a.id
    WHERE a.candidate_id = c.id AND e.created_at >= @bound)
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status JOIN application_notes n ON n.application_id = a.id
    WHERE a.candidate_id = c.id AND n.updated_at >= @bound)
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status JOIN interviews i ON i.application_id = a.id
    WHERE a.candidate_id = c.id AND (i.updated_at >= @bound OR i.starts_at >= @bound))
  AND NOT EXISTS (SELECT 1 FROM applications a INDEXED BY applications_by_candidate_status JOIN interviews i ON i.application_id = a.id
    JOIN scorecards s ON s.interview_id = i.id WHERE a.candidate_id = c.id AND s.updated_at >= @bound)
  AND NOT EXISTS (SELECT 1 FROM erasures x WHERE x.candidate_id = c.id AND x.kind = 'anonymised')`;

const CLOSED_PEOPLE = `
SELECT c.id, c.full_name, c.retention_until, ${LAST_ACTIVITY} AS last_activity_at,
  (SELECT json_group_array(json_object('title', r.title, 'status', a.status))
     FROM applications a JOIN roles r ON r.id = a.role_id WHERE a.candidate_id = c.id) AS roles_json,
  (SELECT count(*) FROM applications a WHERE a.candidate_id = c.id) AS applications,
  (SELECT count(*) FROM applications a JOIN application_notes n ON n.application_id = a.id WHERE a.candidate_id = c.id) AS notes,
  (SELECT count(*) FROM attachments f WHERE f.candidate_id = c.id) AS files,
  (SELECT count(*) FROM applications a JOIN interviews i ON i.application_id = a.id WHERE a.candidate_id = c.id) AS interviews,
  (SELECT count(*) FROM applications a JOIN interviews i ON i.application_id = a.id
     JOIN scorecards s ON s.interview_id = i.id WHERE a.candidate_id = c.id) AS scorecards
${CLOSED_QUIET}
ORDER BY c.updated_at, c.id LIMIT @limit`;

// One named person's facts (the erase re-checks each against the rule at the moment it runs).
const ONE_PERSON = `
SELECT c.retention_until, ${LAST_ACTIVITY} AS last_activity_at,
  (SELECT json_group_array(a.status) FROM applications a WHERE a.candidate_id = c.id) AS statuses_json
FROM candidates c WHERE c.id = ?`;

/**
 * People whose every application was rejected or withdrawn, whose keep-until date (if any) is before
 * `today` and whose last activity fell on `latest` or earlier (latestDueActivityDay): the first `limit` in
 * the order their own record last changed (the rule then decides, and says since when).
 */
export function closedPeople(db: Db, today: string, latest: string, limit = -1): ClosedPerson[] {
  const rows = statement(db, CLOSED_PEOPLE).all({ today, bound: nextDay(latest), limit }) as ClosedRow[];
  return rows.map((row) => ({
    id: row.id,
    fullName: row.full_name,
    keepUntil: row.retention_until,
    lastActivityAt: row.last_activity_at,
    roles: JSON.parse(row.roles_json) as ClosedPerson['roles'],
    goes: { applications: row.applications, notes: row.notes, files: row.files, interviews: row.interviews, scorecards: row.scorecards },
  }));
}

/** How many closedPeople there are, counted up to Today's limit (TODAY_COUNT_LIMIT). */
export function countClosedPeople(db: Db, today: string, latest: string): Count {
  return countUpTo(db, CLOSED_QUIET, { today, bound: nextDay(latest) });
}

/** One person's facts for the rule, or null when they are not there. */
export function personFacts(db: Db, id: string): { statuses: ApplicationStatusWord[]; lastActivityAt: string; keepUntil: string | null } | null {
  const row = statement(db, ONE_PERSON).get(id) as { retention_until: string | null; last_activity_at: string; statuses_json: string } | undefined;
  if (!row) return null;
  return { statuses: JSON.parse(row.statuses_json) as ApplicationStatusWord[], lastActivityAt: row.last_activity_at, keepUntil: row.retention_until };
}
