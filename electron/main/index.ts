// Entry of the Electron main process: app lifecycle, single-instance lock, and the order in which
// security, protocol, core (in its own process), IPC, menu and window come up; automatic backups (at
// start, hourly, at quit); reopening the data folder after a restore or after the data service stopped.
// Runs in the Electron main process.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, Notification } from 'electron';
import log from 'electron-log/main';
import { APP_COMMANDS, QUIT_BACKUP_LIMIT_MS, type EventName } from '../contract';
import { isAppUrl } from './app-origin';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { createCoreSlot, type CoreSlot } from './core-slot';
import { broadcast, registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { applyDataDirOverride, dataDir, openCore } from './open-core';
import { createReminders, type ReminderInterview } from './interview-reminders';
import { backupPathsIn, createFileOpener } from './open-files';
import { createQuitBackup } from './quit-backup';
import type { ShellCore } from './remote-core';
import { installSecurity } from './security';
import { createMainWindow, focusMainWindow, getMainWindow, preloadPath } from './window';

log.errorHandler.startCatching({ showDialog: false });

// Both must happen before `ready`: the data folder decides the lock, and schemes register early.
applyDataDirOverride();
registerAppScheme();

const mainDir = __dirname;
// Packaged apps take their icon from the OS bundle; in development, show ours on Linux/Windows.
const devIcon = join(app.getAppPath(), 'resources', 'icon.png');
const windowPaths = {
  preload: preloadPath(mainDir),
  stateFile: join(dataDir(), 'window-state.json'),
  ...(!app.isPackaged && existsSync(devIcon) ? { icon: devIcon } : {}),
};

/** While the page loads or reloads, files opened from outside wait for it (open-files.ts). */
function watchPage(win: BrowserWindow): BrowserWindow {
  win.webContents.on('did-start-loading', () => fileOpener.pageGone());
  return win;
}

function openWindow(): void {
  if (!focusMainWindow()) watchPage(createMainWindow(windowPaths));
}

/** Help → About Hirebook: the version, and where the data is. */
function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: 'About Hirebook',
    message: `Hirebook ${app.getVersion()}`,
    detail: `An offline recruiting assistant. Your hiring data stays on this computer, in ${dataDir()}.`,
    buttons: ['OK'],
  };
  const parent = getMainWindow();
  (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options)).catch((error: unknown) => log.warn('Could not show About', error));
}

/** A File menu command (contract/app-commands.ts): bring up the window, and tell its renderer once the page has loaded. */
function sendMenuEvent(event: Extract<EventName, `menu:${string}`>): void {
  const win = getMainWindow() ?? watchPage(createMainWindow(windowPaths));
  focusMainWindow();
  const send = (): void => win.webContents.send(event, {});
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}

/** The slot of the running core, once start() has opened one (the file opener grants files through it). */
let running: CoreSlot | null = null;

/** Backups opened from outside the app (open-files.ts): granted to the core, then handed to the page. */
const fileOpener = createFileOpener({
  grant: (path) => {
    const core = running?.now() ?? null;
    if (core === null) return false;
    core.grantFile(path);
    return true;
  },
  send: (path) => {
    const win = getMainWindow() ?? watchPage(createMainWindow(windowPaths));
    focusMainWindow();
    win.webContents.send('app:open-backup', { path });
  },
  warn: (message) => log.warn(message),
});

/** A notification 15 minutes before each booked interview, while the page's preference has it on (interview-reminders.ts). */
const reminders = createReminders({
  list: async (from, to) => {
    const core = running ? await running.current() : null;
    const result = await core?.dispatch('interviews:list', { from, to, statuses: ['scheduled'], limit: 50 });
    if (!result) return [];
    if (!result.ok) throw new Error(result.error.message);
    return (result.value as { interviews: ReminderInterview[] }).interviews;
  },
  notify: (_interview, { title, body }) => {
    if (!Notification.isSupported()) return;
    const note = new Notification({ title, body });
    note.on('click', () => openWindow());
    note.show();
  },
  now: () => Date.now(),
  warn: (message, error) => log.warn(message, error),
});

/** backup:auto decides itself whether one is due; the shell only asks, at start and every hour. */
const AUTO_BACKUP_EVERY_MS = 60 * 60 * 1000;

function autoBackup(slot: CoreSlot): void {
  slot
    .current()
    .then((core) => core?.dispatch('backup:auto', { reason: 'daily' }))
    .then((result) => {
      if (!result) return;
      if (!result.ok) {
        // busy (a backup by hand, the command line) and conflict (a restore waits for the reopen) pass.
        const line = `No automatic backup now: ${result.error.code}: ${result.error.message}`;
        if (result.error.code === 'busy' || result.error.code === 'conflict') log.info(line);
        else log.warn(line);
        return;
      }
      const value = result.value as { path: string | null; warning: string | null };
      if (value.path !== null) log.info(`Automatic backup: ${value.path}`);
      if (value.warning !== null) log.warn(`Automatic backup: ${value.warning}`);
    })
    .catch((error: unknown) => log.error('The automatic backup failed', error));
}

/** app:reopen after a restore: a new core on the same folder (the restore is switched in), pages reloaded. */
function reopenDataFolder(slot: CoreSlot): void {
  slot
    .reopen()
    .then((core) => {
      if (core === null) {
        // openCore's dialog has explained; as at start, leave without touching the file.
        app.exit(1);
        return;
      }
      log.info('Reopened the data folder');
      for (const win of BrowserWindow.getAllWindows()) {
        if (!win.isDestroyed() && !win.webContents.isDestroyed() && isAppUrl(win.webContents.getURL())) win.webContents.reload();
      }
    })
    .catch((error: unknown) => {
      log.error('Could not reopen the data folder', error);
      app.exit(1);
    });
}

/** A data service that keeps stopping is not started again and again: after this many, Hirebook leaves. */
const MAX_RESTARTS = 3;

async function start(): Promise<void> {
  installSecurity();
  // The platform's reopen needs the slot, which needs the first core: it is bound once both exist.
  let slot: CoreSlot | null = null;
  let restarts = 0;
  const hooks = {
    onEvent: broadcast,
    reopen: (): void => {
      if (slot) reopenDataFolder(slot);
    },
    onUnexpectedExit: (code: number): void => {
      restarts += 1;
      log.error(`The data service stopped unexpectedly (exit code ${code}); restart ${restarts} of ${MAX_RESTARTS}`);
      if (restarts > MAX_RESTARTS) {
        dialog.showErrorBox(
          "Hirebook's data service keeps stopping",
          `It stopped ${restarts} times. Your data folder is ${dataDir()}; everything saved before is kept there. Start Hirebook again; if it happens again, send logs/main.log from that folder to whoever helps you.`,
        );
        app.exit(1);
        return;
      }
      if (slot) reopenDataFolder(slot);
    },
    onPageReady: () => fileOpener.pageReady(),
    onReminders: (on: boolean) => reminders.set(on),
  };
  const core = await openCore(hooks);
  if (core === null) {
    // The dialog has explained; leave without touching the file.
    app.exit(1);
    return;
  }
  const cores = createCoreSlot(core, () => openCore(hooks), log);
  slot = cores;
  running = cores;
  handleAppProtocol(join(mainDir, '..', 'renderer'));
  const unregisterIpc = registerIpc(cores);
  Menu.setApplicationMenu(
    buildAppMenu({
      command: (id) => sendMenuEvent(APP_COMMANDS[id].event),
      about: () => showAbout(),
      dataDir: dataDir(),
      packaged: app.isPackaged,
    }),
  );
  watchPage(createMainWindow(windowPaths));
  // A backup named on this start's command line (double-clicked while Hirebook was closed).
  for (const path of backupPathsIn(process.argv.slice(1), process.cwd())) fileOpener.open(path);

  // In the background: start never waits for a backup.
  autoBackup(cores);
  const hourly = setInterval(() => autoBackup(cores), AUTO_BACKUP_EVERY_MS);
  hourly.unref();

  app.on('before-quit', createQuitBackup({
    dispatch: async (channel, input) => {
      const current = await cores.current();
      return current ? current.dispatch(channel, input) : { ok: true, value: { path: null } };
    },
    broadcast,
    quit: () => app.quit(),
    newJobId: randomUUID,
    limitMs: QUIT_BACKUP_LIMIT_MS,
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (timer) => clearTimeout(timer),
    log,
  }));
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) watchPage(createMainWindow(windowPaths));
  });
  app.once('will-quit', (event) => {
    clearInterval(hourly);
    unregisterIpc();
    // Quitting waits (at most the host's close limit) for the data service to close the database and end.
    event.preventDefault();
    const close = async (current: ShellCore | null): Promise<void> => {
      await current?.close();
      log.info('Closed the database');
    };
    cores
      .current()
      .then(close)
      .catch((error: unknown) => log.warn('Could not close the data service cleanly', error))
      .finally(() => app.exit(0));
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Hirebook owns this data folder; it focuses its window and opens any backup named on our command
  // line (second-instance below).
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openWindow();
    for (const path of backupPathsIn(argv.slice(1), workingDirectory)) fileOpener.open(path);
  });
  // macOS hands a double-clicked file over in this event, before or after start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    fileOpener.open(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('Hirebook failed to start', error);
      app.exit(1);
    });
}
