// applications:bulk: one action (move, reject, tag, delete) on a multi-selection, all in one
// transaction, so one failing item leaves every application as it was. Runs in plain Node via dispatch.
import type { ApplicationBulkInput } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import { getStage } from '../pipeline/stages-repo';
import type { ApplicationRow } from './applications-repo';
import { rejectApplication, removeApplication, tagCandidate } from './applications-ops';
import { moveTo, mustGetApplication, stageOfRole } from './applications-service';

function applyOne(ctx: CoreContext, input: ApplicationBulkInput, app: ApplicationRow, at: string): void {
  switch (input.action) {
    case 'move': {
      if (app.status !== 'active' && app.status !== 'hired') throw new DomainError('conflict', 'Reactivate the closed applications before moving them.');
      moveTo(ctx.db, app, stageOfRole(ctx.db, input.toStageId, app.role_id), at, { note: input.note ?? '' });
      return;
    }
    case 'reject':
      rejectApplication(ctx.db, app, input.reasonId, input.note ?? '', at);
      return;
    case 'tag':
      tagCandidate(ctx.db, app, input.tags, at);
      return;
    case 'delete':
      removeApplication(ctx.db, app, at);
  }
}

export function bulkHandler(ctx: CoreContext, input: ApplicationBulkInput): { action: ApplicationBulkInput['action']; count: number } {
  const ids = [...new Set(input.applicationIds)];
  if (input.action === 'move' && !getStage(ctx.db, input.toStageId)) throw new DomainError('not_found', 'That stage was not found.');
  const touched = ctx.db.transaction(() => {
    const at = nextStamp(ctx);
    return ids.map((id) => {
      const app = mustGetApplication(ctx.db, id);
      applyOne(ctx, input, app, at);
      return app;
    });
  }).immediate();
  ctx.changed('applications', ids);
  ctx.changed('pipeline', [...new Set(touched.map((app) => app.role_id))]);
  if (input.action === 'tag' || input.action === 'delete') ctx.changed('candidates', [...new Set(touched.map((app) => app.candidate_id))]);
  return { action: input.action, count: ids.length };
}
