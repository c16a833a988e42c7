// Renderer: the company profile (name, address, logo, currency, paper size), loaded once and on change.
import { create } from 'zustand';
import type { Company, CompanyUpdateInput } from '../../../electron/contract';
import { call } from '../api/client';

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
