// The roles channels: glue between parsed input, the rules and the repo, one transaction per write.
// Runs in plain Node, called only through dispatch.
import { randomUUID } from 'node:crypto';
import type { Role, RolesChannel } from '../../contract';
import { hiringCountsByRole } from '../applications/hiring-counts-repo';
import { weekWindow } from '../applications/hiring-counts-rules';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { cleanSections, keepOpenedRevision, loadDescription, replaceDescription } from '../descriptions/descriptions-service';
import { DomainError, invalidInput, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { allRoleTitles, deleteRole, getRole, insertRole, listRoles, newRole, updateRole } from './roles-repo';
import { copyTitle, mergeRolePatch, roleFields } from './roles-rules';

/** The zone this computer's clock shows, for a caller that did not name one (the CLI). */
function computerTimeZone(): string {
  return new Intl.DateTimeFormat().resolvedOptions().timeZone;
}

function mustGet(ctx: CoreContext, id: string): Role {
  const role = getRole(ctx.db, id);
  if (!role) throw notFound('That role');
  return role;
}

/**
 * Reads, changes and writes one role inside a single transaction; reports the change. `afterWrite` runs
 * in the same transaction, so a follow-up write (a revision) commits or fails together with the role.
 */
function changeRole(
  ctx: CoreContext,
  id: string,
  change: (role: Role) => Role | null,
  afterWrite?: (before: Role, after: Role) => void,
): Role {
  let wrote = false;
  const result = ctx.db.transaction(() => {
    const current = mustGet(ctx, id);
    const next = change(current);
    if (next === null) return current;
    updateRole(ctx.db, { ...next, updatedAt: nextStamp(ctx, current.updatedAt) });
    wrote = true;
    const written = mustGet(ctx, id);
    afterWrite?.(current, written);
    return written;
  }).immediate();
  if (wrote) ctx.changed('roles', [id]);
  return result;
}

export const rolesHandlers: HandlerGroup<RolesChannel> = {
  'roles:list': ({ timeZone, ...query }, ctx) => {
    const roles = listRoles(ctx.db, query);
    const week = weekWindow(ctx.now(), timeZone ?? computerTimeZone());
    const counts = hiringCountsByRole(ctx.db, roles.map((role) => role.id), week);
    return { roles, total: roles.length, counts: Object.fromEntries(counts) };
  },

  'roles:get': ({ id }, ctx) => mustGet(ctx, id),

  'roles:create': (fields, ctx) => {
    const role = newRole(randomUUID(), fields, nextStamp(ctx));
    ctx.db.transaction(() => insertRole(ctx.db, role)).immediate();
    ctx.changed('roles', [role.id]);
    return role;
  },

  'roles:update': ({ id, patch, expectedUpdatedAt }, ctx) =>
    changeRole(ctx, id, (current) => {
      if (expectedUpdatedAt !== undefined && expectedUpdatedAt !== current.updatedAt) {
        throw new DomainError(
          'conflict',
          'This role was changed elsewhere since you opened it. Reload it to see the latest version.',
        );
      }
      const merged = mergeRolePatch(roleFields(current), patch);
      if (!merged.ok) {
        const issues = merged.issues.map((issue) => ({ ...issue, path: ['patch', ...issue.path] }));
        throw invalidInput(issues);
      }
      return { ...current, ...merged.fields };
    }, (before, after) => keepOpenedRevision(ctx, before, after)),

  'roles:duplicate': ({ id }, ctx) => {
    const copy = ctx.db.transaction(() => {
      const source = mustGet(ctx, id);
      const fields = { ...roleFields(source), title: copyTitle(source.title, allRoleTitles(ctx.db)) };
      const role = newRole(randomUUID(), { ...fields, status: 'draft', postedOn: null }, nextStamp(ctx));
      insertRole(ctx.db, role);
      // The copy starts with the same description (new section ids) but no history: revisions stay with the original.
      const { sections, state } = loadDescription(ctx, source.id);
      const copied = cleanSections(sections).map(({ kind, heading, html }) => ({ kind, heading, html }));
      if (copied.length > 0) replaceDescription(ctx, role.id, copied, state.updatedAt);
      return role;
    }).immediate();
    ctx.changed('roles', [copy.id]);
    return copy;
  },

  'roles:archive': ({ id }, ctx) =>
    changeRole(ctx, id, (role) => (role.archivedAt ? null : { ...role, archivedAt: nextStamp(ctx) })),

  'roles:restore': ({ id }, ctx) =>
    changeRole(ctx, id, (role) => (role.archivedAt ? { ...role, archivedAt: null } : null)),

  'roles:delete': ({ id }, ctx) => {
    const deleted = ctx.db.transaction(() => deleteRole(ctx.db, id)).immediate();
    if (!deleted) throw notFound('That role');
    ctx.changed('roles', [id]);
    return { id };
  },
};
