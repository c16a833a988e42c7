// Export everything: every table as CSV and JSON plus the files, into a new folder, so an owner can move
// to another tool. Runs anywhere.
import { z } from 'zod';
import { Uuid } from './common-schemas';
import { AbsoluteFolder } from './posting-schemas';

export const ExportAllInput = z
  .object({
    /** The folder the owner chose; the export goes into a new subfolder of it ("Hirebook export 2026-12-06"). */
    outDir: AbsoluteFolder,
    /** Chosen by the caller (crypto.randomUUID()) so it can cancel and match progress events. */
    jobId: Uuid,
  })
  .strict();

export const ExportAllResult = z.object({
  /** The new folder holding the export; '' when cancelled (the partial folder is removed). */
  folder: z.string(),
  /** Tables written, each as csv/<table>.csv and json/<table>.json. */
  tables: z.number().int(),
  /** Rows written, over all tables. */
  rows: z.number().int(),
  /** Files copied into files/ (attachments and the company logo). */
  files: z.number().int(),
  /** Files the database lists but that are missing from the data folder (removed by hand): not copied. */
  missingFiles: z.array(z.string()),
  cancelled: z.boolean(),
});
export type ExportAllResult = z.infer<typeof ExportAllResult>;

export const ExportAllCancelInput = z.object({ jobId: Uuid }).strict();
/** cancelled: false when no running export has that id (it finished already, or never started). */
export const ExportAllCancelResult = z.object({ cancelled: z.boolean() });

/** Sent as an export moves on: `done` of `total` steps (rows and files), and what it is writing. */
export const ExportAllProgress = z.object({
  jobId: Uuid,
  done: z.number().int(),
  total: z.number().int(),
  /** The table being written ("candidates"), or "files". */
  step: z.string(),
});
export type ExportAllProgress = z.infer<typeof ExportAllProgress>;
