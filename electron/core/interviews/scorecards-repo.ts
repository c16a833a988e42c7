// SQL for scorecards: open (create on first use), save a partial patch, submit, and read one back with a
// rating per criterion of the role's kit. Runs in plain Node; callers own transactions.
import { randomUUID } from 'node:crypto';
import type { Scorecard, ScorecardRating, ScorecardSaveInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { reindexApplicant } from '../candidates/candidates-search-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { DomainError, notFound } from '../errors';
import { activeKitItems } from './kits-repo';
import { getInterviewRow, type InterviewRow } from './interviews-repo';

export interface ScorecardRow {
  id: string;
  interview_id: string;
  interviewer_id: string;
  interviewer_name: string;
  role_id: string;
  notes: string;
  recommendation: Scorecard['recommendation'];
  takeaways: string;
  elapsed_seconds: number;
  submitted_at: string | null;
  updated_at: string;
}

const SELECT = `SELECT sc.id, sc.interview_id, sc.interviewer_id, ii.name AS interviewer_name, a.role_id, sc.notes, sc.recommendation,
  sc.takeaways, sc.elapsed_seconds, sc.submitted_at, sc.updated_at
FROM scorecards sc JOIN interview_interviewers ii ON ii.id = sc.interviewer_id
JOIN interviews i ON i.id = sc.interview_id JOIN applications a ON a.id = i.application_id`;

export function getScorecardRow(db: Db, id: string): ScorecardRow | null {
  return (statement(db, `${SELECT} WHERE sc.id = ?`).get(id) as ScorecardRow | undefined) ?? null;
}

export function mustGetScorecardRow(db: Db, id: string): ScorecardRow {
  const row = getScorecardRow(db, id);
  if (!row) throw notFound('That scorecard');
  return row;
}

export function scorecardRowsOf(db: Db, interviewId: string): ScorecardRow[] {
  return statement(db, `${SELECT} WHERE sc.interview_id = ? ORDER BY ii.position`).all(interviewId) as ScorecardRow[];
}

interface RatingRow {
  kit_item_id: string;
  label: string;
  rating: number | null;
}

/** One rating per current criterion (null until assessed), then rated criteria since removed from the kit. */
export function ratingsOf(db: Db, row: Pick<ScorecardRow, 'id' | 'role_id'>): ScorecardRating[] {
  const stored = statement(db, 'SELECT kit_item_id, label, rating FROM scorecard_ratings WHERE scorecard_id = ?').all(row.id) as RatingRow[];
  const byItem = new Map(stored.map((r) => [r.kit_item_id, r]));
  const current = activeKitItems(db, row.role_id).filter((item) => item.kind === 'criterion');
  const ratings: ScorecardRating[] = current.map((item) => {
    const rated = byItem.get(item.id);
    byItem.delete(item.id);
    return { criterionId: item.id, label: item.label, rating: rated?.rating ?? null };
  });
  for (const rest of byItem.values()) ratings.push({ criterionId: rest.kit_item_id, label: rest.label, rating: rest.rating });
  return ratings;
}

export function toScorecard(db: Db, row: ScorecardRow): Scorecard {
  return {
    id: row.id,
    interviewId: row.interview_id,
    interviewerId: row.interviewer_id,
    interviewerName: row.interviewer_name,
    ratings: ratingsOf(db, row),
    notes: row.notes,
    recommendation: row.recommendation,
    takeaways: row.takeaways,
    elapsedSeconds: row.elapsed_seconds,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
  };
}

/** The scorecard of one interviewer of an interview, inserted on first open. */
export function openScorecard(db: Db, interviewId: string, interviewerId: string, at: string): ScorecardRow {
  const belongs = statement(db, 'SELECT 1 FROM interview_interviewers WHERE id = ? AND interview_id = ?').get(interviewerId, interviewId);
  if (!belongs) {
    if (!getInterviewRow(db, interviewId)) throw notFound('That interview');
    throw new DomainError('not_found', 'That interviewer is not on this interview any more.');
  }
  const sql = `INSERT INTO scorecards (id, interview_id, interviewer_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (interview_id, interviewer_id) DO NOTHING`;
  statement(db, sql).run(randomUUID(), interviewId, interviewerId, at, at);
  const id = statement(db, 'SELECT id FROM scorecards WHERE interview_id = ? AND interviewer_id = ?').pluck().get(interviewId, interviewerId) as string;
  return mustGetScorecardRow(db, id);
}

// One statement for every patch: a field is written only when its flag is set, so a save that carries
// only the notes never touches the ratings or the recommendation someone set a moment ago.
const PATCH = `UPDATE scorecards SET
  notes = CASE WHEN @hasNotes THEN @notes ELSE notes END,
  recommendation = CASE WHEN @hasRecommendation THEN @recommendation ELSE recommendation END,
  takeaways = CASE WHEN @hasTakeaways THEN @takeaways ELSE takeaways END,
  elapsed_seconds = CASE WHEN @hasElapsed THEN @elapsed ELSE elapsed_seconds END,
  updated_at = @at
WHERE id = @id`;

function saveRatings(db: Db, row: ScorecardRow, ratings: NonNullable<ScorecardSaveInput['ratings']>, at: string): void {
  const items = new Map(
    (statement(db, "SELECT id, label FROM kit_items WHERE role_id = ? AND kind = 'criterion'").all(row.role_id) as { id: string; label: string }[]).map((i) => [i.id, i.label]),
  );
  const upsert = statement(db, `INSERT INTO scorecard_ratings (scorecard_id, kit_item_id, label, rating, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (scorecard_id, kit_item_id) DO UPDATE SET label = excluded.label, rating = excluded.rating, updated_at = excluded.updated_at`);
  const remove = statement(db, 'DELETE FROM scorecard_ratings WHERE scorecard_id = ? AND kit_item_id = ?');
  for (const { criterionId, rating } of ratings) {
    const label = items.get(criterionId);
    if (label === undefined) throw new DomainError('not_found', "That criterion is not part of this role's interview kit.");
    if (rating === null) remove.run(row.id, criterionId);
    else upsert.run(row.id, criterionId, label, rating, at, at);
  }
}

/** Applies the patch; `stampAfter` gives the new updated_at, always after the stored one. */
export function saveScorecard(db: Db, input: ScorecardSaveInput, stampAfter: (previous: string) => string): ScorecardRow {
  const row = mustGetScorecardRow(db, input.scorecardId);
  const at = stampAfter(row.updated_at);
  if (input.ratings) saveRatings(db, row, input.ratings, at);
  statement(db, PATCH).run({
    id: row.id,
    at,
    hasNotes: input.notes === undefined ? 0 : 1,
    notes: input.notes ?? null,
    hasRecommendation: input.recommendation === undefined ? 0 : 1,
    recommendation: input.recommendation ?? null,
    hasTakeaways: input.takeaways === undefined ? 0 : 1,
    takeaways: input.takeaways ?? null,
    hasElapsed: input.elapsedSeconds === undefined ? 0 : 1,
    elapsed: input.elapsedSeconds ?? null,
  });
  // The notes and takeaways are searchable (the person's interview notes in the candidates index).
  if (input.notes !== undefined || input.takeaways !== undefined) {
    const applicationId = statement(db, 'SELECT application_id FROM interviews WHERE id = ?').pluck().get(row.interview_id) as string;
    reindexApplicant(db, applicationId);
  }
  return { ...row, updated_at: at };
}

/** Marks the interview completed when it is still scheduled and every interviewer has submitted. */
export function settleCompletion(db: Db, interviewId: string, at: string): InterviewRow | null {
  const counts = statement(db, `SELECT (SELECT count(*) FROM interview_interviewers WHERE interview_id = @id) AS people,
    (SELECT count(*) FROM scorecards WHERE interview_id = @id AND submitted_at IS NOT NULL) AS submitted`).get({ id: interviewId }) as { people: number; submitted: number };
  const row = getInterviewRow(db, interviewId);
  if (!row || row.status !== 'scheduled' || counts.people === 0 || counts.submitted < counts.people) return null;
  statement(db, "UPDATE interviews SET status = 'completed', updated_at = ? WHERE id = ?").run(at, interviewId);
  logActivity(db, { entityType: 'application', entityId: row.application_id, action: 'interview_completed', details: { interviewId }, at });
  return { ...row, status: 'completed', updated_at: at };
}

export function submitScorecard(db: Db, scorecardId: string, at: string): ScorecardRow {
  const row = mustGetScorecardRow(db, scorecardId);
  if (row.recommendation === null) {
    throw new DomainError('invalid_input', 'Choose an overall recommendation (or "No decision") before submitting the scorecard.');
  }
  if (row.submitted_at !== null) return row;
  statement(db, 'UPDATE scorecards SET submitted_at = ?, updated_at = ? WHERE id = ?').run(at, at, row.id);
  const interview = getInterviewRow(db, row.interview_id);
  logActivity(db, {
    entityType: 'application',
    entityId: interview?.application_id ?? '',
    action: 'scorecard_submitted',
    details: {
      interviewId: row.interview_id,
      role: statement(db, 'SELECT title FROM roles WHERE id = ?').pluck().get(row.role_id) ?? '',
      scorecardId: row.id,
      interviewerName: row.interviewer_name,
      recommendation: row.recommendation,
    },
    at,
  });
  settleCompletion(db, row.interview_id, at);
  return { ...row, submitted_at: at, updated_at: at };
}

/** Removes an interviewer's scorecard if nothing was written on it; false when it holds anything. */
export function dropBlankScorecard(db: Db, interviewId: string, interviewerId: string): boolean {
  const card = statement(db, `SELECT id, notes, takeaways, recommendation, submitted_at,
      (SELECT count(*) FROM scorecard_ratings r WHERE r.scorecard_id = scorecards.id) AS rated
    FROM scorecards WHERE interview_id = ? AND interviewer_id = ?`).get(interviewId, interviewerId) as
    | { id: string; notes: string; takeaways: string; recommendation: string | null; submitted_at: string | null; rated: number }
    | undefined;
  if (!card) return true;
  const blank = card.notes.trim() === '' && card.takeaways.trim() === '' && card.recommendation === null && card.submitted_at === null && card.rated === 0;
  if (blank) statement(db, 'DELETE FROM scorecards WHERE id = ?').run(card.id);
  return blank;
}
