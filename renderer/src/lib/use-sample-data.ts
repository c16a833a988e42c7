// Renderer: "Load sample data" (from the empty state and Settings): calls sample:load and says what happened.
import { useState } from 'react';
import { toast } from 'sonner';
import type { SampleLoadResult } from '../../../electron/contract';
import { notifyError } from './notify';
import { useAppStore } from '../stores/app-store';
import { useCompanyStore } from '../stores/company-store';
import { useRolesStore } from '../stores/roles-store';

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

/** What loading the sample data did, in words; null when it added nothing (it was all there already). */
export function sampleLoadWords(result: SampleLoadResult): string | null {
  const parts = [
    result.rolesCreated > 0 ? count(result.rolesCreated, 'sample role', 'sample roles') : '',
    result.candidatesCreated > 0 ? count(result.candidatesCreated, 'sample candidate', 'sample candidates') : '',
  ].filter(Boolean);
  if (parts.length === 0) return result.companyFilled ? 'Filled in the company profile with sample details' : null;
  return `Added ${parts.join(' and ')}`;
}

export function useSampleData(): { load(): void; busy: boolean } {
  const [busy, setBusy] = useState(false);
  const load = () => {
    setBusy(true);
    useAppStore
      .getState()
      .loadSampleData()
      .then((result) => {
        void useRolesStore.getState().load().catch(notifyError);
        void useCompanyStore.getState().load().catch(notifyError);
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
