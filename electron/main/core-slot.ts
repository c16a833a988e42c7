// The core the desktop shell talks to (in its own process: remote-core.ts), and its replacement after a
// restore (app:reopen) or after the data service stopped: the IPC loop, the timers and the quit backup ask
// the slot, never hold a core. No Electron import. Runs in the Electron main process.
import type { ShellCore as Core } from './remote-core';

export interface CoreSlot {
  /** The current core; while a reopen runs, the new one (null when it could not open). */
  current(): Promise<Core | null>;
  /** The current core now, or null while a reopen runs (for synchronous callers: the file grant). */
  now(): Core | null;
  /** Closes the current core and opens a new one; a second call while one runs joins it. */
  reopen(): Promise<Core | null>;
}

export function createCoreSlot(
  first: Core,
  open: () => Promise<Core | null>,
  log: { warn(...args: unknown[]): void },
): CoreSlot {
  let core: Core | null = first;
  let reopening: Promise<Core | null> | null = null;
  return {
    current: () => reopening ?? Promise.resolve(core),
    now: () => (reopening ? null : core),
    reopen() {
      if (reopening) return reopening;
      const old = core;
      reopening = (async () => {
        try {
          await old?.close();
        } catch (error) {
          // The database closes first; what fails here is the PDF printer.
          log.warn('Could not close the PDF printer', error);
        }
        core = await open();
        return core;
      })().finally(() => {
        reopening = null;
      });
      return reopening;
    },
  };
}
