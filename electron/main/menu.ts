// The application menu, built from the app's one list of commands (contract/app-commands.ts) in each
// platform's order: on a Mac the app menu (About, Hide, Quit) and File → Close Window; elsewhere File → Quit
// and Help → About Hirebook. File (New, New Role, New Candidate, Import Job Description…, Import
// Candidates…, Back Up Now…, Restore from a Backup…, Export Careers Page…, Print…), Edit, View (zoom, full
// screen, Theme; Reload and the developer tools only in development, never in a packaged build), Go (Find
// Anything…, Today, Roles, Candidates, Interviews, Reports), Window and Help (Keyboard Shortcuts, Show Data
// Folder, About). Each command's item carries the command's id, so applyMenuState greys out what the current
// screen does not allow (the renderer says, through app:menu-state) and ticks the chosen theme.
// Runs in the Electron main process.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import log from 'electron-log/main';
import { APP_COMMAND_IDS, APP_COMMANDS, THEME_COMMANDS, type AppCommandId, type MenuStateInput } from '../contract';

export interface MenuActions {
  /** A command was chosen (by click or its shortcut): tell the renderer. */
  command(id: AppCommandId): void;
  /** Help → About Hirebook (on a Mac, the app menu's About): shows the version. */
  about(): void;
  /** The folder holding hirebook.db, for Help → Show Data Folder. */
  dataDir: string;
  /** A packaged build (app.isPackaged): no Reload and no developer tools in its View menu. */
  packaged: boolean;
}

function commandItem(id: AppCommandId, actions: MenuActions, extra: Partial<MenuItemConstructorOptions> = {}): MenuItemConstructorOptions {
  const command = APP_COMMANDS[id];
  return {
    id,
    label: command.label,
    toolTip: command.does,
    ...('accelerator' in command ? { accelerator: command.accelerator } : {}),
    click: () => actions.command(id),
    ...extra,
  };
}

/** Zoom, full screen and the theme for everyone; Reload and the developer tools in development only. */
function viewMenu(actions: MenuActions): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  const theme = Object.values(THEME_COMMANDS).map((id) => commandItem(id, actions, { type: 'radio' }));
  return {
    label: '&View',
    submenu: [
      ...(actions.packaged ? [] : development),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      { type: 'separator' },
      { label: 'Theme', submenu: theme },
    ],
  };
}

function fileMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    label: '&File',
    submenu: [
      commandItem('new', actions),
      commandItem('newRole', actions),
      commandItem('newCandidate', actions),
      { type: 'separator' },
      commandItem('importJd', actions),
      commandItem('importCandidates', actions),
      { type: 'separator' },
      commandItem('backup', actions),
      commandItem('restore', actions),
      { type: 'separator' },
      commandItem('exportCareers', actions),
      commandItem('print', actions),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  };
}

const goMenu = (actions: MenuActions): MenuItemConstructorOptions => ({
  label: '&Go',
  submenu: [
    commandItem('find', actions),
    { type: 'separator' },
    ...(['today', 'roles', 'candidates', 'interviews', 'reports'] as const).map((id) => commandItem(id, actions)),
  ],
});

function helpMenu(actions: MenuActions, isMac: boolean): MenuItemConstructorOptions {
  return {
    role: 'help',
    submenu: [
      commandItem('shortcuts', actions),
      {
        label: 'Show Data Folder',
        click: () => {
          shell.openPath(actions.dataDir).then(
            (problem) => problem && log.warn(`Could not open the data folder: ${problem}`),
            (error: unknown) => log.warn('Could not open the data folder', error),
          );
        },
      },
      // On a Mac, About is in the app menu, where Mac apps keep it.
      ...(isMac ? [] : [{ type: 'separator' } as const, { id: 'about', label: 'About Hirebook', click: () => actions.about() }]),
    ],
  };
}

export function buildAppMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const appMenu: MenuItemConstructorOptions = {
    role: 'appMenu',
    submenu: [
      { id: 'about', label: 'About Hirebook', click: () => actions.about() },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [appMenu] : []),
    fileMenu(actions, isMac),
    { role: 'editMenu' },
    viewMenu(actions),
    goMenu(actions),
    { role: 'windowMenu' },
    helpMenu(actions, isMac),
  ];
  return Menu.buildFromTemplate(template);
}

/** The part of a built menu applyMenuState needs (Electron's Menu has it; the tests' stand-in too). */
export interface MenuLookup {
  getMenuItemById(id: string): { enabled: boolean; checked: boolean } | null;
}

/** Enables the items of the commands the current screen allows, greys out every other command's, ticks the theme. */
export function applyMenuState(menu: MenuLookup, state: MenuStateInput): void {
  const allowed = new Set(state.enabled);
  for (const id of APP_COMMAND_IDS) {
    const item = menu.getMenuItemById(id);
    if (item) item.enabled = allowed.has(id);
  }
  const ticked = menu.getMenuItemById(THEME_COMMANDS[state.theme]);
  if (ticked) ticked.checked = true;
}
