// The shape of a built-in job-description template (resources/templates/*.json). Runs anywhere: core
// validates the shipped files with it at load, and the renderer can use the type for the gallery.
import { z } from 'zod';
import { text } from './common-schemas';
import { TemplateSection } from './jd-schemas';
import { EmploymentType, ROLE_LIMITS, SalaryPeriod, Workplace } from './roles-schemas';

/**
 * The gallery's filter groups, in the order the gallery lists them (alphabetical, so the default
 * "by category, then name" order and the filter chips agree). A closed list keeps a typo in one JSON
 * file from quietly creating a category of one.
 */
export const TEMPLATE_CATEGORIES = [
  'Beauty & wellness',
  'Cleaning & facilities',
  'Finance',
  'Food & drink',
  'Health & care',
  'Logistics',
  'Marketing',
  'Office & admin',
  'Retail',
  'Sales & service',
  'Technology',
  'Trades',
] as const;
export const TemplateCategory = z.enum(TEMPLATE_CATEGORIES);
export type TemplateCategory = z.infer<typeof TemplateCategory>;

/** Lower-case words joined by single hyphens; also the JSON file's name, so it must be path-safe. */
export const TemplateId = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'Use lower-case words joined by hyphens, like line-cook' });
export type TemplateId = z.infer<typeof TemplateId>;

/** The role fields a template fills in when the owner starts a role from it. */
export const TemplateRole = z
  .object({
    title: text(ROLE_LIMITS.title).min(1),
    department: text(ROLE_LIMITS.department),
    employmentType: EmploymentType,
    workplace: Workplace,
    salaryPeriod: SalaryPeriod,
  })
  .strict();
export type TemplateRole = z.infer<typeof TemplateRole>;

/** One template in the built-in gallery. Strict, so a misspelt key in a JSON file fails the load test. */
export const BuiltinTemplate = z
  .object({
    id: TemplateId,
    /** What the gallery card shows, e.g. "Barista". */
    name: text(100).min(1),
    category: TemplateCategory,
    /** Extra words people may search for (synonyms, workplaces): "coffee", "café", "espresso". */
    keywords: z.array(text(60).min(1)).max(40),
    /** One sentence under the name on the gallery card. */
    blurb: text(300).min(1),
    role: TemplateRole,
    sections: z.array(TemplateSection).min(1).max(20),
  })
  .strict();
export type BuiltinTemplate = z.infer<typeof BuiltinTemplate>;
