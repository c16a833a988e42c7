// SQL for the pipeline board's cards, a window of one column at a time (column-repo.ts says what a column and
// its order are): the window's cards with their candidates in one query, the tags of just those candidates in
// a second, their submitted scorecards' recommendations in a third and their applications' latest offers in a
// fourth, so a board costs what it shows, whatever the size of the role. Runs in plain Node; callers own
// transactions.
import type { ApplicationStatus, OfferStatus, PipelineCard } from '../../contract';
import { utcToZoned } from '../../contract/zoned-time';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { daysSince } from '../applications/applications-rules';
import { cardRatings } from '../interviews/card-rating-repo';
import { COLUMN_ORDER, IN_COLUMN, type Column, type ColumnKey } from './column-repo';
import { offerStatusOn } from '../offers/offers-rules';
import { computerTimeZone } from '../reports/report-range-rules';

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

// Oldest first, so the latest offer of each application is the one kept.
const OFFERS = `SELECT o.application_id, o.status, o.expires_on FROM offers o
WHERE o.application_id IN (SELECT value FROM json_each(?)) ORDER BY o.sent_at, o.rowid`;

/** Each of these applications' latest offer as it reads today on this computer's calendar. */
function latestOffers(db: Db, applicationIds: readonly string[], now: Date): Map<string, OfferStatus> {
  const latest = new Map<string, OfferStatus>();
  if (applicationIds.length === 0) return latest;
  const today = utcToZoned(now.toISOString(), computerTimeZone()).date;
  for (const row of statement(db, OFFERS).all(JSON.stringify(applicationIds)) as { application_id: string; status: OfferStatus; expires_on: string | null }[]) {
    latest.set(row.application_id, offerStatusOn(row.status, row.expires_on, today));
  }
  return latest;
}

/** Up to `limit` cards of a column in order: from the top, or after `after`. */
export function columnWindow(db: Db, column: Column, after: ColumnKey | null, limit: number): CardRow[] {
  if (after === null) return statement(db, FIRST).all({ ...column, limit }) as CardRow[];
  return statement(db, AFTER).all({ ...column, position: after.position, rowid: after.rowid, limit }) as CardRow[];
}

/** The rows as board cards, with the tags of these candidates, the card ratings and latest offers of these applications. */
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
  const offers = latestOffers(db, rows.map((row) => row.application_id), now);
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
    offer: offers.get(row.application_id) ?? null,
  }));
}
