// Job-description shapes shared by the parser, the templates, the editor and the quality coach. Runs anywhere.
import { z } from 'zod';

export const SECTION_KINDS = [
  'summary',
  'description',
  'responsibilities',
  'requirements',
  'nice_to_have',
  'benefits',
  'about',
  'how_to_apply',
  'other',
] as const;
export const SectionKind = z.enum(SECTION_KINDS);
export type SectionKind = z.infer<typeof SectionKind>;

/** The heading a new section of each kind starts with (the owner can rename it). */
export const DEFAULT_SECTION_HEADINGS: Record<SectionKind, string> = {
  summary: 'Summary',
  description: 'About the job',
  responsibilities: 'Duties and responsibilities',
  requirements: 'Requirements and qualifications',
  nice_to_have: 'Nice to have',
  benefits: 'Benefits',
  about: 'About us',
  how_to_apply: 'How to apply',
  other: 'More information',
};

/** One section as plain structure: what the parser finds in pasted text (CLI `jd parse --json`). */
export const ParsedSection = z.object({
  kind: SectionKind,
  /** As written in the document, minus a trailing colon. */
  heading: z.string(),
  paragraphs: z.array(z.string()),
  bullets: z.array(z.string()),
});
export type ParsedSection = z.infer<typeof ParsedSection>;

/** The result of parsing an existing job description, before anything is saved. */
export const ParsedJobDescription = z.object({
  title: z.string().nullable(),
  /** "Label: value" lines, keyed by the label as written (minus the colon). */
  fields: z.record(z.string(), z.string()),
  sections: z.array(ParsedSection),
});
export type ParsedJobDescription = z.infer<typeof ParsedJobDescription>;

/**
 * A section's rich text is stored as a small HTML subset: p, ul, ol, li, strong, em, a (http, https,
 * mailto only), br. Anything else is removed by the core's sanitizer on the way in and out.
 */
export const SectionHtml = z.string().max(200_000, { message: 'This section is too long' });

/** A built-in or owner-made template: role basics plus sections. */
export const TemplateSection = z.object({ kind: SectionKind, heading: z.string().min(1).max(200), html: SectionHtml });
export type TemplateSection = z.infer<typeof TemplateSection>;
