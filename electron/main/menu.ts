// The application menu: the standard role-based menus plus File → New Role, Back Up Now… and Restore from a
// Backup…, and Help → Show Data Folder. Runs in the Electron main process.
import { Menu, shell, type MenuItemConstructorOptions } from 'electron';
import log from 'electron-log/main';

export interface MenuActions {
  /** File → New Role (CmdOrCtrl+N). */
  newRole(): void;
  /** File → Back Up Now… (the renderer shows the backup dialog). */
  backUpNow(): void;
  /** File → Restore from a Backup… (the renderer starts choosing an archive). */
  restoreBackup(): void;
  /** The folder holding hirebook.db, for Help → Show Data Folder. */
  dataDir: string;
}

export function buildAppMenu(actions: MenuActions, platform: NodeJS.Platform = process.platform): Menu {
  const isMac = platform === 'darwin';
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '&File',
      submenu: [
        { id: 'new-role', label: 'New Role', accelerator: 'CmdOrCtrl+N', click: () => actions.newRole() },
        { type: 'separator' },
        { id: 'backup', label: 'Back Up Now…', click: () => actions.backUpNow() },
        { id: 'restore', label: 'Restore from a Backup…', click: () => actions.restoreBackup() },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
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
