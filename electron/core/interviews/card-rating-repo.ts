// SQL for a card's rating: the overall recommendations of the submitted scorecards of some applications, in
// one query, turned into each card's rating by card-rating-rules. Runs in plain Node; callers own transactions.
import type { CardRating, RatingPoint, Recommendation } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { cardRating, NOT_RATED } from './card-rating-rules';

const SUBMITTED = `SELECT i.application_id, sc.recommendation FROM scorecards sc JOIN interviews i ON i.id = sc.interview_id
WHERE sc.submitted_at IS NOT NULL AND i.application_id IN (SELECT value FROM json_each(?))`;

/**
 * Each application's card rating, from its own rating (`rating`, 1–4 or null) and its submitted scorecards,
 * as a lookup by application id ("Not rated" for an id not asked about).
 */
export function cardRatings(db: Db, apps: readonly { id: string; rating: number | null }[]): (applicationId: string) => CardRating {
  const submitted = new Map<string, Recommendation[]>();
  if (apps.length > 0) {
    const rows = statement(db, SUBMITTED).all(JSON.stringify(apps.map((a) => a.id))) as { application_id: string; recommendation: Recommendation | null }[];
    for (const row of rows) {
      if (row.recommendation === null) continue;
      const list = submitted.get(row.application_id);
      if (list) list.push(row.recommendation);
      else submitted.set(row.application_id, [row.recommendation]);
    }
  }
  const byId = new Map(apps.map((a) => [a.id, cardRating(a.rating as RatingPoint | null, submitted.get(a.id) ?? [])]));
  return (applicationId) => byId.get(applicationId) ?? NOT_RATED;
}
