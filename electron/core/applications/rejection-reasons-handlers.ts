// The rejection-reason channels: the list, and saving the edited list (add, rename, reorder, archive;
// a stored reason left out is archived, never deleted, so past rejections keep their reason). Runs in plain Node.
import { randomUUID } from 'node:crypto';
import type { RejectionReason, RejectionReasonsSaveInput, RejectionReasonsChannel } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { invalidInput } from '../errors';
import type { HandlerGroup } from '../handlers';
import { insertReason, listReasons, updateReason } from './rejection-reasons-repo';

function saveReasons(ctx: CoreContext, input: RejectionReasonsSaveInput): void {
  const at = nextStamp(ctx);
  const stored = new Map(listReasons(ctx.db, true).map((reason) => [reason.id, reason]));
  const positions = { we_rejected: 0, they_withdrew: 0 };
  const seen = new Set<string>();
  input.reasons.forEach((wanted, index) => {
    if (wanted.id !== undefined && (!stored.has(wanted.id) || seen.has(wanted.id))) {
      throw invalidInput([{ path: ['reasons', index, 'id'], message: 'This reason is not in the list' }]);
    }
    const reason: RejectionReason = {
      id: wanted.id ?? randomUUID(),
      name: wanted.name,
      kind: wanted.kind,
      position: positions[wanted.kind]++,
      archived: wanted.archived,
    };
    seen.add(reason.id);
    if (wanted.id === undefined) insertReason(ctx.db, reason, at);
    else updateReason(ctx.db, reason, at);
  });
  for (const reason of stored.values()) {
    if (!seen.has(reason.id)) updateReason(ctx.db, { ...reason, position: positions[reason.kind]++, archived: true }, at);
  }
}

export const rejectionReasonsHandlers: HandlerGroup<RejectionReasonsChannel> = {
  'rejection-reasons:list': ({ includeArchived }, ctx) => ({ reasons: listReasons(ctx.db, includeArchived) }),

  'rejection-reasons:save': (input, ctx) => {
    const reasons = ctx.db.transaction(() => {
      saveReasons(ctx, input);
      return listReasons(ctx.db, true);
    }).immediate();
    ctx.changed('rejection-reasons', []);
    return { reasons };
  },
};
