// The candidate page's interview summary: every interview of the candidate, each criterion across
// interviewers (with the mean of the assessed ratings), the overall recommendations and the notes.
// Runs in plain Node (reads only).
import type { Interview, ScorecardSummary } from '../../contract';
import type { Db } from '../db/open-database';
import { notFound } from '../errors';
import { getCandidate } from '../candidates/candidates-repo';
import { listInterviews } from './interviews-repo';
import { ratingsOf, scorecardRowsOf, type ScorecardRow } from './scorecards-repo';

type CriterionSummary = ScorecardSummary['criteria'][number];

/** True when the interviewer wrote or rated anything: untouched scorecards add nothing to a summary. */
function hasContent(db: Db, row: ScorecardRow): boolean {
  return row.submitted_at !== null || row.notes.trim() !== '' || row.takeaways.trim() !== '' || row.recommendation !== null
    || ratingsOf(db, row).some((r) => r.rating !== null);
}

function addRatings(db: Db, criteria: Map<string, CriterionSummary>, interview: Interview, row: ScorecardRow): void {
  for (const rating of ratingsOf(db, row)) {
    const key = `${interview.roleId}\n${rating.label.trim().toLocaleLowerCase()}`;
    const entry = criteria.get(key) ?? { label: rating.label, roleTitle: interview.roleTitle, ratings: [], average: null };
    entry.ratings.push({ interviewerName: row.interviewer_name, interviewId: interview.id, rating: rating.rating });
    criteria.set(key, entry);
  }
}

function withAverage(entry: CriterionSummary): CriterionSummary {
  const assessed = entry.ratings.map((r) => r.rating).filter((r): r is number => r !== null);
  const average = assessed.length === 0 ? null : Math.round((assessed.reduce((a, b) => a + b, 0) / assessed.length) * 100) / 100;
  return { ...entry, average };
}

export function candidateSummary(db: Db, candidateId: string, now: Date): ScorecardSummary {
  if (!getCandidate(db, candidateId)) throw notFound('That candidate');
  const interviews = listInterviews(db, { candidateId, order: 'asc', limit: 1000 }, now);
  const criteria = new Map<string, CriterionSummary>();
  const summary: ScorecardSummary = { candidateId, interviews, criteria: [], recommendations: [], notes: [] };
  for (const interview of interviews) {
    for (const row of scorecardRowsOf(db, interview.id).filter((r) => hasContent(db, r))) {
      addRatings(db, criteria, interview, row);
      summary.recommendations.push({
        interviewId: interview.id,
        interviewerName: row.interviewer_name,
        recommendation: row.recommendation,
        takeaways: row.takeaways,
        submittedAt: row.submitted_at,
      });
      if (row.notes.trim() !== '') {
        summary.notes.push({ interviewId: interview.id, interviewerName: row.interviewer_name, startsAt: interview.startsAt, notes: row.notes });
      }
    }
  }
  summary.criteria = [...criteria.values()].map(withAverage);
  return summary;
}
