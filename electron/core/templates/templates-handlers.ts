// The templates channels: the built-in gallery merged with the owner's own templates (list, preview,
// save a role as a template, delete, and start or refill a role from one). Runs in plain Node via dispatch.
import { randomUUID } from 'node:crypto';
import { RoleDraft, toFieldIssues, type TemplateDetail, type TemplateSummary, type TemplateUseResult, type TemplatesChannel } from '../../contract';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { cleanSection, templateBlurb } from '../descriptions/descriptions-rules';
import { cleanSections, createRoleWithDescription, loadDescription, replaceWithRevision } from '../descriptions/descriptions-service';
import { DomainError, invalidInput, notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { getRole } from '../roles/roles-repo';
import { getBuiltinTemplate } from './builtin-templates';
import { OWNER_ID_PREFIX, deleteOwnerTemplate, getOwnerTemplate, insertTemplate } from './templates-repo';
import { builtinDetail, guessCategory, ownerDetail, ownerSummary, templateRoleFields } from './templates-rules';
import { findTemplates } from './templates-service';

function findTemplate(ctx: CoreContext, id: string): TemplateDetail | null {
  if (id.startsWith(OWNER_ID_PREFIX)) {
    const owner = getOwnerTemplate(ctx.db, id);
    return owner ? ownerDetail(owner) : null;
  }
  const builtin = getBuiltinTemplate(id);
  return builtin ? builtinDetail(builtin) : null;
}

/** A template of either kind, its sections sanitized on the way out. */
function mustGetTemplate(ctx: CoreContext, id: string): TemplateDetail {
  const detail = findTemplate(ctx, id);
  if (!detail) throw notFound('That template');
  return { ...detail, sections: detail.sections.map((s) => cleanSection(s)) };
}

function saveFromRole(ctx: CoreContext, roleId: string, name: string, category: string | undefined): TemplateSummary {
  const template = ctx.db
    .transaction(() => {
      const role = getRole(ctx.db, roleId);
      if (!role) throw notFound('That role');
      const sections = cleanSections(loadDescription(ctx, roleId).sections).map(({ kind, heading, html }) => ({ kind, heading, html }));
      if (sections.length === 0) {
        throw new DomainError('invalid_input', 'This role has no job description yet. Write one before saving it as a template.');
      }
      const saved = {
        id: `${OWNER_ID_PREFIX}${randomUUID()}`,
        name,
        category: category ?? guessCategory(role.title),
        blurb: templateBlurb(sections, role.title),
        role: templateRoleFields(role),
        sections,
        createdAt: nextStamp(ctx),
      };
      insertTemplate(ctx.db, saved);
      return saved;
    })
    .immediate();
  ctx.changed('templates', [template.id]);
  return ownerSummary(template);
}

function deleteTemplate(ctx: CoreContext, id: string): { id: string } {
  const builtin = getBuiltinTemplate(id);
  if (builtin) {
    throw new DomainError(
      'conflict',
      `“${builtin.name}” is a built-in template and cannot be deleted. Only templates you saved yourself can be deleted.`,
    );
  }
  const deleted = ctx.db.transaction(() => deleteOwnerTemplate(ctx.db, id)).immediate();
  if (!deleted) throw notFound('That template');
  ctx.changed('templates', [id]);
  return { id };
}

/** A new draft role from the template's fields and sections, or an existing role's description replaced. */
function useTemplate(ctx: CoreContext, templateId: string, roleId: string | undefined): TemplateUseResult {
  const template = mustGetTemplate(ctx, templateId);
  return ctx.db
    .transaction(() => {
      if (roleId !== undefined) {
        replaceWithRevision(ctx, roleId, template.sections, 'before_template');
        return { roleId, created: false };
      }
      const fields = RoleDraft.safeParse(template.role);
      if (!fields.success) throw invalidInput(toFieldIssues(fields.error.issues));
      const role = createRoleWithDescription(ctx, fields.data, template.sections);
      return { roleId: role.id, created: true };
    })
    .immediate();
}

export const templatesHandlers: HandlerGroup<TemplatesChannel> = {
  'templates:list': ({ query }, ctx) => ({ templates: findTemplates(ctx.db, query) }),
  'templates:get': ({ id }, ctx) => mustGetTemplate(ctx, id),
  'templates:save-from-role': ({ roleId, name, category }, ctx) => saveFromRole(ctx, roleId, name, category),
  'templates:delete': ({ id }, ctx) => deleteTemplate(ctx, id),
  'templates:use': ({ templateId, roleId }, ctx) => useTemplate(ctx, templateId, roleId),
};
