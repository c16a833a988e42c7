// Renderer: the candidates table's search, filters and sort, kept while the person visits a profile and comes back.
import { create } from 'zustand';
import type { CandidateSort, CandidateSource } from '../../../electron/contract';

export type CandidateStatusFilter = 'active' | 'hired' | 'rejected' | 'withdrawn';

export interface CandidateFilters {
  search: string;
  roleId: string;
  status: CandidateStatusFilter | '';
  source: CandidateSource | '';
  tag: string;
  ratingMin: number | null;
  addedFrom: string;
  addedTo: string;
  sort: CandidateSort;
  direction: 'asc' | 'desc';
}

export const DEFAULT_FILTERS: CandidateFilters = {
  search: '',
  roleId: '',
  status: '',
  source: '',
  tag: '',
  ratingMin: null,
  addedFrom: '',
  addedTo: '',
  sort: 'added',
  direction: 'desc',
};

interface CandidatesState {
  filters: CandidateFilters;
  setFilters(patch: Partial<CandidateFilters>): void;
  reset(): void;
  /** Bumped by reset, so the toolbar's typed-in boxes start over too. */
  resetCount: number;
  /** Bumped when candidates change elsewhere (import, merge), so the table refetches. */
  version: number;
  bump(): void;
}

export const useCandidatesStore = create<CandidatesState>((set) => ({
  filters: DEFAULT_FILTERS,
  setFilters: (patch) => set((s) => ({ filters: { ...s.filters, ...patch } })),
  reset: () => set((s) => ({ filters: DEFAULT_FILTERS, resetCount: s.resetCount + 1 })),
  resetCount: 0,
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));

export function hasCandidateFilters(f: CandidateFilters): boolean {
  return Boolean(f.search.trim() || f.roleId || f.status || f.source || f.tag.trim() || f.ratingMin || f.addedFrom || f.addedTo);
}

/** The search and filters alone (empty ones left out): what candidates:count counts. */
export function toCountQuery(f: CandidateFilters) {
  return {
    search: f.search.trim(),
    ...(f.roleId ? { roleId: f.roleId } : {}),
    ...(f.status ? { status: f.status } : {}),
    ...(f.source ? { source: f.source } : {}),
    ...(f.tag.trim() ? { tag: f.tag.trim() } : {}),
    ...(f.ratingMin ? { ratingMin: f.ratingMin } : {}),
    ...(f.addedFrom ? { addedFrom: f.addedFrom } : {}),
    ...(f.addedTo ? { addedTo: f.addedTo } : {}),
  };
}

/** The filters as the contract's list/export query (empty ones left out). */
export function toQuery(f: CandidateFilters) {
  return { ...toCountQuery(f), sort: f.sort, direction: f.direction };
}
