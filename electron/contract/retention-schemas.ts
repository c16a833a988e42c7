// Keeping candidates' data no longer than needed: the company's retention default, the "Due for deletion"
// list with what erasing each person would take, the bulk erase's answer per person, and the privacy
// notice's words. Runs anywhere.
import { z } from 'zod';
import { IsoDate, IsoDateTime, Uuid } from './common-schemas';
import { TimeZoneName } from './interview-schemas';

/** What happens to someone due: erased completely, or anonymised so the figures stay. */
export const RETENTION_ACTIONS = ['erase', 'anonymise'] as const;
export const RetentionAction = z.enum(RETENTION_ACTIONS);
export type RetentionAction = z.infer<typeof RetentionAction>;

export const RETENTION_LIMITS = { minMonths: 1, maxMonths: 120, defaultMonths: 12, eraseAtOnce: 1000 } as const;

export const RetentionMonths = z
  .number()
  .int({ message: 'Use a whole number of months' })
  .min(RETENTION_LIMITS.minMonths, { message: 'Keep data at least 1 month' })
  .max(RETENTION_LIMITS.maxMonths, { message: 'Use at most 120 months (10 years)' });

/**
 * The company default: rejected and withdrawn candidates are due `months` after their last activity; null
 * means nobody is ever listed as due. Nothing is erased without the owner confirming.
 */
export const RetentionSettings = z.object({ months: RetentionMonths.nullable(), action: RetentionAction });
export type RetentionSettings = z.infer<typeof RetentionSettings>;

/** Change some of the settings; the others stay. */
export const RetentionSettingsInput = RetentionSettings.partial().strict();
export type RetentionSettingsInput = z.infer<typeof RetentionSettingsInput>;

/** "Today" is the day on this zone's clock (the computer's zone when not given). */
export const RetentionDueQuery = z.object({ timeZone: TimeZoneName.optional() }).strict();
export type RetentionDueQuery = z.infer<typeof RetentionDueQuery>;

/** What erasing one person would take with them. */
export const RetentionGoes = z.object({
  applications: z.number().int().min(0),
  notes: z.number().int().min(0),
  files: z.number().int().min(0),
  interviews: z.number().int().min(0),
  scorecards: z.number().int().min(0),
});
export type RetentionGoes = z.infer<typeof RetentionGoes>;

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** What erasing someone takes, in words: "1 application, 2 notes, 1 file" (only what there is). */
export function goesWords(goes: RetentionGoes): string {
  const parts = [
    count(goes.applications, 'application'),
    goes.notes > 0 ? count(goes.notes, 'note') : '',
    goes.files > 0 ? count(goes.files, 'file') : '',
    goes.interviews > 0 ? count(goes.interviews, 'interview') : '',
    goes.scorecards > 0 ? count(goes.scorecards, 'scorecard') : '',
  ];
  return parts.filter((p) => p !== '').join(', ');
}

export const DuePerson = z.object({
  id: Uuid,
  fullName: z.string(),
  /** Their applications: the role and how it ended. */
  roles: z.array(z.object({ title: z.string(), status: z.enum(['rejected', 'withdrawn']) })),
  /** The latest of their stage moves, notes, interviews, scorecards, files and their own record's changes. */
  lastActivityAt: IsoDateTime,
  /** The first day they were due: the retention period after their last activity (or after the keep-until date). */
  dueSince: IsoDate,
  /** Why they are due, in words ("Rejected or withdrew from every role; no activity for 14 months"). */
  why: z.string(),
  /** A keep-until date that has passed, if they had one. */
  keptUntil: IsoDate.nullable(),
  goes: RetentionGoes,
});
export type DuePerson = z.infer<typeof DuePerson>;

export const RetentionDue = z.object({
  settings: RetentionSettings,
  /** The owner's day the list was made for. */
  today: IsoDate,
  /** The rule in words ("Rejected and withdrawn candidates are erased 12 months after their last activity"). */
  rule: z.string(),
  /** Everyone due, the longest overdue first. */
  people: z.array(DuePerson),
});
export type RetentionDue = z.infer<typeof RetentionDue>;

export const RetentionEraseInput = z
  .object({
    ids: z.array(Uuid).min(1, { message: 'Choose at least one person' }).max(RETENTION_LIMITS.eraseAtOnce, { message: 'Erase at most 1000 people at once' }),
    timeZone: TimeZoneName.optional(),
  })
  .strict();
export type RetentionEraseInput = z.infer<typeof RetentionEraseInput>;

/** Each person asked for, in the order given: erased, or why not (no longer due, or already gone). */
export const RetentionEraseResult = z.object({
  results: z.array(z.object({ id: Uuid, outcome: z.enum(['erased', 'anonymised', 'not-due', 'not-found']), message: z.string() })),
  erased: z.number().int().min(0),
  /** People anonymised instead (the company's retention action is 'anonymise'). */
  anonymised: z.number().int().min(0),
});
export type RetentionEraseResult = z.infer<typeof RetentionEraseResult>;

/** The privacy notice for the careers page and walk-in forms, filled in with the company's name and period. */
export const PrivacyNotice = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()),
  /** The same as plain text, paragraphs separated by a blank line, for copying. */
  text: z.string(),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;
