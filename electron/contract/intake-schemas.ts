// Candidate intake: résumé files, folders of them and saved e-mails (.eml, .msg) turned into candidates in
// one batch, with progress, cancel and a report of what was created, merged, marked "needs a look" or
// refused, and why. Runs anywhere.
import { z } from 'zod';
import { FilePath, Uuid } from './common-schemas';
import { DuplicateMatch } from './candidates-schemas';

/** The tag that marks a candidate whose details intake could not find with confidence. */
export const NEEDS_A_LOOK_TAG = 'needs a look';

export const INTAKE_LIMITS = {
  /** Paths in one request (files or folders). */
  paths: 1000,
  /** Files taken from one batch, folders expanded. */
  files: 2000,
  /** Attachments taken from one e-mail. */
  mailAttachments: 20,
} as const;

export const IntakeInput = z
  .object({
    /** Résumé files (PDF, Word, text), saved e-mails (.eml, .msg) or folders of them; each read by the core. */
    paths: z.array(FilePath).min(1, { message: 'Choose at least one file' }).max(INTAKE_LIMITS.paths, { message: 'Choose at most 1000 files or folders at once' }),
    /** Add every candidate (new or merged) to this role's first stage. */
    roleId: Uuid.optional(),
    /** Names the run for candidates:intake-progress events and candidates:intake-cancel. */
    jobId: Uuid,
  })
  .strict();
export type IntakeInput = z.infer<typeof IntakeInput>;

export const INTAKE_OUTCOMES = ['created', 'merged', 'refused'] as const;
export const IntakeOutcome = z.enum(INTAKE_OUTCOMES);
export type IntakeOutcome = z.infer<typeof IntakeOutcome>;

export const IntakeItem = z.object({
  /** The file as the owner named it (its path). */
  path: z.string(),
  /** Its name, for display. */
  fileName: z.string(),
  /** created: a new candidate; merged: added to an existing candidate with the same e-mail or phone; refused: nothing kept. */
  outcome: IntakeOutcome,
  candidateId: z.string().optional(),
  candidateName: z.string().optional(),
  /** True when the name, e-mail or phone was not found with confidence (the candidate is tagged "needs a look"). */
  needsLook: z.boolean(),
  /** Why it needs a look, why it was refused, or what else to know (a file of an e-mail not kept), in plain words. */
  reasons: z.array(z.string()),
  /** Stored candidates who may be the same person (similar name), offered for merge. */
  duplicates: z.array(DuplicateMatch),
});
export type IntakeItem = z.infer<typeof IntakeItem>;

export const IntakeReport = z.object({
  items: z.array(IntakeItem),
  created: z.number().int(),
  merged: z.number().int(),
  needsLook: z.number().int(),
  refused: z.number().int(),
  /** True when the batch was cancelled; files handled before that are kept. */
  cancelled: z.boolean(),
  /** Files not handled because of the cancel. */
  notHandled: z.number().int(),
});
export type IntakeReport = z.infer<typeof IntakeReport>;

export const IntakeProgress = z.object({ jobId: Uuid, done: z.number().int(), total: z.number().int(), fileName: z.string() });
export type IntakeProgress = z.infer<typeof IntakeProgress>;

export const IntakeCancelInput = z.object({ jobId: Uuid }).strict();
export const IntakeCancelResult = z.object({ cancelled: z.boolean() });
