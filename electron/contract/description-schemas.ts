// A role's job description (ordered rich-text sections), its revisions, owner templates, import and
// the coach, as the contract carries them. Runs anywhere.
import { z } from 'zod';
import { FilePath, IsoDateTime, Uuid, text } from './common-schemas';
import { ParsedJobDescription, SectionHtml, SectionKind } from './jd-schemas';
import { JdCheckRole, JdCheckSection } from './jd-check-schemas';
import { RolePatch } from './roles-schemas';
import { TEMPLATE_CATEGORIES } from './template-schemas';

export const MAX_SECTIONS = 40;

export const RoleSection = z.object({
  id: Uuid,
  kind: SectionKind,
  heading: text(200).min(1, { message: 'Give the section a heading' }),
  /** Sanitized HTML subset: p, ul, ol, li, strong, em, a (http, https, mailto), br. */
  html: SectionHtml,
});
export type RoleSection = z.infer<typeof RoleSection>;

/**
 * A section as the editor sends it: a new one has no id yet. The heading may be empty (the owner is
 * retyping it): autosave must not refuse the whole description for that, so core stores the kind's
 * default heading instead.
 */
export const RoleSectionDraft = RoleSection.extend({ id: Uuid.optional(), heading: text(200) }).strict();
export type RoleSectionDraft = z.infer<typeof RoleSectionDraft>;

export const RoleDescription = z.object({
  roleId: Uuid,
  sections: z.array(RoleSection),
  /** When the description last changed (null: never edited). */
  updatedAt: IsoDateTime.nullable(),
});
export type RoleDescription = z.infer<typeof RoleDescription>;

export const DescriptionSaveInput = z
  .object({
    roleId: Uuid,
    /** The whole ordered list: sections left out are removed. */
    sections: z.array(RoleSectionDraft).max(MAX_SECTIONS, { message: `At most ${MAX_SECTIONS} sections` }),
    /** When given, the save is refused with `conflict` if the description changed since. */
    expectedUpdatedAt: IsoDateTime.nullable().optional(),
  })
  .strict();
export type DescriptionSaveInput = z.infer<typeof DescriptionSaveInput>;

export const REVISION_REASONS = ['manual', 'opened', 'pause', 'before_restore', 'before_import', 'before_template'] as const;
export const RevisionReason = z.enum(REVISION_REASONS);
export type RevisionReason = z.infer<typeof RevisionReason>;

export const RevisionSummary = z.object({
  id: Uuid,
  roleId: Uuid,
  reason: RevisionReason,
  label: z.string(),
  wordCount: z.number().int(),
  createdAt: IsoDateTime,
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const Revision = RevisionSummary.extend({
  title: z.string(),
  sections: z.array(RoleSection),
});
export type Revision = z.infer<typeof Revision>;

/** Newest first. */
export const RevisionList = z.object({ revisions: z.array(RevisionSummary) });
export type RevisionList = z.infer<typeof RevisionList>;

export const RevisionCreateInput = z.object({ roleId: Uuid, label: text(200).default('') }).strict();

/** One run of a word diff: unchanged, added (only in `to`) or removed (only in `from`). */
export const DiffPart = z.object({ op: z.enum(['equal', 'added', 'removed']), text: z.string() });
export type DiffPart = z.infer<typeof DiffPart>;

export const RevisionCompareInput = z
  .object({
    /** A revision id. */
    fromId: Uuid,
    /** A revision id, or 'current' for the description as it is now. */
    toId: z.union([Uuid, z.literal('current')]),
  })
  .strict();

export const RevisionComparison = z.object({
  /** Whole-description word diff of the plain text (headings included), in document order. */
  parts: z.array(DiffPart),
  added: z.number().int(),
  removed: z.number().int(),
});
export type RevisionComparison = z.infer<typeof RevisionComparison>;

export const TemplateSource = z.enum(['builtin', 'owner']);

export const TemplateSummary = z.object({
  id: z.string(),
  source: TemplateSource,
  name: z.string(),
  category: z.string(),
  blurb: z.string(),
  title: z.string(),
});
export type TemplateSummary = z.infer<typeof TemplateSummary>;

export const TemplateDetail = TemplateSummary.extend({
  role: RolePatch,
  sections: z.array(z.object({ kind: SectionKind, heading: z.string(), html: z.string() })),
});
export type TemplateDetail = z.infer<typeof TemplateDetail>;

/** The owner's own templates first (newest first), then the built-in gallery; best match first when searching. */
export const TemplateList = z.object({ templates: z.array(TemplateSummary) });
export type TemplateList = z.infer<typeof TemplateList>;

export const TemplateListInput = z.object({ query: z.string().max(200).default('') }).strict();
export const TemplateIdInput = z.object({ id: z.string().min(1).max(200) }).strict();

export const TemplateSaveInput = z
  .object({
    roleId: Uuid,
    name: text(120).min(1, { message: 'Name the template' }),
    category: z.enum(TEMPLATE_CATEGORIES).optional(),
  })
  .strict();

export const TemplateUseInput = z
  .object({
    templateId: z.string().min(1).max(200),
    /** Apply to this role (its description is replaced; a revision is kept first), or create a new role. */
    roleId: Uuid.optional(),
  })
  .strict();

/** A role created from a template (created: true) or an existing role whose description was replaced. */
export const TemplateUseResult = z.object({ roleId: Uuid, created: z.boolean() });
export type TemplateUseResult = z.infer<typeof TemplateUseResult>;

/** Largest pasted text accepted for import (a 20-page posting is ~60 kB of text). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/**
 * Largest file accepted for import. Larger than the text limit on purpose: a .docx or saved web page
 * carries styles and images around its text (the parser still holds the text inside to 5 MB).
 */
export const IMPORT_MAX_FILE_BYTES = 20 * 1024 * 1024;

export const JdParseInput = z.union([
  z.object({ text: z.string().max(IMPORT_MAX_BYTES, { message: 'That text is over 5 MB: paste only the job description' }) }).strict(),
  /** A .txt, .md, .html or .docx file by its path; the core reads it (at most IMPORT_MAX_FILE_BYTES). */
  z.object({ path: FilePath }).strict(),
]);
export type JdParseInput = z.infer<typeof JdParseInput>;

export const JdParseResult = z.object({
  parsed: ParsedJobDescription,
  /** Role fields recognised from "Label: value" lines (title, salary, location, employment type). */
  roleFields: RolePatch,
});
export type JdParseResult = z.infer<typeof JdParseResult>;

export const JdImportInput = z
  .object({
    /** The parse as the owner reviewed and corrected it. */
    parsed: ParsedJobDescription,
    /** Fields for a new role (ignored when replacing an existing role's description). */
    roleFields: RolePatch.default({}),
    /** Replace this role's description (a revision is kept first); absent: create a new role. */
    roleId: Uuid.optional(),
  })
  .strict();

export const JdImportResult = z.object({ roleId: Uuid, created: z.boolean() });
export type JdImportResult = z.infer<typeof JdImportResult>;

export const JdCheckRequest = z.union([
  z
    .object({
      /** Check this stored role: its fields, and its stored description unless `sections` is given. */
      roleId: Uuid,
      /** The unsaved sections in the editor; absent: the stored description. */
      sections: z.array(JdCheckSection).max(MAX_SECTIONS).optional(),
    })
    .strict(),
  z
    .object({
      /** Check a description that is not saved as a role yet (an import under review, `jd check FILE`). */
      role: JdCheckRole,
      sections: z.array(JdCheckSection).max(MAX_SECTIONS * 5),
    })
    .strict(),
]);
export type JdCheckRequest = z.infer<typeof JdCheckRequest>;

export const RoleIdInput = z.object({ roleId: Uuid }).strict();
