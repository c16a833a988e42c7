// Creates the one main window (sandboxed, context-isolated) where it was last closed (window-state-rules.ts:
// size, position and maximised state, kept in window-state.json in the data folder, checked against the
// screens there are now) and loads the renderer into it. Runs in the Electron main process.
import { readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserWindow, screen } from 'electron';
import log from 'electron-log/main';
import { APP_ENTRY_URL, devServerUrl } from './app-origin';
import { parseWindowState, restoreWindow, type WindowState } from './window-state-rules';

let mainWindow: BrowserWindow | null = null;

/** The smallest the window may be made, in device-independent pixels (CSS pixels at 100 % zoom). */
export const MIN_WINDOW = { width: 960, height: 600 } as const;

export interface WindowPaths {
  /** out/preload/index.cjs */
  preload: string;
  /** resources/icon.png in development (packaged apps use the OS bundle icon). */
  icon?: string;
  /** Where the window's size, position and maximised state are kept between runs (window-state.json). */
  stateFile: string;
}

/** The saved state, or null when there is none or it cannot be read (a missing, huge or damaged file). */
function readState(file: string): WindowState | null {
  try {
    if (statSync(file).size > 4096) return null;
    return parseWindowState(JSON.parse(readFileSync(file, 'utf8')) as unknown);
  } catch {
    return null;
  }
}

/** Saves the state through a temporary file, so a crash mid-write leaves the old one whole. */
function saveState(file: string, state: WindowState): void {
  try {
    writeFileSync(`${file}.tmp`, JSON.stringify(state));
    renameSync(`${file}.tmp`, file);
  } catch (error) {
    log.warn('Could not remember the window size', error);
  }
}

/** Every screen's work area, the main screen's first. */
function workAreas(): Electron.Rectangle[] {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

export function createMainWindow(paths: WindowPaths): BrowserWindow {
  const place = restoreWindow(readState(paths.stateFile), workAreas(), MIN_WINDOW);
  const win = new BrowserWindow({
    ...place.bounds,
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
  win.once('ready-to-show', () => {
    if (place.maximized) win.maximize();
    win.show();
  });
  // The size and place it had before it was maximised, and whether it was.
  win.on('close', () => saveState(paths.stateFile, { bounds: win.getNormalBounds(), maximized: win.isMaximized() }));
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
