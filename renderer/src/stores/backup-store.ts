// Renderer: backups (Settings → Data, the File menu, the damaged-data banner, the empty first screen):
// backup:status and backup:settings, "Back up now" (folder → optional passphrase → backup:create with
// progress and Cancel), "Restore from a backup" (file → backup:inspect → passphrase if asked → preview →
// backup:restore → app:reopen), and the overlay while quitting waits for an automatic backup.
import { create } from 'zustand';
import { BACKUP_EXTENSION, type BackupCreateResult, type BackupProgress, type BackupSettingsInput, type BackupStatus, type BackupSummary } from '../../../electron/contract';
import { ApiError, call, errorMessage, onEvent } from '../api/client';
import { notifyError } from '../lib/notify';
import { rememberFocus } from '../lib/return-focus';
import { askForFolder } from './app-store';
import { fileInFolder, fileStamp } from '../lib/file-in-folder';

export type BackupStep = 'idle' | 'passphrase' | 'running' | 'done' | 'cancelled' | 'failed';
export type RestoreStep = 'idle' | 'inspecting' | 'passphrase' | 'preview' | 'restoring' | 'reopening' | 'cancelled' | 'failed';

interface Progress {
  phase: BackupProgress['phase'] | null;
  done: number;
  total: number;
}

const NO_PROGRESS: Progress = { phase: null, done: 0, total: 0 };

interface BackupState {
  status: BackupStatus | null;
  statusError: string;
  /** Warnings the owner dismissed for this session (the soft banner). */
  warningsDismissed: boolean;
  savingSettings: boolean;

  backupStep: BackupStep;
  backupFolder: string;
  backupJob: string | null;
  backupProgress: Progress;
  backupCancelling: boolean;
  backupResult: BackupCreateResult | null;
  backupError: string;
  passphraseError: string;

  restoreStep: RestoreStep;
  restorePath: string;
  restoreJob: string | null;
  restoreProgress: Progress;
  restoreCancelling: boolean;
  restoreSummary: BackupSummary | null;
  restorePassphrase: string;
  restorePassphraseError: string;
  restoreError: string;
  replacedDir: string;

  /** Quitting waits for an automatic backup: its job id, or null when not quitting. */
  quitJob: string | null;
  quitting: boolean;
  quitProgress: Progress;

  loadStatus(): Promise<void>;
  setAutomatic(on: boolean): Promise<void>;
  chooseSecondFolder(): Promise<void>;
  removeSecondFolder(): Promise<void>;
  dismissWarnings(): void;

  startBackup(): Promise<void>;
  runBackup(passphrase: string | null): Promise<void>;
  cancelBackup(): Promise<void>;
  closeBackup(): void;

  /** Opens the restore flow; with `path` (a backup in the data folder) no file dialog is shown. */
  startRestore(path?: string): Promise<void>;
  submitPassphrase(passphrase: string): Promise<void>;
  confirmRestore(): Promise<void>;
  cancelRestore(): Promise<void>;
  closeRestore(): void;
}

/** The restore is staged but the window could not ask the shell to reopen: the next start switches it in. */
export const REOPEN_FAILED = 'The backup is ready, but Hirebook could not reopen by itself: close Hirebook and open it again to finish.';

/** `<folder>/hirebook-backup-YYYY-MM-DD-HHMMSS.hirebook-backup` in the folder's own separator. */
export function backupFileIn(folder: string, now = new Date()): string {
  return fileInFolder(folder, `hirebook-backup-${fileStamp(now)}${BACKUP_EXTENSION}`);
}

function passphraseIssue(error: unknown): string | null {
  if (!(error instanceof ApiError)) return null;
  const issue = error.issues.find((i) => i.path[0] === 'passphrase');
  return issue ? issue.message : null;
}

function follow(jobId: string, apply: (p: Progress) => void): () => void {
  return onEvent('backup:progress', (p) => {
    if (p.jobId === jobId) apply({ phase: p.phase, done: p.done, total: p.total });
  });
}

/** backup:settings with one change; the answer is the new status. */
async function saveSettings(change: BackupSettingsInput, failure: string): Promise<void> {
  useBackupStore.setState({ savingSettings: true });
  try {
    useBackupStore.setState({ status: await call('backup:settings', change) });
  } catch (error) {
    notifyError(error, failure);
  } finally {
    useBackupStore.setState({ savingSettings: false });
  }
}

export const useBackupStore = create<BackupState>((set, get) => ({
  status: null,
  statusError: '',
  warningsDismissed: false,
  savingSettings: false,

  backupStep: 'idle',
  backupFolder: '',
  backupJob: null,
  backupProgress: NO_PROGRESS,
  backupCancelling: false,
  backupResult: null,
  backupError: '',
  passphraseError: '',

  restoreStep: 'idle',
  restorePath: '',
  restoreJob: null,
  restoreProgress: NO_PROGRESS,
  restoreCancelling: false,
  restoreSummary: null,
  restorePassphrase: '',
  restorePassphraseError: '',
  restoreError: '',
  replacedDir: '',

  quitJob: null,
  quitting: false,
  quitProgress: NO_PROGRESS,

  async loadStatus() {
    try {
      set({ status: await call('backup:status', {}), statusError: '' });
    } catch (error) {
      set({ statusError: errorMessage(error) });
    }
  },

  setAutomatic: (on) => saveSettings({ automatic: on }, 'Could not change automatic backups'),

  async chooseSecondFolder() {
    const folder = await askForFolder('Choose a second folder for automatic backups');
    if (folder) await saveSettings({ secondFolder: folder }, 'Could not use that folder for backups');
  },

  removeSecondFolder: () => saveSettings({ secondFolder: null }, 'Could not remove the second folder'),

  dismissWarnings() {
    set({ warningsDismissed: true });
  },

  async startBackup() {
    if (get().backupStep !== 'idle' || get().restoreStep !== 'idle') return;
    rememberFocus();
    const folder = await askForFolder('Choose a folder for the backup');
    if (!folder) return;
    set({ backupStep: 'passphrase', backupFolder: folder, backupResult: null, backupError: '', passphraseError: '' });
  },

  async runBackup(passphrase) {
    const { backupFolder, backupStep } = get();
    if (backupStep !== 'passphrase') return;
    if (passphrase !== null && passphrase.length < 8) {
      set({ passphraseError: 'Use at least 8 characters for the passphrase' });
      return;
    }
    const jobId = crypto.randomUUID();
    set({ backupStep: 'running', backupJob: jobId, backupProgress: NO_PROGRESS, backupCancelling: false, passphraseError: '' });
    const stop = follow(jobId, (backupProgress) => set({ backupProgress }));
    try {
      const result = await call('backup:create', { jobId, path: backupFileIn(backupFolder), ...(passphrase ? { passphrase } : {}) });
      set({ backupStep: 'done', backupResult: result });
      void get().loadStatus();
    } catch (error) {
      const issue = passphraseIssue(error);
      if (issue) set({ backupStep: 'passphrase', passphraseError: issue });
      else if (get().backupCancelling) set({ backupStep: 'cancelled' });
      else set({ backupStep: 'failed', backupError: errorMessage(error) });
    } finally {
      stop();
      set({ backupCancelling: false });
    }
  },

  async cancelBackup() {
    const { backupJob, backupStep } = get();
    if (backupStep !== 'running' || !backupJob) return;
    set({ backupCancelling: true });
    try {
      await call('backup:cancel', { jobId: backupJob });
    } catch (error) {
      set({ backupCancelling: false });
      notifyError(error, 'Could not stop the backup');
    }
  },

  closeBackup() {
    if (get().backupStep !== 'running') set({ backupStep: 'idle', backupJob: null, backupResult: null, backupError: '', passphraseError: '' });
  },

  async startRestore(path) {
    if (get().restoreStep !== 'idle' || get().backupStep !== 'idle') return;
    rememberFocus();
    let file = path ?? null;
    if (!file) {
      try {
        file = (await call('app:choose-file', { title: 'Choose a Hirebook backup to restore', purpose: 'backup' })).paths[0] ?? null;
      } catch (error) {
        notifyError(error, 'Could not open the file dialog');
        return;
      }
    }
    if (!file) return;
    set({ restorePath: file, restoreSummary: null, restorePassphrase: '', restorePassphraseError: '', restoreError: '', replacedDir: '' });
    await inspect(null);
  },

  async submitPassphrase(passphrase) {
    if (get().restoreStep !== 'passphrase') return;
    if (!passphrase) {
      set({ restorePassphraseError: 'Type the passphrase this backup was made with' });
      return;
    }
    await inspect(passphrase);
  },

  async confirmRestore() {
    const { restoreStep, restorePath, restorePassphrase } = get();
    if (restoreStep !== 'preview') return;
    const jobId = crypto.randomUUID();
    set({ restoreStep: 'restoring', restoreJob: jobId, restoreProgress: NO_PROGRESS, restoreCancelling: false });
    const stop = follow(jobId, (restoreProgress) => set({ restoreProgress }));
    try {
      const result = await call('backup:restore', { jobId, path: restorePath, ...(restorePassphrase ? { passphrase: restorePassphrase } : {}) });
      set({ restoreStep: 'reopening', replacedDir: result.replacedDir });
      stop();
      // The desktop shell closes the data folder, switches the restored data in and reloads this window.
      await call('app:reopen', {});
    } catch (error) {
      if (get().restoreStep === 'reopening') set({ restoreStep: 'failed', restoreError: `${REOPEN_FAILED} (${errorMessage(error)})` });
      else if (get().restoreCancelling) set({ restoreStep: 'cancelled' });
      else set({ restoreStep: 'failed', restoreError: errorMessage(error) });
    } finally {
      stop();
      set({ restoreCancelling: false });
    }
  },

  async cancelRestore() {
    const { restoreJob, restoreStep } = get();
    if ((restoreStep !== 'restoring' && restoreStep !== 'inspecting') || !restoreJob) return;
    set({ restoreCancelling: true });
    try {
      await call('backup:cancel', { jobId: restoreJob });
    } catch (error) {
      set({ restoreCancelling: false });
      notifyError(error, 'Could not stop');
    }
  },

  closeRestore() {
    const step = get().restoreStep;
    if (step === 'inspecting' || step === 'restoring' || step === 'reopening') return;
    set({ restoreStep: 'idle', restoreJob: null, restoreSummary: null, restorePassphrase: '', restorePassphraseError: '', restoreError: '' });
  },
}));

/** backup:inspect of the chosen file (with the passphrase once asked), into the preview or the passphrase step. */
async function inspect(passphrase: string | null): Promise<void> {
  const { getState, setState } = useBackupStore;
  const jobId = crypto.randomUUID();
  setState({ restoreStep: 'inspecting', restoreJob: jobId, restoreProgress: NO_PROGRESS, restoreCancelling: false, restorePassphraseError: '' });
  const stop = follow(jobId, (restoreProgress) => setState({ restoreProgress }));
  try {
    const summary = await call('backup:inspect', { jobId, path: getState().restorePath, ...(passphrase ? { passphrase } : {}) });
    setState({ restoreStep: 'preview', restoreSummary: summary, restorePassphrase: passphrase ?? '' });
  } catch (error) {
    const issue = passphraseIssue(error);
    // The first ask is a question, not a mistake: say at the field only when a passphrase was typed.
    if (issue) setState({ restoreStep: 'passphrase', restorePassphraseError: passphrase ? issue : '', restorePassphrase: '' });
    else if (getState().restoreCancelling) setState({ restoreStep: 'cancelled' });
    else setState({ restoreStep: 'failed', restoreError: errorMessage(error) });
  } finally {
    stop();
    setState({ restoreCancelling: false });
  }
}

/**
 * The quit-time backup overlay and its progress, and a backup opened from outside the app (a double-clicked
 * .hirebook-backup: the restore flow starts with it and asks before replacing anything); returns a function
 * that stops listening. (File → Back Up Now… and Restore… are app commands: lib/app-commands.ts.)
 */
export function watchBackupEvents(): () => void {
  const stops = [
    onEvent('app:open-backup', ({ path }) => {
      const { restoreStep, backupStep } = useBackupStore.getState();
      if (restoreStep !== 'idle' || backupStep !== 'idle') {
        notifyError(new Error('Finish the backup or restore under way first, then open the file again.'), 'Could not open that backup now');
        return;
      }
      void useBackupStore.getState().startRestore(path);
    }),
    onEvent('app:quit-backup', (q) => {
      if (q.state === 'done') {
        useBackupStore.setState({ quitting: false, quitJob: null });
        return;
      }
      useBackupStore.setState({ quitting: true, quitJob: q.jobId, quitProgress: NO_PROGRESS });
    }),
    onEvent('backup:progress', (p) => {
      const { quitting, quitJob } = useBackupStore.getState();
      if (quitting && quitJob !== null && p.jobId === quitJob) useBackupStore.setState({ quitProgress: { phase: p.phase, done: p.done, total: p.total } });
    }),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}
