// Finds the data folder and the Electron-ABI SQLite binding, starts the core host in a utility process
// (electron/core-host: the database lives there, off the main process's thread), and explains in a dialog
// when the database file cannot be opened. Runs in the Electron main process.
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { app, dialog, utilityProcess } from 'electron';
import log from 'electron-log/main';
import type { EventName } from '../contract';
import type { FromHost, ToHost } from '../core-host/host-protocol';
import { createElectronPrinter } from './pdf-printer-electron';
import { createElectronPlatform } from './platform-electron';
import { connectRemoteCore, type HostProcess, type ShellCore } from './remote-core';

const DATABASE_FILE = 'hirebook.db';

/**
 * HIREBOOK_DATA_DIR (tests, a second profile) also becomes Electron's userData, so the Chromium
 * profile and the single-instance lock move with it. Must run before `app.ready`.
 */
export function applyDataDirOverride(): void {
  const override = process.env.HIREBOOK_DATA_DIR?.trim();
  if (override) app.setPath('userData', isAbsolute(override) ? override : resolve(override));
}

export function dataDir(): string {
  return app.getPath('userData');
}

/**
 * The better-sqlite3 binary built for this Electron by scripts/prepare-electron.mjs (same folder
 * scheme there). node_modules keeps the Node build for `npm test`; a packaged app has no .cache
 * and uses the binary electron-builder put in node_modules.
 */
export function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const tag = `${process.versions.electron}-${process.platform}-${process.arch}`;
  const file = join(app.getAppPath(), '.cache', 'electron-native', tag, 'better_sqlite3.node');
  return existsSync(file) ? file : undefined;
}

function codeOf(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The words of the dialog for each way opening can fail. Pure; exported for reading. */
export function explainOpenFailure(error: unknown, file: string): { title: string; body: string } {
  const untouched = 'Hirebook has not changed the file.';
  switch (codeOf(error)) {
    case 'database_too_new':
      return {
        title: 'This data file is from a newer Hirebook',
        body:
          `${file}\n\nwas last saved by a newer version of Hirebook than this one (${app.getVersion()}). ` +
          `Install the latest Hirebook to open it. ${untouched}`,
      };
    case 'database_corrupt':
      return {
        title: 'The data file is damaged',
        body:
          `${file}\n\ncould not be read: it is not a valid Hirebook database. ` +
          `To keep whatever still reads, run "hirebook salvage --out FOLDER" (it writes a new file and never ` +
          `changes this one). Then quit Hirebook, move this file somewhere safe (or replace it with a copy ` +
          `from the backups folder next to it) and start Hirebook again. ${untouched}`,
      };
    case 'folder_read_only':
      return {
        title: 'Hirebook cannot write to its data folder',
        body:
          `${file}\n\nis in a folder (or on a disk) that cannot be written, or the file itself is read-only. ` +
          `Give your user permission to write there, or unlock the disk, and start Hirebook again. ` +
          `${untouched} Nothing was created in the folder.`,
      };
    default: {
      const abi = /NODE_MODULE_VERSION|was compiled against a different Node\.js version/.test(messageOf(error));
      const hint = abi
        ? 'The SQLite module was built for Node, not Electron: run `node scripts/prepare-electron.mjs` (npm start does this) and try again.'
        : 'See the log file for details.';
      return {
        title: 'Hirebook could not open its data file',
        body: `${file}\n\n${messageOf(error)}\n\n${hint} ${untouched}`,
      };
    }
  }
}

/** The core host bundle (electron.vite.config.ts builds it beside index.js). */
export const CORE_HOST_SCRIPT = 'core-host.js';

/** Electron's utility process, as the shell's HostProcess. */
function startHost(): HostProcess {
  const child = utilityProcess.fork(join(__dirname, CORE_HOST_SCRIPT), [], { serviceName: 'Hirebook data', stdio: 'inherit' });
  return {
    postMessage: (message: ToHost) => child.postMessage(message),
    onMessage: (handler) => void child.on('message', (message: unknown) => handler(message as FromHost)),
    onExit: (handler) => void child.on('exit', (code: number) => handler(code)),
    kill: () => void child.kill(),
  };
}

export interface OpenCoreHooks {
  onEvent(event: EventName, payload: unknown): void;
  /** What app:reopen calls (index.ts). */
  reopen(): void;
  /** The data service ended without being asked (index.ts starts a new one). */
  onUnexpectedExit(code: number): void;
  /** The page told the menus what its screen allows (app:menu-state): it is listening to events. */
  onPageReady(): void;
  /** The page turned the interview reminders on or off (app:reminders). */
  onReminders(on: boolean): void;
}

/**
 * Opens the core on the data folder in its own process (a staged restore is switched in first), or shows
 * the dialog that says why it cannot and answers null.
 */
export async function openCore(hooks: OpenCoreHooks): Promise<ShellCore | null> {
  const dir = dataDir();
  const nativeBinding = electronNativeBinding();
  try {
    const core = await connectRemoteCore(startHost(), {
      open: { dataDir: dir, appVersion: app.getVersion(), ...(nativeBinding ? { nativeBinding } : {}) },
      onEvent: hooks.onEvent,
      // Started on the first PDF only: the hidden print window never exists until the owner prints.
      printer: createElectronPrinter,
      // The folder and print dialogs only the desktop shell can show, and reopening after a restore.
      platform: createElectronPlatform(hooks.reopen, hooks.onPageReady, hooks.onReminders),
      onUnexpectedExit: hooks.onUnexpectedExit,
      log: {
        error: (...args: unknown[]) => log.error(...args),
        warn: (...args: unknown[]) => log.warn(...args),
        info: (...args: unknown[]) => log.info(...args),
      },
    });
    log.info(`Opened ${core.databasePath}${nativeBinding ? ` (SQLite binding ${nativeBinding})` : ''} in the data service`);
    return core;
  } catch (error) {
    const file = join(dir, DATABASE_FILE);
    log.error(`Could not open ${file}`, error);
    const { title, body } = explainOpenFailure(error, file);
    dialog.showErrorBox(title, body);
    return null;
  }
}
