// The application menu: the standard role-based menus plus the app's File commands (New, Back Up Now…,
// Restore from a Backup…), View (zoom and full screen; Reload and the developer tools only in development,
// never in a packaged build), Go → Find Anything…, Today and Reports, Help → Keyboard Shortcuts (from the one
// list in contract/app-commands.ts) and Help → Show Data Folder.
// Runs in the Electron main process.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import log from 'electron-log/main';
import { APP_COMMANDS, type AppCommandId } from '../contract';

export interface MenuActions {
  /** A File command was chosen (by click or its shortcut): tell the renderer. */
  command(id: AppCommandId): void;
  /** The folder holding hirebook.db, for Help → Show Data Folder. */
  dataDir: string;
  /** A packaged build (app.isPackaged): no Reload and no developer tools in its View menu. */
  packaged: boolean;
}

/** Zoom and full screen for everyone; Reload and the developer tools in development only. */
function viewMenu(packaged: boolean): MenuItemConstructorOptions {
  const development: MenuItemConstructorOptions[] = [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }];
  return {
    label: '&View',
    submenu: [
      ...(packaged ? [] : development),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };
}

function commandItem(id: AppCommandId, actions: MenuActions): MenuItemConstructorOptions {
  const command = APP_COMMANDS[id];
  return {
    id,
    label: command.label,
    toolTip: command.does,
    ...('accelerator' in command ? { accelerator: command.accelerator } : {}),
    click: () => actions.command(id),
  };
}

export function buildAppMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        commandItem('new', actions),
        { type: 'separator' },
        commandItem('backup', actions),
        commandItem('restore', actions),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    viewMenu(actions.packaged),
    { label: '&Go', submenu: [commandItem('find', actions), { type: 'separator' }, commandItem('today', actions), commandItem('reports', actions)] },
    { role: 'windowMenu' },
    {
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
      ],
    },
  ];
  return Menu.buildFromTemplate(template);
}
