// The PlatformServices adapter for the desktop app: the system folder dialog (parented to the focused
// window), the system print dialog for a posting, printed from the same hidden, sandboxed window with
// JavaScript off that makes PDFs, reopening the data folder after a restore (index.ts passes it in), the
// theme of Electron's own parts, and which menu items the current screen allows.
// Runs in the Electron main process.
import { BrowserWindow, dialog, Menu, nativeTheme, type OpenDialogOptions, type WebContentsPrintOptions } from 'electron';
import { FILE_PURPOSE_TYPES, type FilePurpose, type MenuStateInput, type PaperSize, type ThemeChoice } from '../contract';
import type { PlatformServices } from '../core/platform-services';
import { applyMenuState } from './menu';
import { withPostingWindow } from './pdf-printer-electron';
import { getMainWindow } from './window';

async function chooseFolder({ title }: { title: string }): Promise<string | null> {
  const options: OpenDialogOptions = { title, buttonLabel: 'Choose folder', properties: ['openDirectory', 'createDirectory'] };
  const parent = BrowserWindow.getFocusedWindow() ?? getMainWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? null : (result.filePaths[0] ?? null);
}

async function chooseFiles({ title, purpose, multiple }: { title: string; purpose: FilePurpose; multiple: boolean }): Promise<string[]> {
  const types = FILE_PURPOSE_TYPES[purpose];
  const options: OpenDialogOptions = {
    title,
    properties: multiple ? ['openFile', 'multiSelections'] : ['openFile'],
    filters: [{ name: types.label, extensions: [...types.extensions] }],
  };
  const parent = BrowserWindow.getFocusedWindow() ?? getMainWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

/** Resolves true when printed, false when the person cancelled; rejects when printing failed. */
function printContents(win: BrowserWindow, options: WebContentsPrintOptions): Promise<boolean> {
  return new Promise((resolve, reject) => {
    win.webContents.print(options, (success, failureReason) => {
      if (success) resolve(true);
      else if (failureReason === 'cancelled') resolve(false);
      else reject(new Error(failureReason || 'the printer reported a failure'));
    });
  });
}

function printHtml(html: string, { paperSize }: { paperSize: PaperSize }): Promise<boolean> {
  // silent: false shows the system dialog; the posting's own @page rule sets the margins.
  return withPostingWindow(html, (win) => printContents(win, { silent: false, printBackground: true, pageSize: paperSize === 'a4' ? 'A4' : 'Letter' }));
}

/** `reopen` closes the core and opens a new one on the same folder, then reloads the windows (index.ts). */
/** The owner's colour theme for Electron's own parts: 'system' follows the computer, as the page does. */
function setTheme(choice: ThemeChoice): void {
  nativeTheme.themeSource = choice;
}

/**
 * `pageReady`: the page sends its menu state once its command listeners are bound (index.ts's file opener
 * waits for it); `setReminders`: the interview reminders switched on or off (index.ts runs them).
 */
export function createElectronPlatform(reopen: () => void, pageReady: () => void, setReminders: (on: boolean) => void): PlatformServices {
  const setMenuState = (state: MenuStateInput): void => {
    const menu = Menu.getApplicationMenu();
    if (menu) applyMenuState(menu, state);
    pageReady();
  };
  return { chooseFolder, chooseFiles, printHtml, reopen, setTheme, setMenuState, setReminders };
}
