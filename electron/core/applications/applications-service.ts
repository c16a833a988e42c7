// The application lifecycle, written once for every caller (the single and bulk channels, CSV import's role
// targets, stage removal, sample data, candidate merge): create (with its first stage event and activity
// entry), move and reorder (midpoint placing between the two neighbours, renumbering the column when a gap runs out), hire, reject or withdraw,
// reactivate, rate, note, tag, delete, the stage history, and folding applications together on a merge.
// Every stage event is followed by refreshFacts, so the report facts (migration 8) always match the history.
// Each runs inside the caller's transaction. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import type { ApplicationBulkInput, ApplicationNote, ApplicationStatus, StageHistory } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { addTags, touchCandidate } from '../candidates/candidates-repo';
import { reindexCandidate } from '../candidates/candidates-search-repo';
import type { Db } from '../db/open-database';
import { DomainError, notFound } from '../errors';
import { evenPositions, positionBetween } from '../pipeline/pipeline-rules';
import { cardAbove, cardInColumn, columnCards, columnOf, lastCard } from '../pipeline/column-repo';
import { ensureStages, getStage, listStages, type StageRow } from '../pipeline/stages-repo';
import { getRole } from '../roles/roles-repo';
import {
  applicationFor,
  applicationsOfCandidate,
  childCounts,
  deleteApplication,
  getApplication,
  insertApplication,
  insertNote,
  insertStageEvent,
  rehomeChildren,
  saveApplicationState,
  setCandidateOf,
  setPosition,
  setRating,
  stageEvents,
  type ApplicationRow,
} from './applications-repo';
import { applicationFacts, msInStages, stageTotals, statusForStage, type FactEvent } from './applications-rules';
import { getReason } from './rejection-reasons-repo';
import { rewriteReachedOfRole, writeFacts } from './report-facts-repo';

export function mustGetApplication(db: Db, id: string): ApplicationRow {
  const row = getApplication(db, id);
  if (!row) throw notFound('That application');
  return row;
}

/** A stage of the application's role; a stage of another role is refused. */
export function stageOfRole(db: Db, stageId: string, roleId: string): StageRow {
  const stage = getStage(db, stageId);
  if (!stage || stage.role_id !== roleId) throw new DomainError('not_found', "That stage is not part of this role's pipeline.");
  return stage;
}

/**
 * The position for a card dropped above `beforeId` (at the bottom when null) in a stage's column, leaving out
 * `movingId`: halfway between its two neighbours, read by key (column-repo.ts), so a move costs the same in any
 * column. Renumbers the column first, the one time in many that the neighbours are too close to split.
 */
export function placeInColumn(db: Db, stage: StageRow, beforeId: string | null, movingId: string): number {
  const column = columnOf(stage);
  const between = (): number | null => {
    const below = beforeId === null ? null : cardInColumn(db, column, beforeId);
    if (beforeId !== null && (below === null || beforeId === movingId)) throw new DomainError('not_found', 'The card to place it before is not in that column.');
    const above = below === null ? lastCard(db, column, movingId) : cardAbove(db, column, below, movingId);
    return positionBetween(above?.position ?? null, below?.position ?? null);
  };
  const first = between();
  if (first !== null) return first;
  const cards = columnCards(db, column).filter((card) => card.id !== movingId);
  const even = evenPositions(cards.length);
  cards.forEach((card, index) => setPosition(db, card.id, even[index] as number));
  return between() as number;
}

/** Rewrites the application's report facts from its whole history (`events` when the caller has them, oldest first). */
function refreshFacts(db: Db, app: ApplicationRow, events: readonly FactEvent[] = stageEvents(db, app.id)): void {
  writeFacts(db, app.id, app.role_id, applicationFacts(events, app.status, app.created_at));
}

// ---- create ----------------------------------------------------------------------------------------

export interface NewApplication {
  candidateId: string;
  roleId: string;
  stage: StageRow;
  position: number;
  at: string;
  /** The first stage event's note ('Imported' for CSV imports). */
  note?: string;
  /** The activity entry's details; null writes none (CSV imports log the import, not each application). */
  activity: Record<string, unknown> | null;
}

/** Writes a new application in its first stage with the first stage event (and the activity entry). */
export function startApplication(db: Db, fresh: NewApplication): ApplicationRow {
  const { stage, at } = fresh;
  const row: ApplicationRow = {
    id: randomUUID(), candidate_id: fresh.candidateId, role_id: fresh.roleId, stage_id: stage.id, status: statusForStage(stage.kind),
    rejection_reason_id: null, rejection_note: '', rating: null, position: fresh.position,
    stage_entered_at: at, created_at: at, updated_at: at,
  };
  insertApplication(db, row);
  const first = {
    id: randomUUID(), application_id: row.id, from_stage_id: null, to_stage_id: stage.id, from_stage_name: '', to_stage_name: stage.name,
    from_status: null, to_status: row.status, note: fresh.note ?? '', created_at: at,
  };
  insertStageEvent(db, first);
  refreshFacts(db, row, [first]);
  if (fresh.activity !== null) logActivity(db, { entityType: 'application', entityId: row.id, action: 'created', details: fresh.activity, at });
  return row;
}

/** Adds a candidate to one role, in the given stage (of this role) or the first; a second application to the same role is a conflict naming it. */
export function createApplication(db: Db, candidateId: string, roleId: string, stageId: string | undefined, at: string): ApplicationRow {
  const role = getRole(db, roleId);
  if (!role) throw notFound('That role');
  if (applicationFor(db, candidateId, roleId)) {
    throw new DomainError('conflict', `This candidate has already applied to ${role.title}.`);
  }
  const stages = ensureStages(db, roleId, at);
  const stage = stageId !== undefined ? stageOfRole(db, stageId, roleId) : (stages[0] as StageRow);
  // The new id is not in the column yet, so no card is left out.
  const position = placeInColumn(db, stage, null, '');
  return startApplication(db, { candidateId, roleId, stage, position, at, activity: { candidateId, roleId, role: role.title, stage: stage.name } });
}

// ---- moves -----------------------------------------------------------------------------------------

interface Transition {
  toStage: StageRow;
  status: ApplicationStatus;
  note: string;
  at: string;
  position?: number;
  reasonId?: string | null;
  /** For rejections: the note kept on the application; a status-keeping move keeps the old one. */
  rejectionNote?: string;
  /** Written to the activity log. */
  action: string;
  details?: Record<string, unknown>;
}

/** Moves an application to a stage and/or status, recording the stage event and the activity entry. */
function transition(db: Db, app: ApplicationRow, change: Transition): ApplicationRow {
  const from = getStage(db, app.stage_id);
  const stageChanged = change.toStage.id !== app.stage_id;
  const closed = change.status === 'rejected' || change.status === 'withdrawn';
  const next: ApplicationRow = {
    ...app,
    stage_id: change.toStage.id,
    status: change.status,
    rejection_reason_id: closed ? (change.reasonId === undefined ? app.rejection_reason_id : change.reasonId) : null,
    rejection_note: closed ? (change.rejectionNote ?? app.rejection_note) : '',
    position: change.position ?? app.position,
    stage_entered_at: stageChanged ? change.at : app.stage_entered_at,
    updated_at: change.at,
  };
  saveApplicationState(db, next);
  insertStageEvent(db, {
    id: randomUUID(),
    application_id: app.id,
    from_stage_id: app.stage_id,
    to_stage_id: change.toStage.id,
    from_stage_name: from?.name ?? '',
    to_stage_name: change.toStage.name,
    from_status: app.status,
    to_status: change.status,
    note: change.note,
    created_at: change.at,
  });
  refreshFacts(db, next);
  logActivity(db, {
    entityType: 'application',
    entityId: app.id,
    action: change.action,
    details: { candidateId: app.candidate_id, roleId: app.role_id, from: from?.name ?? '', to: change.toStage.name, status: change.status, ...change.details },
    at: change.at,
  });
  return next;
}

/** Moves to a stage (bottom of the column unless placed before a card), or reorders within one; the hired stage hires. */
export function moveTo(db: Db, app: ApplicationRow, toStage: StageRow, at: string, options: { beforeId?: string | null; note?: string } = {}): ApplicationRow {
  const position = placeInColumn(db, toStage, options.beforeId ?? null, app.id);
  const status = statusForStage(toStage.kind);
  if (toStage.id === app.stage_id && status === app.status) {
    setPosition(db, app.id, position);
    return { ...app, position };
  }
  return transition(db, app, { toStage, status, note: options.note ?? '', at, position, action: status === 'hired' ? 'hired' : 'moved' });
}

/** A move asked for by a person: only applications on the board can move. */
export function moveOnBoard(db: Db, app: ApplicationRow, toStageId: string, at: string, options: { beforeId?: string | null; note?: string; many?: boolean } = {}): ApplicationRow {
  if (app.status !== 'active' && app.status !== 'hired') {
    throw new DomainError('conflict', options.many ? 'Reactivate the closed applications before moving them.' : 'Reactivate this application before moving it.');
  }
  return moveTo(db, app, stageOfRole(db, toStageId, app.role_id), at, options);
}

/** Moves to the role's hired stage; already hired stays as it is. */
export function hireApplication(db: Db, app: ApplicationRow, at: string): ApplicationRow {
  if (app.status === 'hired') return app;
  const hired = listStages(db, app.role_id).find((stage) => stage.kind === 'hired');
  if (!hired) throw new DomainError('conflict', 'This role has no hired stage.');
  return moveTo(db, app, hired, at);
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
  const position = placeInColumn(db, stage, null, app.id);
  return transition(db, app, { toStage: stage, status: statusForStage(stage.kind), note: '', at, position, action: 'reactivated' });
}

/** Out of a stage being removed into `target`: on-board cards take the target's status, closed ones keep theirs. */
export function moveOutOfRemovedStage(db: Db, app: ApplicationRow, target: StageRow, at: string): ApplicationRow {
  const onBoard = app.status === 'active' || app.status === 'hired';
  const status = onBoard ? statusForStage(target.kind) : app.status;
  const position = onBoard ? placeInColumn(db, target, null, app.id) : app.position;
  return transition(db, app, { toStage: target, status, note: 'Stage removed', at, position, action: 'moved' });
}

/** After a role's stages were reordered, added or removed: how far each of its applications got, as they stand now. */
export function afterStagesChanged(db: Db, roleId: string): void {
  rewriteReachedOfRole(db, roleId);
}

// ---- other writes ----------------------------------------------------------------------------------

export function rateApplication(db: Db, app: ApplicationRow, rating: number | null, at: string): ApplicationRow {
  if (app.rating === rating) return app;
  setRating(db, app.id, rating, at);
  // scale: 4 marks the four-point scale; 'rated' entries without it (before migration 0006) counted stars.
  logActivity(db, { entityType: 'application', entityId: app.id, action: 'rated', details: { from: app.rating, to: rating, scale: 4 }, at });
  return { ...app, rating, updated_at: at };
}

export function addNote(db: Db, app: ApplicationRow, note: ApplicationNote): void {
  insertNote(db, note);
  reindexCandidate(db, app.candidate_id);
  logActivity(db, { entityType: 'application', entityId: app.id, action: 'note_added', details: { noteId: note.id }, at: note.createdAt });
}

export function removeApplication(db: Db, app: ApplicationRow, at: string): void {
  deleteApplication(db, app.id);
  // Its notes and interview notes went with it: the person's search entry must not find them any more.
  reindexCandidate(db, app.candidate_id);
  logActivity(db, { entityType: 'candidate', entityId: app.candidate_id, action: 'application_deleted', details: { applicationId: app.id, roleId: app.role_id }, at });
}

/** Adds tags to the application's candidate (existing tags are kept; case-insensitive). */
export function tagCandidate(db: Db, app: ApplicationRow, tags: readonly string[], at: string): void {
  if (addTags(db, app.candidate_id, tags) > 0) {
    touchCandidate(db, app.candidate_id, at);
    reindexCandidate(db, app.candidate_id);
    logActivity(db, { entityType: 'candidate', entityId: app.candidate_id, action: 'tagged', details: { tags }, at });
  }
}

/** One bulk action (move, reject, tag, delete) on each application; the caller's transaction makes it all or nothing. */
export function applyBulk(db: Db, input: ApplicationBulkInput, at: string): ApplicationRow[] {
  if (input.action === 'move' && !getStage(db, input.toStageId)) throw new DomainError('not_found', 'That stage was not found.');
  return [...new Set(input.applicationIds)].map((id) => {
    const app = mustGetApplication(db, id);
    switch (input.action) {
      case 'move':
        moveOnBoard(db, app, input.toStageId, at, { note: input.note ?? '', many: true });
        break;
      case 'reject':
        rejectApplication(db, app, input.reasonId, input.note ?? '', at);
        break;
      case 'tag':
        tagCandidate(db, app, input.tags, at);
        break;
      case 'delete':
        removeApplication(db, app, at);
    }
    return app;
  });
}

// ---- reads -----------------------------------------------------------------------------------------

/** Every stage event with the time spent after it, and the time on the board per stage. */
export function stageHistory(db: Db, applicationId: string, now: Date): StageHistory {
  mustGetApplication(db, applicationId);
  const events = stageEvents(db, applicationId);
  const spans = msInStages(events.map((e) => ({ id: e.id, toStageId: e.to_stage_id, at: e.created_at })), now);
  return {
    applicationId,
    events: events.map((e, index) => ({
      id: e.id,
      fromStageId: e.from_stage_id,
      fromStage: e.from_stage_id === null ? null : e.from_stage_name,
      toStageId: e.to_stage_id,
      toStage: e.to_stage_id === null ? null : e.to_stage_name,
      status: e.to_status,
      note: e.note,
      at: e.created_at,
      msInStage: spans[index] ?? 0,
    })),
    totals: stageTotals(events, spans),
  };
}

// ---- candidate merge -------------------------------------------------------------------------------

export interface MovedByMerge {
  applications: number;
  combined: number;
  notes: number;
  stageEvents: number;
}

/** Folds the merged person's application into the kept one for the same role (notes, events, interviews, rating). */
function combineApplication(db: Db, from: ApplicationRow, into: ApplicationRow, at: string, moved: MovedByMerge): void {
  const counts = childCounts(db, from.id);
  moved.notes += counts.notes;
  moved.stageEvents += counts.stageEvents;
  rehomeChildren(db, from.id, into.id, at);
  refreshFacts(db, into);
  if (into.rating === null && from.rating !== null) setRating(db, into.id, from.rating, at);
  deleteApplication(db, from.id);
  logActivity(db, { entityType: 'application', entityId: into.id, action: 'merged', details: { absorbedApplicationId: from.id }, at });
  moved.combined++;
}

/** Gives `mergeId`'s applications to `keepId`, combining those for a role both applied to; returns the absorbed ids. */
export function mergeApplications(db: Db, keepId: string, mergeId: string, at: string, moved: MovedByMerge): string[] {
  const kept = new Map(applicationsOfCandidate(db, keepId).map((app) => [app.role_id, app]));
  const absorbed: string[] = [];
  for (const app of applicationsOfCandidate(db, mergeId)) {
    const same = kept.get(app.role_id);
    if (same) {
      combineApplication(db, app, same, at, moved);
      absorbed.push(app.id);
      continue;
    }
    const counts = childCounts(db, app.id);
    moved.notes += counts.notes;
    moved.stageEvents += counts.stageEvents;
    setCandidateOf(db, app.id, keepId, at);
    moved.applications++;
  }
  return absorbed;
}
