// The app's commands and their shortcuts, in one list: the desktop menus (electron/main/menu.ts) are built
// from it and the renderer binds the same keys (renderer/src/lib/app-commands.ts), so a shortcut shown in a
// menu is the one the window answers to. Names only, importing nothing but types: the main process and
// the renderer both take it.
import type { EventName } from './channels';

export interface AppCommand {
  /** The menu item's words (an ellipsis when it asks something before acting). */
  readonly label: string;
  /** Electron's accelerator, when the command has a shortcut. */
  readonly accelerator?: string;
  /** The key the renderer binds with Ctrl (Cmd on a Mac): the accelerator's letter, lower case. */
  readonly key?: string;
  /** What the menu item tells the renderer. */
  readonly event: Extract<EventName, `menu:${string}`>;
  /** What it does, in an owner's words (the shortcut list and the menu's tooltips). */
  readonly does: string;
}

export const APP_COMMANDS = {
  new: {
    label: 'New',
    accelerator: 'CmdOrCtrl+N',
    key: 'n',
    event: 'menu:new',
    does: 'Makes what the current screen is about: a role, a candidate, or an interview.',
  },
  today: {
    label: 'Today',
    accelerator: 'CmdOrCtrl+1',
    key: '1',
    event: 'menu:go-today',
    does: 'Shows Today: interviews, feedback owed, who is waiting, new applicants and roles closing.',
  },
  reports: {
    label: 'Reports',
    accelerator: 'CmdOrCtrl+2',
    key: '2',
    event: 'menu:go-reports',
    does: 'Shows the reports: the funnel, time to hire and fill, time in stage, sources and reasons.',
  },
  find: {
    label: 'Find Anything…',
    accelerator: 'CmdOrCtrl+K',
    key: 'k',
    event: 'menu:find',
    does: 'Finds a role, candidate, interview or template by what you type, or runs a command.',
  },
  shortcuts: {
    label: 'Keyboard Shortcuts',
    event: 'menu:shortcuts',
    does: 'Lists every keyboard shortcut in Hirebook (also ? when you are not typing in a field).',
  },
  backup: { label: 'Back Up Now…', event: 'menu:backup', does: 'Makes a backup of all your hiring data now.' },
  restore: { label: 'Restore from a Backup…', event: 'menu:restore', does: 'Puts your data back as it was in a backup.' },
} as const satisfies Record<string, AppCommand>;

export type AppCommandId = keyof typeof APP_COMMANDS;
