// Renderer: "Export everything" (Settings → Data): picks a folder, runs data:export-all with its progress
// events, cancels it, and keeps the result for the dialog.
import { create } from 'zustand';
import type { ExportAllResult } from '../../../electron/contract';
import { call, errorMessage, onEvent } from '../api/client';
import { notifyError } from '../lib/notify';
import { askForFolder } from './app-store';

export type ExportPhase = 'idle' | 'running' | 'done' | 'failed';

interface ExportAllState {
  phase: ExportPhase;
  jobId: string | null;
  done: number;
  total: number;
  /** The table being written, or "files". */
  step: string;
  cancelling: boolean;
  result: ExportAllResult | null;
  error: string;
  start(): Promise<void>;
  cancel(): Promise<void>;
  dismiss(): void;
}

export const useExportAllStore = create<ExportAllState>((set, get) => ({
  phase: 'idle',
  jobId: null,
  done: 0,
  total: 0,
  step: '',
  cancelling: false,
  result: null,
  error: '',

  async start() {
    if (get().phase === 'running') return;
    const folder = await askForFolder('Choose a folder for the export');
    if (!folder) return;
    const jobId = crypto.randomUUID();
    set({ phase: 'running', jobId, done: 0, total: 0, step: '', cancelling: false, result: null, error: '' });
    const stop = onEvent('data:export-all-progress', (p) => {
      if (p.jobId === get().jobId) set({ done: p.done, total: p.total, step: p.step });
    });
    try {
      const result = await call('data:export-all', { outDir: folder, jobId });
      set({ phase: 'done', result, cancelling: false });
    } catch (error) {
      set({ phase: 'failed', error: errorMessage(error), cancelling: false });
    } finally {
      stop();
    }
  },

  async cancel() {
    const { jobId, phase } = get();
    if (phase !== 'running' || !jobId) return;
    set({ cancelling: true });
    try {
      await call('data:export-all-cancel', { jobId });
    } catch (error) {
      set({ cancelling: false });
      notifyError(error, 'Could not stop the export');
    }
  },

  dismiss() {
    if (get().phase !== 'running') set({ phase: 'idle', jobId: null, result: null, error: '' });
  },
}));
