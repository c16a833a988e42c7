// SQL for the pipeline board: every card of a role in one query, every tag in a second one, every
// submitted scorecard's recommendation in a third and every offer's status in a fourth (no query per card),
// so 2,000 cards load in a few milliseconds. Runs in plain Node.
import type { ApplicationStatus, OfferStatus, PipelineCard } from '../../contract';
import { utcToZoned } from '../../contract/zoned-time';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { daysSince } from '../applications/applications-rules';
import { cardRatings } from '../interviews/card-rating-repo';
import { offerStatusOn } from '../offers/offers-rules';
import { computerTimeZone } from '../reports/report-range-rules';

interface CardRow {
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

const CARDS = `SELECT a.id AS application_id, a.candidate_id, c.full_name, a.rating, a.stage_id, a.position,
  a.stage_entered_at, a.status, c.sample
FROM applications a JOIN candidates c ON c.id = a.candidate_id
WHERE a.role_id = ? AND a.status IN ('active', 'hired')
ORDER BY a.stage_id, a.position, a.id`;

const TAGS = `SELECT t.candidate_id, t.tag FROM candidate_tags t
WHERE t.candidate_id IN (SELECT candidate_id FROM applications WHERE role_id = ? AND status IN ('active', 'hired'))
ORDER BY t.candidate_id, t.tag_norm`;

// Oldest first, so the latest offer of each application is the one kept.
const OFFERS = `SELECT o.application_id, o.status, o.expires_on FROM offers o JOIN applications a ON a.id = o.application_id
WHERE a.role_id = ? AND a.status IN ('active', 'hired') ORDER BY o.sent_at, o.rowid`;

/** Each application's latest offer as it reads today on this computer's calendar. */
function latestOffers(db: Db, roleId: string, now: Date): Map<string, OfferStatus> {
  const today = utcToZoned(now.toISOString(), computerTimeZone()).date;
  const latest = new Map<string, OfferStatus>();
  for (const row of statement(db, OFFERS).all(roleId) as { application_id: string; status: OfferStatus; expires_on: string | null }[]) {
    latest.set(row.application_id, offerStatusOn(row.status, row.expires_on, today));
  }
  return latest;
}

/** The role's cards (active, plus hired ones in the hired column) with their candidate's tags and latest offer. */
export function boardCards(db: Db, roleId: string, now: Date): PipelineCard[] {
  const rows = statement(db, CARDS).all(roleId) as CardRow[];
  const tags = new Map<string, string[]>();
  for (const row of statement(db, TAGS).all(roleId) as { candidate_id: string; tag: string }[]) {
    const list = tags.get(row.candidate_id);
    if (list) list.push(row.tag);
    else tags.set(row.candidate_id, [row.tag]);
  }
  const ratings = cardRatings(db, rows.map((row) => ({ id: row.application_id, rating: row.rating })));
  const offers = latestOffers(db, roleId, now);
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
