// The pipeline channels, each translated into a call of pipeline-service.ts in one transaction.
// Runs in plain Node via dispatch.
import type { PipelineChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { applyPlan, mustHaveRole, readColumn, readPipeline } from './pipeline-service';

export const pipelineHandlers: HandlerGroup<PipelineChannel> = {
  'pipeline:get': ({ roleId, through }, ctx) => ctx.db.transaction(() => readPipeline(ctx, roleId, through))(),

  'pipeline:column': (input, ctx) => ctx.db.transaction(() => readColumn(ctx, input))(),

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
