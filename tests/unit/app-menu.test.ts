// The application menu (electron/main/menu.ts) as a packaged build builds it: View keeps zoom and full screen
// but has no Reload and no developer tools, in any menu. Runs in Vitest (Node) with 'electron' replaced by a
// recording stand-in (the real module needs the Electron binary).
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (template: unknown[]) => ({ template }) }, shell: { openPath: () => Promise.resolve('') } }));
vi.mock('electron-log/main', () => ({ default: { warn: () => undefined } }));

type Item = { role?: string; label?: string; type?: string; submenu?: Item[] };

/** Every role anywhere in the menu, submenus included. */
function rolesOf(items: Item[]): string[] {
  return items.flatMap((item) => [...(item.role ? [item.role] : []), ...rolesOf(item.submenu ?? [])]);
}

describe('the application menu', () => {
  it('has no Reload and no developer tools in a packaged build, and keeps zoom and full screen', async () => {
    const { buildAppMenu } = await import('../../electron/main/menu');
    for (const platform of ['linux', 'win32', 'darwin'] as const) {
      const menu = buildAppMenu({ command: () => undefined, dataDir: '/data', packaged: true }, platform) as unknown as { template: Item[] };
      const roles = rolesOf(menu.template);
      for (const banned of ['reload', 'forceReload', 'toggleDevTools', 'viewMenu']) expect(roles, `${platform}: ${banned}`).not.toContain(banned);
      const view = menu.template.find((m) => m.label === '&View')?.submenu?.map((i) => i.role ?? i.type);
      expect(view).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'separator', 'togglefullscreen']);
    }
  });

  it('keeps Reload and the developer tools while developing', async () => {
    const { buildAppMenu } = await import('../../electron/main/menu');
    const menu = buildAppMenu({ command: () => undefined, dataDir: '/data', packaged: false }, 'linux') as unknown as { template: Item[] };
    expect(rolesOf(menu.template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });
});
