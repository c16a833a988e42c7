// SQL for the pipeline board's cards, a window of one column at a time (column-repo.ts says what a column and
// its order are): the window's cards with their candidates in one query, the tags of just those candidates in
// a second and their submitted scorecards' recommendations in a third, so a board costs what it shows,
// whatever the size of the role. Runs in plain Node; callers own transactions.
import type { ApplicationStatus, PipelineCard } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { daysSince } from '../applications/applications-rules';
import { cardRatings } from '../interviews/card-rating-repo';
import { COLUMN_ORDER, IN_COLUMN, type Column, type ColumnKey } from './column-repo';

export interface CardRow {
  application_id: string;
  candidate_id: string;
  full_name: string;
  rating: number | null;
  stage_id: string;
  position: number;
  stage_entered_at: string;
  status: ApplicationStatus;
  sample: number;
}

const CARD_COLUMNS = `SELECT a.id AS application_id, a.candidate_id, c.full_name, a.rating, a.stage_id, a.position,
  a.stage_entered_at, a.status, c.sample
FROM applications a JOIN candidates c ON c.id = a.candidate_id`;

const FIRST = `${CARD_COLUMNS} WHERE ${IN_COLUMN} ${COLUMN_ORDER} LIMIT @limit`;
const AFTER = `${CARD_COLUMNS} WHERE ${IN_COLUMN} AND (a.position, a.rowid) > (@position, @rowid) ${COLUMN_ORDER} LIMIT @limit`;

const TAGS = `SELECT t.candidate_id, t.tag FROM candidate_tags t
WHERE t.candidate_id IN (SELECT value FROM json_each(?))
ORDER BY t.candidate_id, t.tag_norm`;

/** Up to `limit` cards of a column in order: from the top, or after `after`. */
export function columnWindow(db: Db, column: Column, after: ColumnKey | null, limit: number): CardRow[] {
  if (after === null) return statement(db, FIRST).all({ ...column, limit }) as CardRow[];
  return statement(db, AFTER).all({ ...column, position: after.position, rowid: after.rowid, limit }) as CardRow[];
}

/** The rows as board cards, with the tags of these candidates and the card ratings of these applications. */
export function toCards(db: Db, rows: readonly CardRow[], now: Date): PipelineCard[] {
  const tags = new Map<string, string[]>();
  if (rows.length > 0) {
    const people = JSON.stringify([...new Set(rows.map((row) => row.candidate_id))]);
    for (const row of statement(db, TAGS).all(people) as { candidate_id: string; tag: string }[]) {
      const list = tags.get(row.candidate_id);
      if (list) list.push(row.tag);
      else tags.set(row.candidate_id, [row.tag]);
    }
  }
  const ratings = cardRatings(db, rows.map((row) => ({ id: row.application_id, rating: row.rating })));
  return rows.map((row) => ({
    applicationId: row.application_id,
    candidateId: row.candidate_id,
    name: row.full_name,
    rating: row.rating as PipelineCard['rating'],
    cardRating: ratings(row.application_id),
    tags: tags.get(row.candidate_id) ?? [],
    stageId: row.stage_id,
    position: row.position,
    daysInStage: daysSince(row.stage_entered_at, now),
    status: row.status,
    sample: row.sample === 1,
  }));
}
