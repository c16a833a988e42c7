// Renderer: "Load sample data" (from the empty state and Settings): calls sample:load and says what happened.
import { useState } from 'react';
import { toast } from 'sonner';
import { notifyError } from './notify';
import { useAppStore } from '../stores/app-store';
import { useCompanyStore } from '../stores/company-store';
import { useRolesStore } from '../stores/roles-store';

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
        const roles = `${result.rolesCreated} sample role${result.rolesCreated === 1 ? '' : 's'}`;
        toast.success(`Added ${roles}`, {
          description: result.companyFilled ? 'The company profile was filled in too.' : undefined,
        });
      })
      .catch((e: unknown) => notifyError(e, 'Could not load sample data'))
      .finally(() => setBusy(false));
  };
  return { load, busy };
}
