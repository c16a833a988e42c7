// Renderer: facts about this install (version, data folder, database file) from app:info, sample data (load,
// what there is, remove), and the desktop shell's folder dialog.
import { toast } from 'sonner';
import { create } from 'zustand';
import type { AppInfo, SampleLoadResult, SampleRemoveResult, SampleStatus } from '../../../electron/contract';
import { ApiError, call } from '../api/client';
import { notifyError } from '../lib/notify';

interface AppState {
  info: AppInfo | null;
  loadInfo(): Promise<void>;
  loadSampleData(): Promise<SampleLoadResult>;
  /** What the sample data is now (null until read): Settings offers removal only while there is some. */
  sample: SampleStatus | null;
  loadSampleStatus(): Promise<SampleStatus>;
  removeSampleData(): Promise<SampleRemoveResult>;
}

export const useAppStore = create<AppState>((set) => ({
  info: null,
  async loadInfo() {
    set({ info: await call('app:info', {}) });
  },
  async loadSampleData() {
    const result = await call('sample:load', {});
    set({ sample: await call('sample:status', {}) });
    return result;
  },
  sample: null,
  async loadSampleStatus() {
    const sample = await call('sample:status', {});
    set({ sample });
    return sample;
  },
  async removeSampleData() {
    const result = await call('sample:remove', {});
    set({ sample: await call('sample:status', {}) });
    return result;
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
