// Quitting waits for the automatic backup at quit: the first before-quit is held while backup:auto
// {reason:'quit'} runs (the windows are told, to show it), stopped with backup:cancel after
// QUIT_BACKUP_LIMIT_MS; then the app quits for real. No Electron import: the main process passes its
// dispatch, broadcast, quit and timers in, and tests pass fakes. Runs in the Electron main process.
import type { QuitBackup, Result } from '../contract';

type Timer = ReturnType<typeof setTimeout>;

export interface QuitBackupDeps {
  /** core.dispatch of the current core (backup:auto and backup:cancel only). */
  dispatch(channel: 'backup:auto' | 'backup:cancel', input: unknown): Promise<Result<unknown>>;
  broadcast(event: 'app:quit-backup', payload: QuitBackup): void;
  /** Quits for real (app.quit(): its before-quit passes through). */
  quit(): void;
  newJobId(): string;
  limitMs: number;
  /** How long to wait for a cancelled backup to end before quitting anyway. */
  cancelGraceMs?: number;
  setTimeout(callback: () => void, ms: number): Timer;
  clearTimeout(timer: Timer): void;
  log: { info(...args: unknown[]): void; warn(...args: unknown[]): void };
}

export interface QuitEvent {
  preventDefault(): void;
}

/**
 * Returns the before-quit listener. The first call holds the quit and runs the backup; calls while it
 * runs are held too (quitting is already under way); once the backup ended, every call passes through.
 */
export function createQuitBackup(deps: QuitBackupDeps): (event: QuitEvent) => void {
  let state: 'idle' | 'running' | 'quitting' = 'idle';
  const grace = deps.cancelGraceMs ?? 5_000;

  const finish = (jobId: string): void => {
    if (state !== 'running') return;
    state = 'quitting';
    deps.broadcast('app:quit-backup', { state: 'done', jobId, limitMs: deps.limitMs });
    deps.quit();
  };

  const run = (jobId: string): void => {
    let limit: Timer | null = null;
    let cancelled = false;
    const backup = deps.dispatch('backup:auto', { reason: 'quit', jobId }).then(
      (result) => {
        if (result.ok) {
          const path = (result.value as { path: string | null }).path;
          if (path !== null) deps.log.info(`Backed up at quit: ${path}`);
        } else if (cancelled) {
          deps.log.info('The backup at quit was stopped after the time limit; it is made at the next start');
        } else {
          deps.log.warn(`The backup at quit did not run: ${result.error.code}: ${result.error.message}`);
        }
      },
      (error: unknown) => deps.log.warn('The backup at quit failed', error),
    );
    limit = deps.setTimeout(() => {
      limit = null;
      cancelled = true;
      deps.log.info(`The backup at quit took longer than ${deps.limitMs} ms: stopping it`);
      deps.dispatch('backup:cancel', { jobId }).catch((error: unknown) => deps.log.warn('Could not stop the backup at quit', error));
      // Wait for it to end, but never forever: a backup that ignores the cancel is cut off by the quit.
      const last = deps.setTimeout(() => {
        deps.log.warn('The backup at quit did not stop after it was cancelled; quitting anyway');
        finish(jobId);
      }, grace);
      void backup.then(() => {
        deps.clearTimeout(last);
        finish(jobId);
      });
    }, deps.limitMs);
    void backup.then(() => {
      if (limit === null) return;
      deps.clearTimeout(limit);
      finish(jobId);
    });
  };

  return (event) => {
    if (state === 'quitting') return;
    event.preventDefault();
    if (state === 'running') return;
    state = 'running';
    const jobId = deps.newJobId();
    deps.broadcast('app:quit-backup', { state: 'running', jobId, limitMs: deps.limitMs });
    run(jobId);
  };
}
