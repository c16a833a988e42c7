// The pipeline operations: the board of a role (stages with counts, cards) and editing its stages (rename,
// reorder, add, remove with a safe move of the applications in them). Runs in plain Node inside the caller's transaction.
import { randomUUID } from 'node:crypto';
import type { Pipeline, PipelineUpdateInput } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { afterStagesChanged, moveOutOfRemovedStage, mustGetApplication } from '../applications/applications-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, invalidInput, notFound } from '../errors';
import { getRole } from '../roles/roles-repo';
import { boardCards } from './board-repo';
import { planStages, type StagePlan } from './pipeline-rules';
import { applicationsInStage, deleteStage, ensureStages, getStage, insertStage, stageCounts, updateStage, type StageRow } from './stages-repo';

export function mustHaveRole(ctx: CoreContext, roleId: string): void {
  if (!getRole(ctx.db, roleId)) throw notFound('That role');
}

/** The board: stages in order with their card counts, and every card in one query plus one for tags. */
export function readPipeline(ctx: CoreContext, roleId: string): Pipeline {
  mustHaveRole(ctx, roleId);
  const stages = ensureStages(ctx.db, roleId, nextStamp(ctx));
  const counts = stageCounts(ctx.db, roleId);
  return {
    roleId,
    stages: stages.map((s) => ({ id: s.id, name: s.name, position: s.position, kind: s.kind, waitDays: s.wait_days, count: counts.get(s.id) ?? 0 })),
    cards: boardCards(ctx.db, roleId, ctx.now()),
  };
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
