// Reports and Today: their inputs and the shapes they answer. A report is a small table whose every column
// carries its definition (what counts, which dates), plus notes saying how figures were combined or derived.
// Runs anywhere (zod only).
import { z } from 'zod';
import { IsoDate, IsoDateTime, Uuid } from './common-schemas';
import { TimeZoneName } from './interview-schemas';

/** Every report by name, in the order the Reports page and `hirebook reports` list them. */
export const REPORT_NAMES = [
  'funnel',
  'time-to-hire',
  'time-to-fill',
  'time-in-stage',
  'sources',
  'reasons',
  'open-roles',
  'interviewers',
  'offers',
] as const;
export const ReportName = z.enum(REPORT_NAMES, { message: `Choose a report: ${REPORT_NAMES.join(', ')}` });
export type ReportName = z.infer<typeof ReportName>;

export const ReportQuery = z
  .object({
    name: ReportName,
    /** One role, or every role when left out. */
    roleId: Uuid.optional(),
    /** Calendar days in `timeZone`, both included; either may be left out (no bound). */
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    /** The owner's zone (the renderer sends it); else the computer's. */
    timeZone: TimeZoneName.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'The start date must not be after the end date', path: ['to'] });
export type ReportQuery = z.infer<typeof ReportQuery>;

export const ReportCell = z.union([z.string(), z.number(), z.null()]);
export type ReportCell = z.infer<typeof ReportCell>;

export const ReportColumn = z.object({
  key: z.string(),
  label: z.string(),
  /** What the figure counts and from which dates, in plain words. */
  definition: z.string(),
  unit: z.enum(['count', 'days', 'share', 'rating', 'text', 'date']),
});
export type ReportColumn = z.infer<typeof ReportColumn>;

export const Report = z.object({
  name: ReportName,
  title: z.string(),
  /** What the report is about and which dates put a row in the range. */
  about: z.string(),
  roleId: Uuid.nullable(),
  from: IsoDate.nullable(),
  to: IsoDate.nullable(),
  timeZone: z.string(),
  /** How figures were combined or derived for this answer (stages combined by position, dates derived …). */
  notes: z.array(z.string()),
  columns: z.array(ReportColumn),
  rows: z.array(z.record(z.string(), ReportCell)),
});
export type Report = z.infer<typeof Report>;

// ---- Today ----

export const TodayQuery = z
  .object({
    timeZone: TimeZoneName.optional(),
    /** Days a candidate may wait in a stage before Today lists them, by stage id; other stages: `waitDays`. */
    stageWaitDays: z.record(Uuid, z.number().int().min(1).max(365)).optional(),
    waitDays: z.number().int().min(1).max(365).optional(),
  })
  .strict();
export type TodayQuery = z.infer<typeof TodayQuery>;

/**
 * Where the owner acts on an item: a screen of the renderer's routes (route-store.ts names) and the id it
 * opens. `sample` is not a screen: it offers loading the sample data (`sample:load`).
 */
export const TodayLink = z.object({
  screen: z.enum(['role-pipeline', 'role-edit', 'interview', 'interview-mode', 'candidate', 'role-new', 'candidates', 'sample', 'privacy-due']),
  id: z.string().nullable(),
  /** What to bring into view there (an application on a board, a field of a role, an interviewer). */
  focus: z.string().nullable(),
});
export type TodayLink = z.infer<typeof TodayLink>;

export const TodayItem = z.object({
  kind: z.enum(['interview', 'feedback', 'waiting', 'new-applicant', 'closing', 'no-applicants', 'due-for-deletion']),
  /** The main words ("Ana Lima — Barista"), then a detail line ("Today at 14:00", "6 days in Screening"). */
  title: z.string(),
  detail: z.string(),
  /** The instant or date the item is about, for sorting and the UI's own formatting. */
  at: z.string().nullable(),
  link: TodayLink,
  /** A second action beside the main one (an interview's Start). */
  action: z.object({ label: z.string(), link: TodayLink }).nullable(),
  ids: z.object({ roleId: z.string().nullable(), applicationId: z.string().nullable(), candidateId: z.string().nullable(), interviewId: z.string().nullable() }),
});
export type TodayItem = z.infer<typeof TodayItem>;

export const TodaySection = z.object({
  key: z.enum(['interviews-today', 'interviews-tomorrow', 'feedback', 'waiting', 'new-applicants', 'closing', 'no-applicants', 'due-for-deletion']),
  title: z.string(),
  definition: z.string(),
  /** The first items (at most 50), most pressing first. */
  items: z.array(TodayItem),
  /** How many there are in all, counted up to 1000. */
  total: z.number().int().min(0),
  /** True when there are more than `total` (the count stopped at its limit): shown as "1000+". */
  more: z.boolean(),
});
export type TodaySection = z.infer<typeof TodaySection>;

export const Today = z.object({
  /** The owner's day in their zone. */
  date: IsoDate,
  timeZone: z.string(),
  /** `first-run`: nothing in the data folder yet; `quiet`: nothing needs the owner today; `busy`: sections have items. */
  state: z.enum(['first-run', 'quiet', 'busy']),
  /** A kind sentence for an empty day or an empty folder; null when there are items. */
  message: z.string().nullable(),
  firstRunActions: z.array(z.object({ label: z.string(), link: TodayLink })),
  /** When the owner last left Today (new applicants are those added after it); null before the first time. */
  lastLeftAt: IsoDateTime.nullable(),
  sections: z.array(TodaySection),
});
export type Today = z.infer<typeof Today>;

export const TodayLeftResult = z.object({ lastLeftAt: IsoDateTime });
export type TodayLeftResult = z.infer<typeof TodayLeftResult>;

// ---- Exports and the printed page ----

/** Every report at once (the printed page): one role or all, over the same range as a single report. */
export const ReportsDocumentQuery = z
  .object({
    roleId: Uuid.optional(),
    from: IsoDate.optional(),
    to: IsoDate.optional(),
    timeZone: TimeZoneName.optional(),
  })
  .strict()
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { message: 'The start date must not be after the end date', path: ['to'] });
export type ReportsDocumentQuery = z.infer<typeof ReportsDocumentQuery>;

/** A report as a CSV file: its table, then each column's definition and the notes. */
export const ReportCsvFile = z.object({ fileName: z.string(), content: z.string(), rows: z.number().int().min(0) });
export type ReportCsvFile = z.infer<typeof ReportCsvFile>;

/** The printed page of every report: static HTML with its charts as SVG, no scripts. */
export const ReportsHtml = z.object({ title: z.string(), html: z.string() });
export type ReportsHtml = z.infer<typeof ReportsHtml>;

export const ReportsPdf = z.object({ fileName: z.string(), base64: z.string(), pages: z.number().int().min(1) });
export type ReportsPdf = z.infer<typeof ReportsPdf>;

/** printed: false when the owner cancelled the system print dialog. */
export const ReportsPrintResult = z.object({ printed: z.boolean() });
export type ReportsPrintResult = z.infer<typeof ReportsPrintResult>;
