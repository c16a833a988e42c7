// Renderer: "Load sample data" (from the empty state and Settings) and "Remove sample data" (Settings): call
// sample:load / sample:remove and say what happened, in counts; the words for the removal's confirmation.
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { SampleLoadResult, SampleRemoveResult, SampleStatus } from '../../../electron/contract';
import { notifyError } from './notify';
import { useAppStore } from '../stores/app-store';
import { useCompanyStore } from '../stores/company-store';
import { useRolesStore } from '../stores/roles-store';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** "a, b and c". */
function list(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** What loading the sample data did, in words; null when it added nothing (it was all there already). */
export function sampleLoadWords(result: SampleLoadResult): string | null {
  const parts = [
    result.rolesCreated > 0 ? count(result.rolesCreated, 'sample role', 'sample roles') : '',
    result.candidatesCreated > 0 ? count(result.candidatesCreated, 'sample candidate', 'sample candidates') : '',
  ].filter(Boolean);
  if (parts.length === 0) return result.companyFilled ? 'Filled in the company profile with sample details' : null;
  return `Added ${parts.join(' and ')}`;
}

/** The sample rows that removal takes, counted: "7 roles, 12 candidates, 12 applications, 4 interviews and 1 file". */
function removedParts(counts: Pick<SampleStatus, 'roles' | 'candidates' | 'applications' | 'interviews' | 'files'>): string[] {
  return [
    counts.roles > 0 ? count(counts.roles, 'role', 'roles') : '',
    counts.candidates > 0 ? count(counts.candidates, 'candidate', 'candidates') : '',
    counts.applications > 0 ? count(counts.applications, 'application', 'applications') : '',
    counts.interviews > 0 ? count(counts.interviews, 'interview', 'interviews') : '',
    counts.files > 0 ? count(counts.files, 'file', 'files') : '',
  ].filter(Boolean);
}

/** True while there is sample data to remove. */
export const hasSampleData = (status: SampleStatus | null): boolean => status !== null && (status.roles > 0 || status.candidates > 0 || status.companyFromSample);

/** The confirmation's sentences: what goes (with notes, files and history), what the owner changed, what stays. */
export function sampleRemoveConfirmWords(status: SampleStatus): string[] {
  const parts = removedParts(status);
  const lines = [parts.length > 0 ? `This deletes the sample data: ${list(parts)}, with their notes, scorecards and history.` : 'There are no sample roles or candidates left.'];
  if (status.edited > 0) {
    lines.push(`You changed ${count(status.edited, 'sample role or candidate', 'sample roles or candidates')} since loading; ${status.edited === 1 ? 'it is' : 'they are'} still sample and will be deleted too.`);
  }
  if (status.ownApplications > 0) {
    lines.push(`${count(status.ownApplications, 'application', 'applications')} of your own candidates to sample roles will go with those roles; the candidates stay.`);
  }
  if (status.companyFromSample) lines.push('Company details that still match the sample are cleared.');
  lines.push('Your own roles and candidates are not touched. This cannot be undone.');
  return lines;
}

/** What removal did, in words; null when it removed nothing. */
export function sampleRemovedWords(result: SampleRemoveResult): string | null {
  const parts = removedParts(result);
  if (parts.length === 0) return result.companyCleared ? 'Cleared the sample company details' : null;
  return `Removed the sample data: ${list(parts)}`;
}

function refreshAfterSample(): void {
  void useRolesStore.getState().load().catch(notifyError);
  void useCompanyStore.getState().load().catch(notifyError);
}

export function useSampleData(): { load(): void; busy: boolean } {
  const [busy, setBusy] = useState(false);
  const load = () => {
    setBusy(true);
    useAppStore
      .getState()
      .loadSampleData()
      .then((result) => {
        refreshAfterSample();
        const words = sampleLoadWords(result);
        // Nothing reports success that did nothing: a second load adds no copies and says so.
        if (words === null) toast.info('The sample data is already here; nothing was added.');
        else toast.success(words, { description: result.companyFilled && result.rolesCreated + result.candidatesCreated > 0 ? 'The company profile was filled in too.' : undefined });
      })
      .catch((e: unknown) => notifyError(e, 'Could not load sample data'))
      .finally(() => setBusy(false));
  };
  return { load, busy };
}

/** Settings' "Remove sample data": what there is (read on mount), and the removal with its toast. */
export function useSampleRemoval(): { status: SampleStatus | null; remove(): void; busy: boolean } {
  const status = useAppStore((s) => s.sample);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    useAppStore.getState().loadSampleStatus().catch((e: unknown) => notifyError(e, 'Could not read the sample data'));
  }, []);
  const remove = () => {
    setBusy(true);
    useAppStore
      .getState()
      .removeSampleData()
      .then((result) => {
        refreshAfterSample();
        const words = sampleRemovedWords(result);
        if (words === null) toast.info('There was no sample data to remove.');
        else toast.success(words, { description: result.companyCleared && removedParts(result).length > 0 ? 'The sample company details were cleared too.' : undefined });
      })
      .catch((e: unknown) => notifyError(e, 'Could not remove the sample data'))
      .finally(() => setBusy(false));
  };
  return { status, remove, busy };
}
