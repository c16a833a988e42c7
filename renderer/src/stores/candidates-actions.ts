// Renderer: every call about candidates (the table's pages, a profile with its timeline, add, edit, merge,
// delete, anonymise, which backups still hold someone, a contact detail found in a file, exporting everything
// about one person) and when what the candidate screens show goes stale.
import { safeFileName, type BackupHolding, type CandidateCreateResult, type CandidateExportPersonResult, type CandidateList, type CandidateMergeResult, type CandidateProfile, type Input, type TimelineEntry } from '../../../electron/contract';
import { call } from '../api/client';
import { fileInFolder, fileStamp } from '../lib/file-in-folder';
import { askForFolder } from './app-store';
import { useCandidatesStore } from './candidates-store';
import { onDataChanged } from './data-changed';

/** A contact detail read from a file's text, offered for the profile. */
export interface FoundDetail {
  kind: 'email' | 'phone' | 'link';
  value: string;
}

/** "Amara Okafor - Hirebook data 2026-12-06-143005.zip", made safe for every file system. */
export function personArchiveName(fullName: string, now: Date): string {
  return safeFileName(`${fullName} - Hirebook data ${fileStamp(now)}.zip`);
}

export const candidateActions = {
  get: (id: string): Promise<CandidateProfile> => call('candidates:get', { id }),
  /** The profile and its timeline, read together. */
  async loadProfile(id: string): Promise<{ profile: CandidateProfile; timeline: TimelineEntry[] }> {
    const [profile, timeline] = await Promise.all([call('candidates:get', { id }), call('candidates:timeline', { candidateId: id })]);
    return { profile, timeline: timeline.entries };
  },
  /** One page of the table for a query (offset and limit included). */
  list: (query: Input<'candidates:list'>): Promise<CandidateList> => call('candidates:list', query),
  /** Every match counted (the list stops counting a search a little past its page). */
  count: (query: Input<'candidates:count'>): Promise<number> => call('candidates:count', query).then((r) => r.total),
  /** Adds a candidate; the result names stored candidates that may be the same person. */
  create: (draft: Input<'candidates:create'>): Promise<CandidateCreateResult> => call('candidates:create', draft),
  update: (input: Input<'candidates:update'>): Promise<CandidateProfile> => call('candidates:update', input),
  remove: (id: string): Promise<{ id: string }> => call('candidates:delete', { id }),
  /**
   * "Export everything about this person…": asks for a folder, then writes `<name> - Hirebook data <time>.zip`
   * there. Null when the owner cancelled the folder dialog (or it could not open, after saying so).
   */
  async exportPerson(id: string, fullName: string, now = new Date()): Promise<CandidateExportPersonResult | null> {
    const folder = await askForFolder(`Choose where to save everything about ${fullName}`);
    if (!folder) return null;
    const path = fileInFolder(folder, personArchiveName(fullName, now));
    return call('candidates:export-person', { id, path, timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone });
  },
  /** Keeps the figures under a random name and erases everything personal. */
  anonymise: (id: string): Promise<CandidateProfile> => call('candidates:anonymise', { id }),
  /** Which backups still hold the person (after an erasure): a sentence for the owner, with the details. */
  holding: (id: string): Promise<BackupHolding> => call('backup:holding', { candidateId: id }),
  /** Folds `mergeId` into `keepId`, keeping every application, file and note. */
  merge: (keepId: string, mergeId: string): Promise<CandidateMergeResult> => call('candidates:merge', { keepId, mergeId }),
  /** Adds a detail found in a file to the profile, reading the stored lists fresh so two quick confirmations do not overwrite each other. */
  async addFoundDetail(candidateId: string, found: FoundDetail): Promise<void> {
    const current = await call('candidates:get', { id: candidateId });
    const patch =
      found.kind === 'email'
        ? { emails: [...current.emails, found.value] }
        : found.kind === 'phone'
          ? { phones: [...current.phones, found.value] }
          : /linkedin\.com/i.test(found.value) && !current.linkedinUrl
            ? { linkedinUrl: found.value }
            : { links: [...current.links, { label: '', url: found.value }] };
    await call('candidates:update', { id: candidateId, patch });
  },
};

/** While the Candidates screen is open: candidates or applications changing make its table refetch. */
export function watchCandidateList(): () => void {
  return onDataChanged(['candidates', 'applications'], () => useCandidatesStore.getState().bump());
}

/** Calls `reload` when a profile may show something else: the candidate, their applications or a role's stages. */
export function watchCandidate(reload: () => void): () => void {
  return onDataChanged(['candidates', 'applications', 'pipeline'], reload);
}
