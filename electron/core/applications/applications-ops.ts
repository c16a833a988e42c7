// The write operations on applications, each run inside the caller's transaction: create for roles,
// reject with a reason, reactivate, delete, tag. Shared by the single and bulk channels. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import { logActivity } from '../activity/activity-repo';
import { touchCandidate } from '../candidates/candidates-repo';
import { normalizeTag } from '../candidates/candidates-rules';
import { reindexCandidate } from '../candidates/candidates-search';
import type { Db } from '../db/open-database';
import { statement } from '../db/statements';
import { DomainError, notFound } from '../errors';
import { ensureStages, getStage, type StageRow } from '../pipeline/stages-repo';
import { getRole } from '../roles/roles-repo';
import { applicationFor, deleteApplication, insertApplication, type ApplicationRow } from './applications-repo';
import { placeInColumn, stageOfRole, transition } from './applications-service';
import { getReason } from './rejection-reasons-repo';

export function candidateExists(db: Db, candidateId: string): boolean {
  return statement(db, 'SELECT 1 FROM candidates WHERE id = ?').get(candidateId) !== undefined;
}

/** The stage a new application starts in: the given one (of this role) or the first. */
function startStage(db: Db, roleId: string, stageId: string | undefined, at: string): StageRow {
  const stages = ensureStages(db, roleId, at);
  if (stageId !== undefined) return stageOfRole(db, stageId, roleId);
  return stages[0] as StageRow;
}

/** Adds a candidate to one role; a second application to the same role is a conflict naming it. */
export function createApplication(db: Db, candidateId: string, roleId: string, stageId: string | undefined, at: string): ApplicationRow {
  const role = getRole(db, roleId);
  if (!role) throw notFound('That role');
  if (applicationFor(db, candidateId, roleId)) {
    throw new DomainError('conflict', `This candidate has already applied to ${role.title}.`);
  }
  const stage = startStage(db, roleId, stageId, at);
  const id = randomUUID();
  const row: ApplicationRow = {
    id, candidate_id: candidateId, role_id: roleId, stage_id: stage.id, status: stage.kind === 'hired' ? 'hired' : 'active',
    rejection_reason_id: null, rejection_note: '', rating: null, position: placeInColumn(db, stage.id, null, id),
    stage_entered_at: at, created_at: at, updated_at: at,
  };
  insertApplication(db, row);
  statement(db, `INSERT INTO stage_events (id, application_id, from_stage_id, to_stage_id, from_stage_name, to_stage_name, from_status, to_status, note, created_at, updated_at)
    VALUES (?, ?, NULL, ?, '', ?, NULL, ?, '', ?, ?)`).run(randomUUID(), id, stage.id, stage.name, row.status, at, at);
  logActivity(db, { entityType: 'application', entityId: id, action: 'created', details: { candidateId, roleId, role: role.title, stage: stage.name }, at });
  return row;
}

/** Rejects (we rejected) or marks withdrawn (they withdrew), by the reason's kind; leaves the board. */
export function rejectApplication(db: Db, app: ApplicationRow, reasonId: string, note: string, at: string): ApplicationRow {
  const reason = getReason(db, reasonId);
  if (!reason) throw notFound('That rejection reason');
  const status = reason.kind === 'we_rejected' ? 'rejected' : 'withdrawn';
  const stage = getStage(db, app.stage_id) as StageRow;
  return transition(db, app, {
    toStage: stage, status, note, at, reasonId, rejectionNote: note, action: status,
    details: { reason: reason.name, reasonKind: reason.kind },
  });
}

/** Back on the board, in its last stage or the given one, at the bottom of that column. */
export function reactivateApplication(db: Db, app: ApplicationRow, stageId: string | undefined, at: string): ApplicationRow {
  if (app.status === 'active') throw new DomainError('conflict', 'This application is already active.');
  const stage = stageOfRole(db, stageId ?? app.stage_id, app.role_id);
  const status = stage.kind === 'hired' ? 'hired' : 'active';
  const position = placeInColumn(db, stage.id, null, app.id);
  return transition(db, app, { toStage: stage, status, note: '', at, position, action: 'reactivated' });
}

export function removeApplication(db: Db, app: ApplicationRow, at: string): void {
  deleteApplication(db, app.id);
  logActivity(db, { entityType: 'candidate', entityId: app.candidate_id, action: 'application_deleted', details: { applicationId: app.id, roleId: app.role_id }, at });
}

/** Adds tags to the application's candidate (existing tags are kept; case-insensitive). */
export function tagCandidate(db: Db, app: ApplicationRow, tags: readonly string[], at: string): void {
  const insert = statement(db, 'INSERT OR IGNORE INTO candidate_tags (candidate_id, tag, tag_norm) VALUES (?, ?, ?)');
  let added = 0;
  for (const tag of tags) added += insert.run(app.candidate_id, tag, normalizeTag(tag)).changes;
  if (added > 0) {
    touchCandidate(db, app.candidate_id, at);
    reindexCandidate(db, app.candidate_id);
    logActivity(db, { entityType: 'candidate', entityId: app.candidate_id, action: 'tagged', details: { tags }, at });
  }
}
