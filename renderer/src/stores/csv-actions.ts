// Renderer: every call about CSV files: importing candidates (preview and column guess, the import itself
// with its progress events, cancel) and exporting them (the table's current view, or selected applications).
import type { CandidateExportFile, ImportPreview, ImportProgress, ImportResult, Input } from '../../../electron/contract';
import { call, callJob, pathOf } from '../api/client';

export const csvActions = {
  /** Reads the first rows of `file` and guesses what each column holds; saves nothing. */
  async preview(file: File): Promise<{ path: string; preview: ImportPreview }> {
    const path = pathOf(file);
    const preview = await call('candidates:import-preview', { fileName: file.name, path });
    return { path, preview };
  },
  /** Imports in batches; `onProgress` hears how far it got until it ends. */
  import: (input: Input<'candidates:import'>, onProgress: (progress: ImportProgress) => void): Promise<ImportResult> =>
    callJob('candidates:import', 'candidates:import-progress', input, onProgress),
  /** Stops a running import after its current batch (finished batches are kept). */
  async cancelImport(jobId: string): Promise<void> {
    await call('candidates:import-cancel', { jobId });
  },
  /** The candidates a table query matches, as a CSV file. */
  exportCandidates: (query: Input<'candidates:export'>): Promise<CandidateExportFile> => call('candidates:export', query),
  /** Selected applications (with role, stage, status, rating and days in stage), as a CSV file. */
  exportApplications: (applicationIds: string[]): Promise<CandidateExportFile> => call('applications:export', { applicationIds }),
};
