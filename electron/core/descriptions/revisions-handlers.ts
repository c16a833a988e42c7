// The revisions channels: list, preview, keep on demand, restore and compare a role's kept versions of
// its job description. Runs in plain Node via dispatch.
import type { Revision, RevisionComparison, RoleSection, RevisionsChannel } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { compareDescriptions } from './descriptions-rules';
import { cleanSections, keepRevision, loadDescription, replaceWithRevision } from './descriptions-service';
import { getRevision, listRevisions } from './revisions-repo';

function mustGetRevision(ctx: CoreContext, id: string): Revision {
  const revision = getRevision(ctx.db, id);
  if (!revision) throw notFound('That revision');
  return { ...revision, sections: cleanSections(revision.sections) };
}

function compare(ctx: CoreContext, fromId: string, toId: string): RevisionComparison {
  const from = mustGetRevision(ctx, fromId);
  let to: RoleSection[];
  if (toId === 'current') {
    to = cleanSections(loadDescription(ctx, from.roleId).sections);
  } else {
    const other = mustGetRevision(ctx, toId);
    if (other.roleId !== from.roleId) throw new DomainError('invalid_input', 'Only revisions of the same role can be compared.');
    to = other.sections;
  }
  return compareDescriptions(from.sections, to);
}

export const revisionsHandlers: HandlerGroup<RevisionsChannel> = {
  'revisions:list': ({ roleId }, ctx) => {
    loadDescription(ctx, roleId);
    return { revisions: listRevisions(ctx.db, roleId) };
  },

  'revisions:get': ({ id }, ctx) => mustGetRevision(ctx, id),

  'revisions:create': ({ roleId, label }, ctx) =>
    ctx.db
      .transaction(() => {
        const kept = keepRevision(ctx, roleId, 'manual', { automatic: false, label });
        // A manual snapshot is always kept or matched, never skipped.
        if (!kept) throw new Error('A manual revision was not kept');
        return kept;
      })
      .immediate(),

  'revisions:restore': ({ id }, ctx) =>
    ctx.db
      .transaction(() => {
        const revision = mustGetRevision(ctx, id);
        return replaceWithRevision(ctx, revision.roleId, revision.sections, 'before_restore');
      })
      .immediate(),

  'revisions:compare': ({ fromId, toId }, ctx) => compare(ctx, fromId, toId),
};
