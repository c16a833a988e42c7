// Reads for the candidate profile page: the candidate with files and applications, and their timeline
// from the activity log (following merges). Runs in plain Node on a better-sqlite3 connection.
import type { CandidateApplicationSummary, CandidateProfile, TimelineEntry } from '../../contract';
import { activityFor, type ActivityRow } from '../activity/activity-repo';
import { listAttachments } from '../attachments/attachments-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { notFound } from '../errors';
import { cardRatings } from '../interviews/card-rating-repo';
import { getCandidate } from './candidates-repo';
import { anonymisedAt } from './erasure-ledger-repo';

interface ApplicationSummaryRow {
  id: string;
  role_id: string;
  role_title: string;
  stage_id: string;
  stage_name: string;
  status: CandidateApplicationSummary['status'];
  rating: number | null;
  stage_entered_at: string;
  created_at: string;
}

const APPLICATIONS = `SELECT a.id, a.role_id, r.title AS role_title, a.stage_id, s.name AS stage_name, a.status, a.rating,
  a.stage_entered_at, a.created_at
FROM applications a JOIN roles r ON r.id = a.role_id JOIN pipeline_stages s ON s.id = a.stage_id
WHERE a.candidate_id = ? ORDER BY a.created_at DESC, a.rowid DESC`;

export function applicationSummaries(db: Db, candidateId: string): CandidateApplicationSummary[] {
  const rows = statement(db, APPLICATIONS).all(candidateId) as ApplicationSummaryRow[];
  const ratings = cardRatings(db, rows);
  return rows.map((row) => ({
    id: row.id,
    roleId: row.role_id,
    roleTitle: row.role_title,
    stageId: row.stage_id,
    stageName: row.stage_name,
    status: row.status,
    rating: row.rating as CandidateApplicationSummary['rating'],
    cardRating: ratings(row.id),
    stageEnteredAt: row.stage_entered_at,
    createdAt: row.created_at,
  }));
}

export function getProfile(db: Db, id: string): CandidateProfile | null {
  const candidate = getCandidate(db, id);
  if (!candidate) return null;
  return { ...candidate, attachments: listAttachments(db, id), applications: applicationSummaries(db, id), anonymisedAt: anonymisedAt(db, id) };
}

export function mustGetProfile(db: Db, id: string): CandidateProfile {
  const profile = getProfile(db, id);
  if (!profile) throw notFound('That candidate');
  return profile;
}

/** Ids recorded by 'merged' entries (details.mergedId / details.absorbedApplicationIds), for the timeline. */
function mergedIds(db: Db, candidateIds: readonly string[]): { candidates: string[]; applications: string[] } {
  const rows = activityFor(db, 'candidate', candidateIds).filter((row) => row.action === 'merged');
  const candidates: string[] = [];
  const applications: string[] = [];
  for (const row of rows) {
    const details = JSON.parse(row.details_json) as { mergedId?: unknown; absorbedApplicationIds?: unknown };
    if (typeof details.mergedId === 'string') candidates.push(details.mergedId);
    if (Array.isArray(details.absorbedApplicationIds)) {
      applications.push(...details.absorbedApplicationIds.filter((v): v is string => typeof v === 'string'));
    }
  }
  return { candidates, applications };
}

/** The candidate and everyone merged into them (and into those), breadth first. */
function mergeFamily(db: Db, candidateId: string): { candidates: string[]; applications: string[] } {
  const candidates = [candidateId];
  const applications: string[] = [];
  let frontier = [candidateId];
  while (frontier.length > 0 && candidates.length < 1000) {
    const found = mergedIds(db, frontier);
    applications.push(...found.applications);
    frontier = found.candidates.filter((id) => !candidates.includes(id));
    candidates.push(...frontier);
  }
  return { candidates, applications };
}

function toEntry(row: ActivityRow): TimelineEntry {
  return {
    id: row.id,
    entityType: row.entity_type,
    entityId: row.entity_id,
    action: row.action,
    details: JSON.parse(row.details_json) as Record<string, unknown>,
    createdAt: row.created_at,
  };
}

/** Every log entity that belongs to the candidate: themselves, people merged into them, their applications and files. */
export function historyScope(db: Db, candidateId: string): { candidate: string[]; application: string[]; attachment: string[] } {
  const family = mergeFamily(db, candidateId);
  const current = statement(db, 'SELECT id FROM applications WHERE candidate_id = ?').pluck().all(candidateId) as string[];
  const files = statement(db, 'SELECT id FROM attachments WHERE candidate_id = ?').pluck().all(candidateId) as string[];
  return { candidate: family.candidates, application: [...new Set([...current, ...family.applications])], attachment: files };
}

/** Everything that happened to the candidate and their applications, newest first. */
export function candidateTimeline(db: Db, candidateId: string): TimelineEntry[] {
  const scope = historyScope(db, candidateId);
  const rows = [
    ...activityFor(db, 'candidate', scope.candidate),
    ...activityFor(db, 'application', scope.application),
    ...activityFor(db, 'attachment', scope.attachment),
  ];
  const unique = new Map(rows.map((row) => [row.id, row]));
  return [...unique.values()]
    .sort((a, b) => (a.created_at === b.created_at ? b.seq - a.seq : a.created_at < b.created_at ? 1 : -1))
    .map(toEntry);
}
