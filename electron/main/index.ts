// Entry of the Electron main process: app lifecycle, single-instance lock, and the order in which
// security, protocol, core, IPC, menu and window come up. Runs in the Electron main process.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, Menu } from 'electron';
import log from 'electron-log/main';
import type { Core } from '../core/create-core';
import { handleAppProtocol, registerAppScheme } from './app-protocol';
import { broadcast, registerIpc } from './ipc';
import { buildAppMenu } from './menu';
import { applyDataDirOverride, dataDir, openCore } from './open-core';
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
  ...(!app.isPackaged && existsSync(devIcon) ? { icon: devIcon } : {}),
};

function openWindow(): void {
  if (!focusMainWindow()) createMainWindow(windowPaths);
}

function newRole(): void {
  const win = getMainWindow() ?? createMainWindow(windowPaths);
  focusMainWindow();
  const send = (): void => win.webContents.send('menu:new-role', {});
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}

function start(): void {
  installSecurity();
  const core: Core | null = openCore(broadcast);
  if (core === null) {
    // The dialog has explained; leave without touching the file.
    app.exit(1);
    return;
  }
  handleAppProtocol(join(mainDir, '..', 'renderer'));
  const unregisterIpc = registerIpc(core);
  Menu.setApplicationMenu(buildAppMenu({ newRole, dataDir: dataDir() }));
  createMainWindow(windowPaths);

  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(windowPaths);
  });
  app.once('will-quit', () => {
    unregisterIpc();
    core.close().catch((error: unknown) => log.warn('Could not close the PDF printer', error));
    log.info('Closed the database');
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Hirebook owns this data folder; it focuses its window (second-instance below).
  app.quit();
} else {
  app.on('second-instance', openWindow);
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
