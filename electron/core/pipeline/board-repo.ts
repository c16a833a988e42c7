// SQL for the pipeline board: every card of a role in one query, every tag in a second one and every
// submitted scorecard's recommendation in a third (no query per card), so 2,000 cards load in a few
// milliseconds. Runs in plain Node.
import type { ApplicationStatus, PipelineCard } from '../../contract';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { daysSince } from '../applications/applications-rules';
import { cardRatings } from '../interviews/card-rating-repo';

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

/** The role's cards (active, plus hired ones in the hired column) with their candidate's tags. */
export function boardCards(db: Db, roleId: string, now: Date): PipelineCard[] {
  const rows = statement(db, CARDS).all(roleId) as CardRow[];
  const tags = new Map<string, string[]>();
  for (const row of statement(db, TAGS).all(roleId) as { candidate_id: string; tag: string }[]) {
    const list = tags.get(row.candidate_id);
    if (list) list.push(row.tag);
    else tags.set(row.candidate_id, [row.tag]);
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
