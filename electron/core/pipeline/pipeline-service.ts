// The pipeline operations: the board of a role (stages with counts, the first cards of each column, more of one column) and editing its stages (rename,
// reorder, add, remove with a safe move of the applications in them). Runs in plain Node inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import { BOARD_WINDOW, type Pipeline, type PipelineColumn, type PipelineUpdateInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { afterStagesChanged, moveOutOfRemovedStage, mustGetApplication } from '../applications/applications-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, invalidInput, notFound } from '../errors';
import { getRole } from '../roles/roles-repo';
import { columnWindow, toCards, type CardRow } from './board-repo';
import { cardInColumn, columnCount, columnOf, columnRank, placeOf, type Column, type ColumnKey } from './column-repo';
import { planStages, type StagePlan } from './pipeline-rules';
import { applicationsInStage, deleteStage, ensureStages, getStage, insertStage, updateStage, type StageRow } from './stages-repo';

export function mustHaveRole(ctx: CoreContext, roleId: string): void {
  if (!getRole(ctx.db, roleId)) throw notFound('That role');
}

/** The board: stages in order with their card counts, and the first window of each column (down to `through`). */
export function readPipeline(ctx: CoreContext, roleId: string, through?: string): Pipeline {
  mustHaveRole(ctx, roleId);
  const stages = ensureStages(ctx.db, roleId, nextStamp(ctx));
  const rows: CardRow[] = [];
  const counted = stages.map((stage) => {
    const column = columnOf(stage);
    rows.push(...columnWindow(ctx.db, column, null, windowDownTo(ctx.db, column, through)));
    return { id: stage.id, name: stage.name, position: stage.position, kind: stage.kind, waitDays: stage.wait_days, count: columnCount(ctx.db, column) };
  });
  return { roleId, stages: counted, cards: toCards(ctx.db, rows, ctx.now()) };
}

/** The first window's size: BOARD_WINDOW, or down to the card `through` when it is in this column. */
function windowDownTo(db: CoreContext['db'], column: Column, through: string | undefined): number {
  const card = through === undefined ? null : cardInColumn(db, column, through);
  return card === null ? BOARD_WINDOW : Math.max(BOARD_WINDOW, columnRank(db, column, card));
}

/** The next cards of a column after the card `after` (where it is now, if still in this column; else its given position). */
export function readColumn(ctx: CoreContext, input: { stageId: string; after?: { applicationId: string; position: number } | null; limit: number }): PipelineColumn {
  const stage = getStage(ctx.db, input.stageId);
  if (!stage) throw notFound('That stage');
  const column = columnOf(stage);
  let key: ColumnKey | null = null;
  if (input.after) {
    const now = placeOf(ctx.db, input.after.applicationId);
    const here = now !== null && now.stageId === column.stageId && now.status === column.status;
    // A card gone from the column: continue after its old position, past every card that shares it.
    key = { position: here ? now.position : input.after.position, rowid: now?.rowid ?? Number.MAX_SAFE_INTEGER };
  }
  const rows = columnWindow(ctx.db, column, key, input.limit + 1);
  const more = rows.length > input.limit;
  return { stageId: stage.id, count: columnCount(ctx.db, column), cards: toCards(ctx.db, rows.slice(0, input.limit), ctx.now()), more };
}

function removalTarget(db: CoreContext['db'], plan: StagePlan, input: PipelineUpdateInput): { waiting: number; targetId: string | null } {
  const waiting = plan.removed.reduce((sum, stage) => sum + applicationsInStage(db, stage.id).length, 0);
  if (waiting === 0) return { waiting, targetId: null };
  if (input.moveRemovedTo === undefined) {
    const names = plan.removed.map((stage) => `"${stage.name}"`).join(', ');
    throw new DomainError('conflict', `${waiting} ${waiting === 1 ? 'application is' : 'applications are'} in ${names}. Choose a stage to move them to first.`);
  }
  const target = plan.order.find((stage) => stage.id === input.moveRemovedTo);
  if (!target) throw invalidInput([{ path: ['moveRemovedTo'], message: 'Move them to a stage that stays' }]);
  return { waiting, targetId: target.id };
}

function moveOut(ctx: CoreContext, plan: StagePlan, targetId: string, at: string): void {
  const target = getStage(ctx.db, targetId) as StageRow;
  for (const removed of plan.removed) {
    for (const { id } of applicationsInStage(ctx.db, removed.id)) moveOutOfRemovedStage(ctx.db, mustGetApplication(ctx.db, id), target, at);
  }
}

/** Renames, reorders, adds and removes stages as asked, moving the removed stages' applications first. */
export function applyPlan(ctx: CoreContext, input: PipelineUpdateInput): void {
  const at = nextStamp(ctx);
  const current = ensureStages(ctx.db, input.roleId, at);
  const plan = planStages(current, input.stages, randomUUID);
  const { targetId } = removalTarget(ctx.db, plan, input);
  plan.order.forEach((stage, position) => {
    if (stage.isNew) insertStage(ctx.db, { id: stage.id, role_id: input.roleId, name: stage.name, position, kind: stage.kind, wait_days: stage.waitDays }, at);
    else updateStage(ctx.db, stage.id, { name: stage.name, position, waitDays: stage.waitDays }, at);
  });
  if (targetId !== null) moveOut(ctx, plan, targetId, at);
  for (const stage of plan.removed) deleteStage(ctx.db, stage.id);
  afterStagesChanged(ctx.db, input.roleId);
  logActivity(ctx.db, {
    entityType: 'role',
    entityId: input.roleId,
    action: 'pipeline_changed',
    details: { stages: plan.order.map((stage) => stage.name), removed: plan.removed.map((stage) => stage.name) },
    at,
  });
}
