// The pipeline channels: the board of a role (stages with counts, cards) and editing its stages
// (rename, reorder, add, remove with a safe move of the applications in them). Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import type { Pipeline, PipelineUpdateInput, PipelineChannel } from '../../contract';
import { logActivity } from '../activity/activity-repo';
import { mustGetApplication, placeInColumn, transition } from '../applications/applications-service';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError, invalidInput, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { getRole } from '../roles/roles-repo';
import { boardCards } from './board-repo';
import { planStages, type StagePlan } from './pipeline-rules';
import { applicationsInStage, deleteStage, ensureStages, insertStage, stageCounts, updateStage } from './stages-repo';

function mustHaveRole(ctx: CoreContext, roleId: string): void {
  if (!getRole(ctx.db, roleId)) throw notFound('That role');
}

/** The board: stages in order with their card counts, and every card in one query plus one for tags. */
export function readPipeline(ctx: CoreContext, roleId: string): Pipeline {
  mustHaveRole(ctx, roleId);
  const stages = ensureStages(ctx.db, roleId, nextStamp(ctx));
  const counts = stageCounts(ctx.db, roleId);
  return {
    roleId,
    stages: stages.map((s) => ({ id: s.id, name: s.name, position: s.position, kind: s.kind, count: counts.get(s.id) ?? 0 })),
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
  const target = plan.order.find((stage) => stage.id === targetId);
  if (!target) return;
  const row = { id: target.id, role_id: '', name: target.name, position: 0, kind: target.kind };
  for (const removed of plan.removed) {
    for (const { id } of applicationsInStage(ctx.db, removed.id)) {
      const app = mustGetApplication(ctx.db, id);
      const onBoard = app.status === 'active' || app.status === 'hired';
      const status = onBoard ? (target.kind === 'hired' ? 'hired' : 'active') : app.status;
      const position = onBoard ? placeInColumn(ctx.db, target.id, null, app.id) : app.position;
      transition(ctx.db, app, { toStage: { ...row, role_id: app.role_id }, status, note: 'Stage removed', at, position, action: 'moved' });
    }
  }
}

function applyPlan(ctx: CoreContext, input: PipelineUpdateInput): void {
  const at = nextStamp(ctx);
  const current = ensureStages(ctx.db, input.roleId, at);
  const plan = planStages(current, input.stages, randomUUID);
  const { targetId } = removalTarget(ctx.db, plan, input);
  plan.order.forEach((stage, position) => {
    if (stage.isNew) insertStage(ctx.db, { id: stage.id, role_id: input.roleId, name: stage.name, position, kind: stage.kind }, at);
    else updateStage(ctx.db, stage.id, stage.name, position, at);
  });
  if (targetId !== null) moveOut(ctx, plan, targetId, at);
  for (const stage of plan.removed) deleteStage(ctx.db, stage.id);
  logActivity(ctx.db, {
    entityType: 'role',
    entityId: input.roleId,
    action: 'pipeline_changed',
    details: { stages: plan.order.map((stage) => stage.name), removed: plan.removed.map((stage) => stage.name) },
    at,
  });
}

export const pipelineHandlers: HandlerGroup<PipelineChannel> = {
  'pipeline:get': ({ roleId }, ctx) => ctx.db.transaction(() => readPipeline(ctx, roleId))(),

  'pipeline:update-stages': (input, ctx) => {
    const pipeline = ctx.db.transaction(() => {
      mustHaveRole(ctx, input.roleId);
      applyPlan(ctx, input);
      return readPipeline(ctx, input.roleId);
    }).immediate();
    ctx.changed('pipeline', [input.roleId]);
    return pipeline;
  },
};
