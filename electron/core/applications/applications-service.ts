// The application moves shared by the single and bulk channels: place a card in a column (midpoint,
// renormalizing when gaps get tiny), change stage or status with a stage event and an activity entry.
// Runs in plain Node inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { ApplicationStatus } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import type { Db } from '../db/open-database';
import { DomainError, notFound } from '../errors';
import { evenPositions, positionBetween } from '../pipeline/pipeline-rules';
import { getStage, type StageRow } from '../pipeline/stages-repo';
import {
  columnOrder,
  getApplication,
  insertStageEvent,
  saveApplicationState,
  setPosition,
  type ApplicationRow,
} from './applications-repo';

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
 * The position for a card dropped above `beforeId` (at the bottom when null) in a column, leaving out
 * `movingId`. Renumbers the column first when the neighbours are too close to split.
 */
export function placeInColumn(db: Db, stageId: string, beforeId: string | null, movingId: string): number {
  let column = columnOrder(db, stageId).filter((card) => card.id !== movingId);
  const find = (): number => (beforeId === null ? column.length : column.findIndex((card) => card.id === beforeId));
  if (beforeId !== null && find() < 0) throw new DomainError('not_found', 'The card to place it before is not in that column.');
  const between = (): number | null => {
    const index = find();
    return positionBetween(column[index - 1]?.position ?? null, column[index]?.position ?? null);
  };
  const first = between();
  if (first !== null) return first;
  const even = evenPositions(column.length);
  column.forEach((card, index) => setPosition(db, card.id, even[index] as number));
  column = column.map((card, index) => ({ id: card.id, position: even[index] as number }));
  return between() as number;
}

export interface Transition {
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
export function transition(db: Db, app: ApplicationRow, change: Transition): ApplicationRow {
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
  logActivity(db, {
    entityType: 'application',
    entityId: app.id,
    action: change.action,
    details: { candidateId: app.candidate_id, roleId: app.role_id, from: from?.name ?? '', to: change.toStage.name, status: change.status, ...change.details },
    at: change.at,
  });
  return next;
}

/** Moves to a stage (bottom of the column unless placed before a card); the hired stage hires. */
export function moveTo(db: Db, app: ApplicationRow, toStage: StageRow, at: string, options: { beforeId?: string | null; note?: string } = {}): ApplicationRow {
  const position = placeInColumn(db, toStage.id, options.beforeId ?? null, app.id);
  const status: ApplicationStatus = toStage.kind === 'hired' ? 'hired' : 'active';
  if (toStage.id === app.stage_id && status === app.status) {
    setPosition(db, app.id, position);
    return { ...app, position };
  }
  return transition(db, app, { toStage, status, note: options.note ?? '', at, position, action: status === 'hired' ? 'hired' : 'moved' });
}
