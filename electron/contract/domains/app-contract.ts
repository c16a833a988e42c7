// App: this install, and the system's folder and file pickers.
// A spec per name in ./app-channels.ts, no more, no fewer (else a type error); handlers: core/app/app-handlers.ts.
import { AppInfo, ChooseFileInput, ChooseFileResult, ChooseFolderInput, ChooseFolderResult, MenuStateInput, RemindersInput, ReopenResult, SetThemeInput, SetThemeResult } from '../app-schemas';
import { EmptyInput } from '../common-schemas';
import type { DomainContract } from '../channel-spec';
import type { AppChannel } from './app-channels';

export type { AppChannel };

export const appContract = {
  'app:info': { input: EmptyInput, output: AppInfo, doc: 'Version, data folder and database file of this install.' },
  'app:choose-folder': {
    input: ChooseFolderInput,
    output: ChooseFolderResult,
    doc: "Ask the person to pick (or create) a folder with the system's folder dialog; null when cancelled (desktop app only).",
  },
  'app:choose-file': {
    input: ChooseFileInput,
    output: ChooseFileResult,
    doc: "Ask the person to pick a file (or several) with the system's open dialog; Hirebook may then read them (desktop app only).",
  },
  'app:reopen': {
    input: EmptyInput,
    output: ReopenResult,
    doc: 'After backup:restore: the desktop shell closes the data folder, opens it again (which switches the restored data in) and reloads the window (desktop app only; the CLI reopens by itself).',
  },
  'app:set-theme': {
    input: SetThemeInput,
    output: SetThemeResult,
    doc: "The colour theme chosen in Settings → Appearance, for the desktop shell's own menus, title bar and dialogs (the window's page applies it itself); applied is false without a desktop shell.",
  },
  'app:menu-state': {
    input: MenuStateInput,
    output: SetThemeResult,
    doc: "What the current screen allows: the desktop menus enable those commands, grey out the rest and tick the theme; applied is false without a desktop shell.",
  },
  'app:reminders': {
    input: RemindersInput,
    output: SetThemeResult,
    doc: 'Turns the desktop notification 15 minutes before each booked interview on or off (Settings → Appearance); applied is false without a desktop shell.',
  },
} as const satisfies DomainContract<AppChannel>;
