// Renderer: every call of candidate intake: the open dialog for résumés and saved e-mails, the paths of
// dropped files and folders, the batch itself with its progress events, cancel, and a merge offered in the
// report.
import type { CandidateMergeResult, Input, IntakeProgress, IntakeReport } from '../../../electron/contract';
import { call, callJob, pathOf } from '../api/client';

export const intakeActions = {
  /** The system open dialog (several files at once); empty when cancelled. The core may then read them. */
  async chooseFiles(): Promise<string[]> {
    return (await call('app:choose-file', { title: 'Add candidates from résumés or saved e-mails', purpose: 'intake', multiple: true })).paths;
  },
  /** The paths of dropped files and folders; a file Hirebook cannot reach is named in `unreachable`. */
  pathsOf(files: readonly File[]): { paths: string[]; unreachable: string[] } {
    const paths: string[] = [];
    const unreachable: string[] = [];
    for (const file of files) {
      try {
        paths.push(pathOf(file));
      } catch {
        unreachable.push(file.name);
      }
    }
    return { paths, unreachable };
  },
  /** Runs the batch; `onProgress` hears how far it got until it ends. */
  run: (input: Input<'candidates:intake'>, onProgress: (progress: IntakeProgress) => void): Promise<IntakeReport> =>
    callJob('candidates:intake', 'candidates:intake-progress', input, onProgress),
  /** Stops a running batch after its current file (files handled so far are kept). */
  async cancel(jobId: string): Promise<void> {
    await call('candidates:intake-cancel', { jobId });
  },
  /** Takes the report's offer: folds the new record into the one already there. */
  merge: (keepId: string, mergeId: string): Promise<CandidateMergeResult> => call('candidates:merge', { keepId, mergeId }),
};
