// Renderer: facts about this install (version, data folder, database file) from app:info.
import { create } from 'zustand';
import type { AppInfo, SampleLoadResult } from '../../../electron/contract';
import { call } from '../api/client';

interface AppState {
  info: AppInfo | null;
  loadInfo(): Promise<void>;
  loadSampleData(): Promise<SampleLoadResult>;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  async loadInfo() {
    set({ info: await call('app:info', {}) });
  },
  async loadSampleData() {
    return call('sample:load', {});
  },
}));
