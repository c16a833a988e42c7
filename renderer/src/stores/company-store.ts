// Renderer: the company profile (name, address, logo, currency, paper size), loaded once and on change.
import { create } from 'zustand';
import type { Company, CompanyUpdateInput } from '../../../electron/contract';
import { call } from '../api/client';
import { notifyError } from '../lib/notify';
import { onDataChanged } from './data-changed';

interface CompanyState {
  company: Company | null;
  load(): Promise<Company>;
  save(update: CompanyUpdateInput): Promise<Company>;
}

export const useCompanyStore = create<CompanyState>((set) => ({
  company: null,
  async load() {
    const company = await call('company:get', {});
    set({ company });
    return company;
  },
  async save(update) {
    const company = await call('company:update', update);
    set({ company });
    return company;
  },
}));

/** Reloads the profile whenever it changes (for as long as the app shell runs); returns a function that stops. */
export function watchCompany(): () => void {
  return onDataChanged(['company'], () => {
    useCompanyStore.getState().load().catch((e: unknown) => notifyError(e, 'Could not refresh the company profile'));
  });
}
