// Postings out: the inputs and outputs of the posting channels (preview HTML, exports, PDF, the
// search-engine check, the careers site and the batch PDF job with its progress event). Runs anywhere.
import { z } from 'zod';
import { Uuid } from './common-schemas';

export const POSTING_LAYOUTS = ['classic', 'flyer'] as const;
export const PostingLayout = z.enum(POSTING_LAYOUTS);
export type PostingLayout = z.infer<typeof PostingLayout>;

export const EXPORT_FORMATS = ['md', 'txt', 'html', 'jsonld'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

/**
 * A folder on this computer, given as an absolute path (the app gets it from a folder picker, the CLI
 * resolves what the user typed). A relative path would depend on the working directory of whichever
 * process runs the core, so it is refused.
 */
export const AbsoluteFolder = z
  .string()
  .min(1, { message: 'Choose a folder' })
  .max(4096, { message: 'That path is too long' })
  .refine((p) => !p.includes('\0'), { message: 'That path is not valid' })
  .refine((p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'), {
    message: 'Use a full folder path (starting with / or a drive letter)',
  });

export const PostingHtmlInput = z.object({ roleId: Uuid, layout: PostingLayout.default('classic') }).strict();
/** The exact self-contained HTML document that is printed: the renderer previews it in a shadow root. */
export const PostingHtml = z.object({
  html: z.string(),
  /** The flyer: what it left out to fit one page, in plain words (null when nothing, and for the classic layout). */
  notice: z.string().nullable(),
});
export type PostingHtml = z.infer<typeof PostingHtml>;

export const PostingExportInput = z.object({ roleId: Uuid, format: ExportFormat }).strict();
export const PostingExport = z.object({
  /** A safe file name built from the role title, e.g. "head-baker.md". */
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
});
export type PostingExport = z.infer<typeof PostingExport>;

export const PostingPdfInput = PostingHtmlInput;
export const PostingPdf = z.object({
  fileName: z.string(),
  /** The PDF bytes, base64 (IPC and NDJSON carry JSON only). */
  base64: z.string(),
  pages: z.number().int().min(1),
});
export type PostingPdf = z.infer<typeof PostingPdf>;

export const PostingPrintInput = PostingHtmlInput;
/** printed: false when the person cancelled the system print dialog. */
export const PostingPrintResult = z.object({ printed: z.boolean() });
export type PostingPrintResult = z.infer<typeof PostingPrintResult>;

export const PostingCheckInput = z.object({ roleId: Uuid }).strict();

/** The role or company field the owner fills in to fix a finding (the renderer links to it). */
export const PostingField = z.enum([
  'title',
  'description',
  'postedOn',
  'closesOn',
  'location',
  'remoteCountries',
  'employmentType',
  'salary',
  'applyUrl',
  'company.name',
  'company.website',
  'company.address',
]);
export type PostingField = z.infer<typeof PostingField>;

export const PostingCheckItem = z.object({
  /** The schema.org JobPosting property, e.g. "baseSalary". */
  property: z.string(),
  message: z.string(),
  field: PostingField.nullable(),
  /** Required by Google for job search (else: recommended). */
  required: z.boolean(),
});
export type PostingCheckItem = z.infer<typeof PostingCheckItem>;

/** What search engines need for the JSON-LD that is still missing: required first. */
export const PostingCheck = z.object({ missing: z.array(PostingCheckItem) });
export type PostingCheck = z.infer<typeof PostingCheck>;

export const CareersExportInput = z
  .object({
    outDir: AbsoluteFolder,
    /**
     * The CLI's --force: write into a folder that holds other files, replacing those with the site's file
     * names. Files the marker does not list are still never deleted, and links are never followed. The
     * desktop app never sends it (its core refuses it).
     */
    force: z.boolean().default(false),
  })
  .strict();
export const CareersExport = z.object({
  /** Paths of the files written, relative to outDir, with "/" separators. */
  files: z.array(z.string()),
  /** How many open roles the site lists. */
  roles: z.number().int(),
});
export type CareersExport = z.infer<typeof CareersExport>;

export const BatchPdfInput = z
  .object({
    outDir: AbsoluteFolder,
    layout: PostingLayout.default('classic'),
    /** Chosen by the caller (crypto.randomUUID()) so it can cancel and match progress events. */
    jobId: Uuid,
  })
  .strict();
export const BatchPdfResult = z.object({
  /** Names of the PDFs written in outDir (each listed in its marker, .hirebook-pdfs.json). */
  files: z.array(z.string()),
  /**
   * PDFs saved under another name because a file Hirebook did not write already had theirs (that file is
   * never replaced): e.g. {file: "barista-2.pdf", wanted: "barista.pdf"}.
   */
  renamed: z.array(z.object({ file: z.string(), wanted: z.string() })),
  failed: z.array(z.object({ roleId: Uuid, title: z.string(), reason: z.string() })),
  /** True when postings:cancel stopped the job; `files` lists what was written before it stopped. */
  cancelled: z.boolean(),
});
export type BatchPdfResult = z.infer<typeof BatchPdfResult>;

export const BatchCancelInput = z.object({ jobId: Uuid }).strict();
/** cancelled: false when no running job has that id (it finished already, or never started). */
export const BatchCancelResult = z.object({ cancelled: z.boolean() });

/** Sent after each role of a batch PDF job (and once with done 0 at the start). */
export const PostingProgress = z.object({
  jobId: Uuid,
  done: z.number().int(),
  total: z.number().int(),
});
export type PostingProgress = z.infer<typeof PostingProgress>;
