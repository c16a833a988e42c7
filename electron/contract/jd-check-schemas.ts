// The quality coach's input and findings, shared by core (which computes them), the renderer's coach panel and the CLI's `jd check --json`. Runs anywhere.
import { z } from 'zod';
import { SectionKind } from './jd-schemas';
import { Workplace } from './roles-schemas';

export const FINDING_CATEGORIES = [
  'length',
  'readability',
  'inclusive-language',
  'salary',
  'requirements',
  'essentials',
  'cliche',
  'jargon',
] as const;
export const FindingCategory = z.enum(FINDING_CATEGORIES);
export type FindingCategory = z.infer<typeof FindingCategory>;

export const FINDING_SEVERITIES = ['high', 'medium', 'low'] as const;
export const FindingSeverity = z.enum(FINDING_SEVERITIES);
export type FindingSeverity = z.infer<typeof FindingSeverity>;

/**
 * A fix that needs the owner's own words ("say how busy"): the coach cannot know them, so neither the
 * prompt nor the example is ever put into the text; the owner types the replacement.
 */
export const OwnWordsFix = z.object({
  /** What to write, addressed to the owner: "Say how busy". */
  prompt: z.string(),
  /** What such words might look like, shown as a hint: "about 200 orders a day". */
  example: z.string(),
});
export type OwnWordsFix = z.infer<typeof OwnWordsFix>;

/**
 * A span the editor should mark. Offsets are UTF-16 indexes into the section's plain text as built by
 * core's `htmlToPlainBlocks` (each p / li is one block, blocks joined by '\n', br = '\n', whitespace
 * collapsed as HTML does, entities decoded, empty blocks dropped). `end` is exclusive.
 */
export const FindingHighlight = z.object({
  sectionIndex: z.number().int().min(0),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
  /**
   * Swaps: safe fixed replacements, each put in place of `text` exactly as written (only its first letter
   * follows the original's capital). Never an instruction; may be empty when the fix is to rewrite.
   */
  suggestions: z.array(z.string()),
  /** Fixes that need the owner's own words instead of a fixed replacement (absent when there are none). */
  ownWords: z.array(OwnWordsFix).optional(),
  /** What kind of span this is, e.g. 'masculine-coded', 'feminine-coded', 'cliche', 'acronym', 'long-sentence'. */
  label: z.string().optional(),
});
export type FindingHighlight = z.infer<typeof FindingHighlight>;

/** One role field the coach can send the owner to (a key of the role's fields). */
export const FindingField = z.enum([
  'title',
  'salaryMin',
  'salaryMax',
  'location',
  'workplace',
  'closesOn',
  'applyEmail',
  'applyUrl',
  'applyInstructions',
]);
export type FindingField = z.infer<typeof FindingField>;

export const Finding = z.object({
  /** Stable across runs and versions, e.g. 'no-salary'; the UI keys dismissals and tests on it. */
  id: z.string(),
  category: FindingCategory,
  severity: FindingSeverity,
  title: z.string(),
  explanation: z.string(),
  /** A concrete suggestion the owner can act on. */
  fix: z.string(),
  /** Points this finding takes off the 0–100 score (0 = information only). */
  weight: z.number().min(0),
  highlights: z.array(FindingHighlight).optional(),
  field: FindingField.optional(),
});
export type Finding = z.infer<typeof Finding>;

export const GENDER_LEANS = [
  'strongly-feminine',
  'feminine',
  'neutral',
  'masculine',
  'strongly-masculine',
  'no-coded-words',
] as const;
export const GenderLean = z.enum(GENDER_LEANS);
export type GenderLean = z.infer<typeof GenderLean>;

export const JdCheckResult = z.object({
  score: z.number().int().min(0).max(100),
  /** Words in the section bodies (headings excluded). */
  wordCount: z.number().int().min(0),
  readability: z.object({
    /** Flesch reading ease, rounded to one decimal; not clamped (very plain text can exceed 100). */
    fleschReadingEase: z.number(),
    /** Flesch–Kincaid grade level, rounded to one decimal; not clamped. */
    gradeLevel: z.number(),
    sentenceCount: z.number().int().min(0),
    syllableCount: z.number().int().min(0),
  }),
  gender: z.object({
    masculineCount: z.number().int().min(0),
    feminineCount: z.number().int().min(0),
    lean: GenderLean,
  }),
  /** Most severe first, then by weight. */
  findings: z.array(Finding),
  /** The (up to) three findings with the largest weight, largest first. */
  topFixes: z.array(Finding).max(3),
});
export type JdCheckResult = z.infer<typeof JdCheckResult>;

/**
 * The role fields the coach reads. Every field is optional so a draft, a parsed import or a full stored
 * Role all fit; unknown keys are stripped rather than refused for the same reason.
 */
export const JdCheckRole = z
  .object({
    title: z.string(),
    salaryMin: z.number().nullable(),
    salaryMax: z.number().nullable(),
    location: z
      .object({ street: z.string(), city: z.string(), region: z.string(), postalCode: z.string(), country: z.string() })
      .partial(),
    workplace: Workplace,
    closesOn: z.string().nullable(),
    applyEmail: z.string(),
    applyUrl: z.string(),
    applyInstructions: z.string(),
  })
  .partial();
export type JdCheckRole = z.infer<typeof JdCheckRole>;

export const JdCheckSection = z.object({
  id: z.string().optional(),
  kind: SectionKind,
  heading: z.string(),
  /** The stored HTML subset (p, ul, ol, li, strong, em, a, br). */
  html: z.string(),
});
export type JdCheckSection = z.infer<typeof JdCheckSection>;

export const JdCheckInput = z.object({
  role: JdCheckRole.default({}),
  sections: z.array(JdCheckSection).max(100),
});
export type JdCheckInput = z.input<typeof JdCheckInput>;
