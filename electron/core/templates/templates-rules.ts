// Pure rules for templates: which role fields a template keeps, searching the owner's templates, and
// the summary/detail shapes for both kinds. Runs anywhere (no I/O); tested through the handlers.
import type { BuiltinTemplate, Role, RolePatch, TemplateDetail, TemplateSummary } from '../../contract';
import { sectionPlainText } from '../descriptions/descriptions-rules';
import { normalizeForSearch, searchTemplates } from './builtin-templates';
import type { OwnerTemplate } from './templates-repo';

/** The category of an owner template saved without one, when no built-in template resembles the role. */
export const OWNER_DEFAULT_CATEGORY = 'My templates';

/**
 * The role fields worth reusing. Status, dates and the hiring manager belong to one opening, not to
 * the kind of job, so a role started from the template begins as a fresh draft without them.
 */
export function templateRoleFields(role: Role): RolePatch {
  return {
    title: role.title,
    department: role.department,
    location: { ...role.location },
    workplace: role.workplace,
    remoteCountries: [...role.remoteCountries],
    employmentType: role.employmentType,
    salaryMin: role.salaryMin,
    salaryMax: role.salaryMax,
    salaryCurrency: role.salaryCurrency,
    salaryPeriod: role.salaryPeriod,
    openings: role.openings,
    applyEmail: role.applyEmail,
    applyUrl: role.applyUrl,
    applyInstructions: role.applyInstructions,
  };
}

/** The category of the built-in template closest to this title, so a saved template files beside its kin. */
export function guessCategory(title: string): string {
  return searchTemplates(title)[0]?.category ?? OWNER_DEFAULT_CATEGORY;
}

function words(text: string): string[] {
  return normalizeForSearch(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

/** Every query word must start a word of the template's name, title, category, blurb or text. */
export function ownerTemplateMatches(template: OwnerTemplate, query: string): boolean {
  const wanted = words(query);
  if (wanted.length === 0) return true;
  const text = [template.name, template.role.title ?? '', template.category, template.blurb];
  for (const s of template.sections) text.push(s.heading, sectionPlainText(s.html));
  const have = new Set(words(text.join(' ')));
  return wanted.every((w) => [...have].some((h) => h.startsWith(w)));
}

export function builtinSummary(t: BuiltinTemplate): TemplateSummary {
  return { id: t.id, source: 'builtin', name: t.name, category: t.category, blurb: t.blurb, title: t.role.title };
}

export function ownerSummary(t: OwnerTemplate): TemplateSummary {
  return { id: t.id, source: 'owner', name: t.name, category: t.category, blurb: t.blurb, title: t.role.title ?? t.name };
}

export function builtinDetail(t: BuiltinTemplate): TemplateDetail {
  return { ...builtinSummary(t), role: { ...t.role }, sections: t.sections.map((s) => ({ ...s })) };
}

export function ownerDetail(t: OwnerTemplate): TemplateDetail {
  return { ...ownerSummary(t), role: t.role, sections: t.sections.map((s) => ({ ...s })) };
}
