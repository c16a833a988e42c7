// Renderer: publishing every open role at once: the careers page export and the batch PDF job (its
// progress from postings:progress events, cancel, and the summary at the end).
import { toast } from 'sonner';
import { create } from 'zustand';
import type { BatchPdfResult } from '../../../electron/contract';
import { errorMessage } from '../api/client';
import { notifyError } from '../lib/notify';
import { askForFolder } from './app-store';
import { cancelBatchPdf, exportCareersSite, runBatchPdf } from './postings-actions';

export type BatchPhase = 'idle' | 'running' | 'done' | 'failed';

interface PublishState {
  phase: BatchPhase;
  jobId: string | null;
  folder: string;
  done: number;
  total: number;
  cancelling: boolean;
  result: BatchPdfResult | null;
  error: string;
  savePdfs(): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export async function exportCareersPage(): Promise<void> {
  const folder = await askForFolder('Choose a folder for the careers page');
  if (!folder) return;
  try {
    const site = await exportCareersSite(folder);
    const roles = `${site.roles} open role${site.roles === 1 ? '' : 's'}`;
    toast.success(`Careers page saved with ${roles}`, { description: `Upload the files in ${folder} to your website (start page: index.html).` });
  } catch (error) {
    notifyError(error, 'Could not export the careers page');
  }
}

export const usePublishStore = create<PublishState>((set, get) => ({
  phase: 'idle',
  jobId: null,
  folder: '',
  done: 0,
  total: 0,
  cancelling: false,
  result: null,
  error: '',

  async savePdfs() {
    if (get().phase === 'running') return;
    const folder = await askForFolder('Choose a folder for the PDFs of open roles');
    if (!folder) return;
    const jobId = crypto.randomUUID();
    set({ phase: 'running', jobId, folder, done: 0, total: 0, cancelling: false, result: null, error: '' });
    try {
      const result = await runBatchPdf({ outDir: folder, layout: 'classic', jobId }, (p) => {
        if (p.jobId === get().jobId) set({ done: p.done, total: p.total });
      });
      set({ phase: 'done', result, cancelling: false });
    } catch (error) {
      set({ phase: 'failed', error: errorMessage(error), cancelling: false });
    }
  },

  async cancel() {
    const { jobId, phase } = get();
    if (phase !== 'running' || !jobId) return;
    set({ cancelling: true });
    try {
      await cancelBatchPdf(jobId);
    } catch (error) {
      set({ cancelling: false });
      notifyError(error, 'Could not stop saving PDFs');
    }
  },

  dismiss() {
    if (get().phase !== 'running') set({ phase: 'idle', jobId: null, result: null, error: '' });
  },
}));
