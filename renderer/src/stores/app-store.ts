// Renderer: facts about this install (version, data folder, database file) from app:info, sample data, and the
// desktop shell's folder dialog.
import { toast } from 'sonner';
import { create } from 'zustand';
import type { AppInfo, SampleLoadResult } from '../../../electron/contract';
import { ApiError, call } from '../api/client';
import { notifyError } from '../lib/notify';

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

/** Asks for a folder; null when cancelled, or when the folder dialog is unavailable (after saying so). */
export async function askForFolder(title: string): Promise<string | null> {
  try {
    return await chooseFolder(title);
  } catch (error) {
    if (error instanceof ApiError && error.code === 'unavailable') toast.error('Choosing a folder is not available here', { description: error.message });
    else notifyError(error, 'Could not open the folder dialog');
    return null;
  }
}
