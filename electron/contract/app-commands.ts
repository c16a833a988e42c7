// The app's commands and their shortcuts, in one list: the desktop menus (electron/main/menu.ts) are built
// from it, the renderer binds the same keys and runs each command (renderer/src/lib/app-commands.ts), and
// tells the shell which ones the current screen allows (app:menu-state), so a shortcut shown in a menu is
// the one the window answers to and a greyed-out item is one the screen cannot do. Names only, importing
// nothing but types: the main process and the renderer both take it.
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
  newRole: { label: 'New Role', event: 'menu:new-role', does: 'Starts a new role: its title, pay, place and description.' },
  newCandidate: { label: 'New Candidate', event: 'menu:new-candidate', does: 'Adds a candidate by hand.' },
  importJd: {
    label: 'Import Job Description…',
    event: 'menu:import-jd',
    does: 'Makes a role from a job description you paste or open (Word, PDF, a web page or text).',
  },
  importCandidates: { label: 'Import Candidates…', event: 'menu:import-candidates', does: 'Adds candidates from a CSV file another tool exported.' },
  exportCareers: {
    label: 'Export Careers Page…',
    event: 'menu:export-careers',
    does: 'Saves a small careers website with every open role into a folder you choose.',
  },
  print: {
    label: 'Print…',
    accelerator: 'CmdOrCtrl+P',
    key: 'p',
    event: 'menu:print',
    does: 'Prints what this screen shows: a role’s posting, an interview kit or the reports.',
  },
  backup: { label: 'Back Up Now…', event: 'menu:backup', does: 'Makes a backup of all your hiring data now.' },
  restore: { label: 'Restore from a Backup…', event: 'menu:restore', does: 'Puts your data back as it was in a backup.' },
  roles: { label: 'Roles', accelerator: 'CmdOrCtrl+3', key: '3', event: 'menu:go-roles', does: 'Shows your roles.' },
  candidates: { label: 'Candidates', accelerator: 'CmdOrCtrl+4', key: '4', event: 'menu:go-candidates', does: 'Shows every candidate.' },
  interviews: { label: 'Interviews', accelerator: 'CmdOrCtrl+5', key: '5', event: 'menu:go-interviews', does: 'Shows the interviews, the next ones first.' },
  themeSystem: { label: 'Like the Computer', event: 'menu:theme-system', does: 'Follows the computer’s light or dark setting.' },
  themeLight: { label: 'Light', event: 'menu:theme-light', does: 'Always light.' },
  themeDark: { label: 'Dark', event: 'menu:theme-dark', does: 'Always dark.' },
} as const satisfies Record<string, AppCommand>;

export type AppCommandId = keyof typeof APP_COMMANDS;

/** Every command id, in the list's order. */
export const APP_COMMAND_IDS = Object.keys(APP_COMMANDS) as AppCommandId[];

/** The View → Theme choices, each with the command that picks it. */
export const THEME_COMMANDS = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' } as const satisfies Record<string, AppCommandId>;
