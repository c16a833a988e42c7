// The application menu (electron/main/menu.ts): every app command once, with its shortcut, in each platform's
// order; a packaged build's View keeps zoom, full screen and the theme but has no Reload and no developer
// tools; applyMenuState greys out what the screen does not allow and ticks the theme. Runs in Vitest (Node) with 'electron' replaced by a
// recording stand-in (the real module needs the Electron binary).
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown[]) => ({ template }) }, shell: { openPath: () => Promise.resolve('') } }));
vi.mock('electron-log/main', () => ({ default: { warn: () => undefined } }));

type Item = { id?: string; role?: string; label?: string; type?: string; accelerator?: string; submenu?: Item[]; click?: () => void };

/** Every role anywhere in the menu, submenus included. */
function rolesOf(items: Item[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...rolesOf(item.submenu ?? [])]);
}

describe('the application menu', () => {
  it('has no Reload and no developer tools in a packaged build, and keeps zoom and full screen', async () => {
    const { buildAppMenu } = await import('../../electron/main/menu');
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const menu = buildAppMenu({ command: () => undefined, about: () => undefined, dataDir: '/data', packaged: true }, platform) as unknown as { template: Item[] };
      const roles = rolesOf(menu.template);
      for (const banned of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles, `${platform}: ${banned}`).not.toContain(banned);
      const view = menu.template.find((m) => m.label === '&View')?.submenu?.map((i) => i.role ?? i.type);
      expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen', 'separator', undefined]);
      expect(menu.template.find((m) => m.label === '&View')?.submenu?.at(-1)?.label).toBe('Theme');
    }
  });

  it('keeps Reload and the developer tools while developing', async () => {
    const { buildAppMenu } = await import('../../electron/main/menu');
    const menu = buildAppMenu({ command: () => undefined, about: () => undefined, dataDir: '/data', packaged: false }, 'linux') as unknown as { template: Item[] };
    expect(rolesOf(menu.template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});

/** Every item anywhere in the menu, submenus included, in order. */
function itemsOf(items: Item[]): Item[] {
  return items.flatMap((item) => [item, ...itemsOf(item.submenu ?? [])]);
}

describe('the menus and the app commands', () => {
  it('has every app command once, with the list\'s label and shortcut, and sends its id when chosen', async () => {
    const { buildAppMenu } = await import('../../electron/main/menu');
    const { APP_COMMANDS, APP_COMMAND_IDS } = await import('../../electron/contract');
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const chosen: string[] = [];
      const menu = buildAppMenu({ command: (id) => chosen.push(id), about: () => chosen.push('about'), dataDir: '/data', packaged: true }, platform) as unknown as { template: Item[] };
      const all = itemsOf(menu.template);
      for (const id of APP_COMMAND_IDS) {
        const items = all.filter((i) => i.id === id);
        expect(items, `${platform}: ${id}`).toHaveLength(1);
        const command = APP_COMMANDS[id];
        expect(items[0]?.label).toBe(command.label);
        expect(items[0]?.accelerator).toBe('accelerator' in command ? command.accelerator : undefined);
        items[0]?.click?.();
      }
      expect(chosen).toEqual(APP_COMMAND_IDS);
      // No two items answer to the same keys.
      const keys = all.map((i) => i.accelerator).filter(Boolean);
      expect(new Set(keys).size, platform).toBe(keys.length);
      // About Hirebook: in the app menu on a Mac, at the end of Help elsewhere.
      const about = all.filter((i) => i.id === 'about');
      expect(about).toHaveLength(1);
      about[0]?.click?.();
      expect(chosen.at(-1)).toBe('about');
      const top = menu.template.map((m) => m.label ?? m.role);
      expect(top).toEqual([...(platform === 'darwin' ? ['appMenu'] : []), '&File', 'editMenu', '&View', '&Go', 'windowMenu', 'help']);
      const help = menu.template.at(-1)?.submenu?.map((i) => i.label ?? i.type);
      expect(help).toEqual(platform === 'darwin' ? ['Keyboard Shortcuts', 'Show Data Folder'] : ['Keyboard Shortcuts', 'Show Data Folder', 'separator', 'About Hirebook']);
      const file = menu.template.find((m) => m.label === '&File')?.submenu?.map((i) => i.label ?? i.role ?? i.type);
      expect(file).toEqual([
        'New', 'New Role', 'New Candidate', 'separator', 'Import Job Description…', 'Import Candidates…', 'separator',
        'Back Up Now…', 'Restore from a Backup…', 'separator', 'Export Careers Page…', 'Print…', 'separator', platform === 'darwin' ? 'close' : 'quit',
      ]);
      const go = menu.template.find((m) => m.label === '&Go')?.submenu?.map((i) => i.label ?? i.type);
      expect(go).toEqual(['Find Anything…', 'separator', 'Today', 'Roles', 'Candidates', 'Interviews', 'Reports']);
    }
  });

  it('greys out what the screen does not allow, enables the rest, and ticks the chosen theme', async () => {
    const { applyMenuState } = await import('../../electron/main/menu');
    const { APP_COMMAND_IDS } = await import('../../electron/contract');
    const items = new Map<string, { enabled: boolean; checked: boolean }>([...APP_COMMAND_IDS, 'about'].map((id) => [id, { enabled: true, checked: false }]));
    const menu = { getMenuItemById: (id: string) => items.get(id) ?? null };
    applyMenuState(menu, { enabled: ['today', 'find'], theme: 'dark' });
    expect([...items].filter(([, i]) => i.enabled).map(([id]) => id)).toEqual(['today', 'find', 'about']);
    expect([...items].filter(([, i]) => i.checked).map(([id]) => id)).toEqual(['themeDark']);
    applyMenuState(menu, { enabled: [...APP_COMMAND_IDS], theme: 'system' });
    expect([...items].every(([, i]) => i.enabled)).toBe(true);
    expect(items.get('themeSystem')?.checked).toBe(true);
  });
});
