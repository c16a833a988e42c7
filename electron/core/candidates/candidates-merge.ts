// Merging two records of the same person: every application, note, file, stage event and contact detail
// ends up on the kept candidate, then the other is deleted. Runs in plain Node; the caller holds the
// transaction, so a merge happens whole or not at all.
import type { Candidate, CandidateMergeResult } from '../../contract';
import { CANDIDATE_LIMITS } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { notFound } from '../errors';
import { cleanLists, deleteCandidate, getCandidate, updateCandidate } from './candidates-repo';

type Moved = CandidateMergeResult['moved'];

interface AppRow {
  id: string;
  role_id: string;
  rating: number | null;
}

/** The kept record's fields, with blanks filled and lists joined from the merged one (deduplicated). */
export function mergedFields(keep: Candidate, other: Candidate, stamp: string): Candidate {
  const lists = cleanLists({
    emails: [...keep.emails, ...other.emails],
    phones: [...keep.phones, ...other.phones],
    links: [...keep.links, ...other.links],
    tags: [...keep.tags, ...other.tags],
  });
  const summary = [keep.summary, other.summary].filter((s) => s !== '').join('\n\n').slice(0, CANDIDATE_LIMITS.summary);
  return {
    ...keep,
    emails: lists.emails.slice(0, CANDIDATE_LIMITS.emails),
    phones: lists.phones.slice(0, CANDIDATE_LIMITS.phones),
    links: lists.links.slice(0, CANDIDATE_LIMITS.links),
    tags: lists.tags.slice(0, CANDIDATE_LIMITS.tags),
    location: keep.location || other.location,
    linkedinUrl: keep.linkedinUrl || other.linkedinUrl,
    portfolioUrl: keep.portfolioUrl || other.portfolioUrl,
    sourceDetail: keep.sourceDetail || other.sourceDetail,
    summary: keep.summary === other.summary ? keep.summary : summary,
    // Keep data for as long as either record promised to.
    retentionUntil: [keep.retentionUntil, other.retentionUntil].filter((d): d is string => d !== null).sort().at(-1) ?? null,
    updatedAt: stamp,
  };
}

function countFor(db: Db, table: 'application_notes' | 'stage_events', applicationId: string): number {
  return statement(db, `SELECT count(*) FROM ${table} WHERE application_id = ?`).pluck().get(applicationId) as number;
}

/** Folds the merged person's application into the kept one for the same role. */
function combineApplication(db: Db, from: AppRow, into: AppRow, stamp: string, moved: Moved): void {
  moved.notes += countFor(db, 'application_notes', from.id);
  moved.stageEvents += countFor(db, 'stage_events', from.id);
  statement(db, 'UPDATE application_notes SET application_id = ? WHERE application_id = ?').run(into.id, from.id);
  // The append-only trigger allows exactly this: re-homing events, never changing what they say.
  statement(db, 'UPDATE stage_events SET application_id = ? WHERE application_id = ?').run(into.id, from.id);
  // Interviews (and their scorecards) follow too; deleting `from` would otherwise cascade them away.
  statement(db, 'UPDATE interviews SET application_id = ?, updated_at = ? WHERE application_id = ?').run(into.id, stamp, from.id);
  if (into.rating === null && from.rating !== null) {
    statement(db, 'UPDATE applications SET rating = ?, updated_at = ? WHERE id = ?').run(from.rating, stamp, into.id);
  }
  statement(db, 'DELETE FROM applications WHERE id = ?').run(from.id);
  logActivity(db, { entityType: 'application', entityId: into.id, action: 'merged', details: { absorbedApplicationId: from.id }, at: stamp });
  moved.combined++;
}

function moveApplications(db: Db, keepId: string, mergeId: string, stamp: string, moved: Moved): string[] {
  const appsOf = statement(db, 'SELECT id, role_id, rating FROM applications WHERE candidate_id = ? ORDER BY created_at, rowid');
  const kept = new Map((appsOf.all(keepId) as AppRow[]).map((app) => [app.role_id, app]));
  const absorbed: string[] = [];
  for (const app of appsOf.all(mergeId) as AppRow[]) {
    const same = kept.get(app.role_id);
    if (same) {
      combineApplication(db, app, same, stamp, moved);
      absorbed.push(app.id);
      continue;
    }
    moved.notes += countFor(db, 'application_notes', app.id);
    moved.stageEvents += countFor(db, 'stage_events', app.id);
    statement(db, 'UPDATE applications SET candidate_id = ?, updated_at = ? WHERE id = ?').run(keepId, stamp, app.id);
    moved.applications++;
  }
  return absorbed;
}

/** Merges `mergeId` into `keepId`; call inside a transaction. Returns what moved. */
export function mergeCandidates(db: Db, keepId: string, mergeId: string, stamp: string): Moved {
  const keep = getCandidate(db, keepId);
  const other = getCandidate(db, mergeId);
  if (!keep || !other) throw notFound('One of those candidates');
  const moved: Moved = { applications: 0, combined: 0, attachments: 0, notes: 0, stageEvents: 0 };
  const absorbedApplicationIds = moveApplications(db, keepId, mergeId, stamp, moved);
  moved.attachments = statement(db, 'UPDATE attachments SET candidate_id = ?, updated_at = ? WHERE candidate_id = ?').run(keepId, stamp, mergeId).changes;
  // Lists and the search entry are rewritten here, after the files moved, so their text is indexed.
  updateCandidate(db, mergedFields(keep, other, stamp));
  deleteCandidate(db, mergeId);
  logActivity(db, {
    entityType: 'candidate',
    entityId: keepId,
    action: 'merged',
    details: { mergedId: mergeId, mergedName: other.fullName, absorbedApplicationIds, ...moved },
    at: stamp,
  });
  return moved;
}
