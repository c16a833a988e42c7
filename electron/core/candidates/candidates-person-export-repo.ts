// The SQL of "export everything about this person": every row Hirebook holds about one candidate, whole
// (SELECT *), so a column a later migration adds is exported without a change here. Their applications
// carry the role's title, the stage's name and the rejection reason's words beside the stored ids; the
// activity entries are the timeline's (historyScope: themselves, people merged into them, their
// applications and files). Runs in plain Node; the caller owns the (read) transaction.
import { activityFor } from '../activity/activity-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { historyScope } from './candidates-profile-repo';

export type Row = Record<string, unknown>;

/** Everything about one person, table by table (the tables' own names), each row as stored. */
export interface PersonRows {
  candidate: Row;
  candidate_emails: Row[];
  candidate_phones: Row[];
  candidate_links: Row[];
  candidate_tags: Row[];
  applications: Row[];
  stage_events: Row[];
  application_notes: Row[];
  messages: Row[];
  offers: Row[];
  interviews: Row[];
  interview_interviewers: Row[];
  scorecards: Row[];
  scorecard_ratings: Row[];
  attachments: Row[];
  activity_log: Row[];
}

const IN_IDS = 'IN (SELECT value FROM json_each(?))';

function rowsIn(db: Db, sql: string, ids: readonly string[]): Row[] {
  if (ids.length === 0) return [];
  return statement(db, sql).all(JSON.stringify(ids)) as Row[];
}

function ids(rows: readonly Row[]): string[] {
  return rows.map((row) => row.id as string);
}

/** The person's rows, or null when there is no such candidate. */
export function personRows(db: Db, candidateId: string): PersonRows | null {
  const candidate = statement(db, 'SELECT * FROM candidates WHERE id = ?').get(candidateId) as Row | undefined;
  if (!candidate) return null;
  const own = (table: string, order: string): Row[] => statement(db, `SELECT * FROM ${table} WHERE candidate_id = ? ORDER BY ${order}`).all(candidateId) as Row[];
  const applications = statement(
    db,
    `SELECT a.*, r.title AS role_title, s.name AS stage_name, rr.label AS rejection_reason, rr.kind AS rejection_reason_kind
       FROM applications a
       JOIN roles r ON r.id = a.role_id
       LEFT JOIN pipeline_stages s ON s.id = a.stage_id
       LEFT JOIN rejection_reasons rr ON rr.id = a.rejection_reason_id
      WHERE a.candidate_id = ? ORDER BY a.created_at, a.id`,
  ).all(candidateId) as Row[];
  const applicationIds = ids(applications);
  const interviews = rowsIn(db, `SELECT * FROM interviews WHERE application_id ${IN_IDS} ORDER BY starts_at, id`, applicationIds);
  const interviewIds = ids(interviews);
  const scorecards = rowsIn(db, `SELECT * FROM scorecards WHERE interview_id ${IN_IDS} ORDER BY created_at, id`, interviewIds);
  const scope = historyScope(db, candidateId);
  const activity = [
    ...activityFor(db, 'candidate', scope.candidate),
    ...activityFor(db, 'application', scope.application),
    ...activityFor(db, 'attachment', scope.attachment),
  ];
  const unique = new Map(activity.map(({ seq, ...row }) => [row.id, { row, seq }]));
  const activityLog = [...unique.values()]
    .sort((a, b) => (a.row.created_at === b.row.created_at ? a.seq - b.seq : a.row.created_at < b.row.created_at ? -1 : 1))
    .map(({ row }) => row as unknown as Row);
  return {
    candidate,
    candidate_emails: own('candidate_emails', 'position'),
    candidate_phones: own('candidate_phones', 'position'),
    candidate_links: own('candidate_links', 'position'),
    candidate_tags: own('candidate_tags', 'tag_norm'),
    applications,
    stage_events: rowsIn(db, `SELECT * FROM stage_events WHERE application_id ${IN_IDS} ORDER BY created_at, rowid`, applicationIds),
    application_notes: rowsIn(db, `SELECT * FROM application_notes WHERE application_id ${IN_IDS} ORDER BY created_at, id`, applicationIds),
    messages: rowsIn(db, `SELECT * FROM messages WHERE application_id ${IN_IDS} ORDER BY created_at, rowid`, applicationIds),
    offers: rowsIn(db, `SELECT * FROM offers WHERE application_id ${IN_IDS} ORDER BY created_at, rowid`, applicationIds),
    interviews,
    interview_interviewers: rowsIn(db, `SELECT * FROM interview_interviewers WHERE interview_id ${IN_IDS} ORDER BY interview_id, position`, interviewIds),
    scorecards,
    scorecard_ratings: rowsIn(db, `SELECT * FROM scorecard_ratings WHERE scorecard_id ${IN_IDS} ORDER BY scorecard_id, created_at`, ids(scorecards)),
    attachments: own('attachments', 'created_at, id'),
    activity_log: activityLog,
  };
}
