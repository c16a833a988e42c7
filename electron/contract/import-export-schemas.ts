// CSV import and export of candidates as the contract carries them: preview with a guessed column
// mapping, the import itself with its report and progress events, cancel, and export. Runs anywhere.
import { z } from 'zod';
import { CandidateListQuery } from './candidates-schemas';
import { PIPELINE_LIMITS } from './pipeline-schemas';
import { FilePath, Uuid, text } from './common-schemas';
import { IMPORT_LIMITS } from './limits';

export { IMPORT_LIMITS } from './limits';

/** The candidate fields a CSV column can be mapped to. */
export const IMPORT_FIELDS = [
  'name',
  'firstName',
  'lastName',
  'email',
  'phone',
  'location',
  'source',
  'tags',
  'linkedin',
  'portfolio',
  'summary',
  'role',
] as const;
export const ImportField = z.enum(IMPORT_FIELDS);
export type ImportField = z.infer<typeof ImportField>;

const ColumnIndex = z.number().int().min(0).max(IMPORT_LIMITS.columns - 1);

/** The fields a file can have several columns of: every e-mail and phone column, and a location's parts. */
export const MULTI_COLUMN_FIELDS = ['email', 'phone', 'location'] as const;
export type MultiColumnField = (typeof MULTI_COLUMN_FIELDS)[number];

const MoreColumns = z.array(ColumnIndex).max(20);

/**
 * For each field, the 0-based column it is read from (absent or null: not imported). `also`: further
 * columns read into the same field after that one — more e-mail and phone columns ("2nd E-Mail", "Work
 * Phone"), and a location's parts (City, State, Country), joined with ", ". A column also assigned to
 * another field above is not read again.
 */
export const ImportMapping = z
  .object(
    Object.fromEntries(IMPORT_FIELDS.map((field) => [field, ColumnIndex.nullable().optional()])) as Record<
      ImportField,
      z.ZodOptional<z.ZodNullable<typeof ColumnIndex>>
    >,
  )
  .extend({ also: z.object({ email: MoreColumns.optional(), phone: MoreColumns.optional(), location: MoreColumns.optional() }).strict().optional() })
  .strict();
export type ImportMapping = z.infer<typeof ImportMapping>;

/** The CSV: a file's path (the core reads and decodes it), or text in the request (a byte-order mark is dropped). */
const Source = {
  fileName: text(260).optional(),
  path: FilePath.optional(),
  text: z.string().max(IMPORT_LIMITS.textChars, { message: 'That text is over 5 MB: save it as a file and import the file' }).optional(),
};

function oneSource(value: { text?: string | undefined; path?: string | undefined }, ctx: z.RefinementCtx): void {
  if ((value.text === undefined) === (value.path === undefined)) {
    ctx.addIssue({ code: 'custom', path: ['path'], message: 'Choose a CSV file (or give its text)' });
  }
}

export const ImportPreviewInput = z
  .object({
    ...Source,
    /**
     * Read only the header and the first rows, not the whole file (the CLI, which needs only the guessed
     * mapping): rowCount and warnings then cover only the rows read.
     */
    sampleOnly: z.literal(true).optional(),
  })
  .strict()
  .superRefine(oneSource);
export type ImportPreviewInput = z.infer<typeof ImportPreviewInput>;

export const ImportPreview = z.object({
  delimiter: z.string(),
  headers: z.array(z.string()),
  mapping: ImportMapping,
  /** The first 20 data rows, as parsed. */
  sampleRows: z.array(z.array(z.string())),
  /** Data rows (the header and blank lines not counted). */
  rowCount: z.number().int(),
  /**
   * Notices about reading the file, in plain words naming its lines: lines before the header skipped, read
   * as Windows-1252 rather than UTF-8, NUL characters removed, a row cut off. Empty when there is nothing to say.
   */
  warnings: z.array(z.string()),
});
export type ImportPreview = z.infer<typeof ImportPreview>;

export const DUPLICATE_MODES = ['skip', 'merge', 'create'] as const;
export const DuplicateMode = z.enum(DUPLICATE_MODES);
export type DuplicateMode = z.infer<typeof DuplicateMode>;

export const ImportInput = z
  .object({
    ...Source,
    mapping: ImportMapping,
    /** What to do with a row whose email or phone matches a stored candidate or an earlier row. */
    duplicates: DuplicateMode.default('skip'),
    /** Add every imported (or merged) candidate to this role. */
    roleId: Uuid.optional(),
    /** The stage of that role, by name; the first stage when absent. */
    stageName: text(60).optional(),
    /** Names the run for progress events and candidates:import-cancel. */
    jobId: Uuid,
  })
  .strict()
  .superRefine(oneSource);
export type ImportInput = z.infer<typeof ImportInput>;

export const ImportRowError = z.object({
  /** The line of the file where the row starts; the header is line 1. */
  line: z.number().int(),
  reason: z.string(),
});
export type ImportRowError = z.infer<typeof ImportRowError>;

/** A row skipped because its e-mail or phone belongs to a stored candidate or an earlier row. */
export const ImportSkippedRow = z.object({
  line: z.number().int(),
  /** The row's name, as it would have been imported. */
  name: z.string(),
  /** The candidate it matched, and that candidate's name. */
  matchedId: z.string(),
  matchedName: z.string(),
});
export type ImportSkippedRow = z.infer<typeof ImportSkippedRow>;

export const ImportResult = z.object({
  imported: z.number().int(),
  merged: z.number().int(),
  skipped: z.number().int(),
  errors: z.array(ImportRowError),
  /** True when the run was cancelled; the batches finished before that are kept. */
  cancelled: z.boolean(),
  /**
   * The same notices about reading the file as the preview's, then one per row imported with a fallback
   * (a row without a name is named after its e-mail address; the notice names the line).
   */
  warnings: z.array(z.string()),
  /** Each row counted in `skipped`, with whom it matched (absent from results made before this was added). */
  duplicates: z.array(ImportSkippedRow).optional(),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportProgress = z.object({ jobId: Uuid, done: z.number().int(), total: z.number().int() });
export type ImportProgress = z.infer<typeof ImportProgress>;

export const ImportCancelInput = z.object({ jobId: Uuid }).strict();
export const ImportCancelResult = z.object({ cancelled: z.boolean() });

export const EXPORT_COLUMNS = ['name', 'emails', 'phones', 'location', 'source', 'tags', 'linkedin', 'portfolio', 'summary', 'roles', 'createdAt'] as const;
export const ExportColumn = z.enum(EXPORT_COLUMNS);
export type ExportColumn = z.infer<typeof ExportColumn>;

export const CandidateExportFile = z.object({ fileName: z.string(), content: z.string(), rows: z.number().int() });
export type CandidateExportFile = z.infer<typeof CandidateExportFile>;

/** The candidates table's filters and sort (without paging), and the columns to write (all when absent). */
export const CandidateExportInput = CandidateListQuery.omit({ offset: true, limit: true, afterId: true })
  .extend({ columns: z.array(ExportColumn).min(1).max(EXPORT_COLUMNS.length).optional() })
  .strict();
export type CandidateExportInput = z.infer<typeof CandidateExportInput>;

/** Cards selected on a board, to write as CSV with their role, stage, status, the card's rating (and its source) and days in stage. */
export const ApplicationExportInput = z
  .object({ applicationIds: z.array(Uuid).min(1, { message: 'Select at least one application' }).max(PIPELINE_LIMITS.bulk) })
  .strict();
export type ApplicationExportInput = z.infer<typeof ApplicationExportInput>;
