// Creates the one main window (sandboxed, context-isolated) and loads the renderer into it.
// Runs in the Electron main process.
import { join } from 'node:path';
import { BrowserWindow } from 'electron';
import log from 'electron-log/main';
import { APP_ENTRY_URL, devServerUrl } from './app-origin';

let mainWindow: BrowserWindow | null = null;

/** The smallest the window may be made, in device-independent pixels (CSS pixels at 100 % zoom). */
export const MIN_WINDOW = { width: 960, height: 600 } as const;

export interface WindowPaths {
  /** out/preload/index.cjs */
  preload: string;
  /** resources/icon.png in development (packaged apps use the OS bundle icon). */
  icon?: string;
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 840,
    // Fits a 1024×640 screen with the system's bars; every screen is laid out to work at this size
    // (tests/ui/window-sizes.spec.ts checks narrower still: 1280×800 at 150 % zoom is 853×533).
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Hirebook',
    backgroundColor: '#ffffff',
    ...(paths.icon ? { icon: paths.icon } : {}),
    webPreferences: {
      // The one preload (electron/preload): contextBridge only, sandboxed, nothing but invoke/on/pathForFile.
      preload: paths.preload, // eng-disable PRELOAD_JS_CHECK
      // A middle click opens no new window (Electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  });
  mainWindow = win;
  win.once('ready-to-show', () => win.show());
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => {
    log.error(`Renderer process gone: ${details.reason} (exit code ${details.exitCode})`);
  });

  const url = devServerUrl() ?? APP_ENTRY_URL;
  win.loadURL(url).catch((error: unknown) => log.error(`Could not load ${url}`, error));
  return win;
}

/** The main window if it is still open. */
export function getMainWindow(): BrowserWindow | null {
  return mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
}

/** Brings the main window to the front (a second launch, the dock icon, a menu command). */
export function focusMainWindow(): BrowserWindow | null {
  const win = getMainWindow();
  if (!win) return null;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
  return win;
}

/** The preload bundle next to the main bundle: out/main/../preload/index.cjs. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '..', 'preload', 'index.cjs');
}
