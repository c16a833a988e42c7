// Renderer: facts about this install (version, data folder, database file) from app:info, sample data, and the
// desktop shell's folder dialog.
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

/** Asks the person for a folder with the system dialog; null when they cancel. */
export async function chooseFolder(title: string): Promise<string | null> {
  return (await call('app:choose-folder', { title })).path;
}
