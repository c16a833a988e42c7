// The PlatformServices port: things only the desktop shell can do (a folder dialog, the system print
// dialog), injected into the core like the PDF printer. Electron main implements it; the CLI has none,
// and the UI test harness passes a fake. Runs in plain Node (types only).
import type { FilePurpose, MenuStateInput, PaperSize, ThemeChoice } from '../contract';

export interface PlatformServices {
  /** Shows the system folder picker; resolves with the absolute folder, or null when cancelled. */
  chooseFolder(input: { title: string }): Promise<string | null>;
  /** Shows the system open dialog for files of that purpose; resolves with absolute paths, empty when cancelled. */
  chooseFiles(input: { title: string; purpose: FilePurpose; multiple: boolean }): Promise<string[]>;
  /**
   * Prints a self-contained HTML document with the system print dialog; resolves false when the person
   * cancelled. Optional: a shell that cannot show a print dialog leaves it out.
   */
  printHtml?(html: string, options: { paperSize: PaperSize }): Promise<boolean>;
  /**
   * Closes this core and opens a new one on the same data folder (a staged restore is switched in then),
   * and reloads the windows. Called once app:reopen has answered; optional: the CLI reopens by itself.
   */
  reopen?(): void;
  /** Makes the shell's own parts (menus, title bar, dialogs) follow the owner's colour theme. Optional. */
  setTheme?(choice: ThemeChoice): void;
  /** Enables the menu items of the commands the current screen allows, greys out the rest, ticks the theme. Optional. */
  setMenuState?(state: MenuStateInput): void;
  /** Turns the notification 15 minutes before each booked interview on or off. Optional. */
  setReminders?(on: boolean): void;
}

export const NO_FILE_DIALOG = 'Choosing a file needs the Hirebook desktop app; here, give the file path instead.';
export const NO_FOLDER_DIALOG = 'Choosing a folder needs the Hirebook desktop app; here, give the folder path instead.';
export const NO_REOPEN = 'Reopening the data folder needs the Hirebook desktop app; the command line opens it afresh on every command.';
export const NO_PRINT_DIALOG = 'Printing needs the Hirebook desktop app. Save a PDF instead and print that.';
