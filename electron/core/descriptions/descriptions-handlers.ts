// The descriptions channels: read a role's sections, and save the whole ordered list (autosave), keeping
// a revision after a pause in editing. One transaction per save. Runs in plain Node via dispatch.
import type { DescriptionSaveInput, RoleDescription, DescriptionsChannel } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { HandlerGroup } from '../handlers';
import { cleanSection, keepPauseRevision, sameContent } from './descriptions-rules';
import { keepRevision, loadDescription, replaceDescription, toDescription } from './descriptions-service';
import { hasRevision } from './revisions-repo';

function conflict(): DomainError {
  return new DomainError(
    'conflict',
    'This job description was changed elsewhere since you opened it. Reload it to see the latest version.',
  );
}

/**
 * Autosave calls this every ~500 ms of rest, so the common paths are cheap: an unchanged description
 * writes nothing, and a changed one rewrites only the sections that differ. The revision rule lives in
 * keepPauseRevision (descriptions-rules.ts): the state before this save is kept when the previous save
 * was more than ten minutes ago, or when the role has no revision yet.
 */
export function saveDescription(ctx: CoreContext, input: DescriptionSaveInput): RoleDescription {
  return ctx.db
    .transaction(() => {
      const stored = loadDescription(ctx, input.roleId);
      if (input.expectedUpdatedAt !== undefined && input.expectedUpdatedAt !== stored.state.updatedAt) throw conflict();
      const incoming = input.sections.map((s) => cleanSection(s));
      // Compared with the rows as stored, so a row that was not clean gets rewritten clean.
      if (sameContent(stored.sections, incoming)) return toDescription(input.roleId, stored);
      const timing = { lastSavedAt: stored.state.updatedAt, now: ctx.now(), hasRevision: hasRevision(ctx.db, input.roleId) };
      if (keepPauseRevision(stored.sections, timing)) keepRevision(ctx, input.roleId, 'pause', { automatic: true });
      return replaceDescription(ctx, input.roleId, incoming, stored.state.updatedAt);
    })
    .immediate();
}

export const descriptionsHandlers: HandlerGroup<DescriptionsChannel> = {
  'descriptions:get': ({ roleId }, ctx) => toDescription(roleId, loadDescription(ctx, roleId)),
  'descriptions:save': (input, ctx) => saveDescription(ctx, input),
};

