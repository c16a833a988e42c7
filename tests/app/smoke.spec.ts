// Boots the real Electron app on a temp data folder: the Roles screen shows, the preload bridge
// works, and the page has no Node. Skips, printing why, where no Electron binary is installed.
// Runs in Playwright (_electron) against the built app in out/.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { findElectronBinary } from './electron-binary';

const ROOT = resolve(__dirname, '..', '..');
const lookup = findElectronBinary(ROOT);

test.describe('Hirebook desktop app', () => {
  let app: ElectronApplication | undefined;
  let dataDir = '';

  test.beforeEach(async () => {
    if (!lookup.ok) {
      console.log(`[app smoke] skipped: ${lookup.reason}`);
      test.skip(true, lookup.reason);
      return;
    }
    expect(existsSync(join(ROOT, 'out', 'main', 'index.js')), 'run `npm run build` first').toBe(true);
    dataDir = mkdtempSync(join(tmpdir(), 'hirebook-app-'));
    app = await electron.launch({
      executablePath: lookup.executable,
      // Chromium refuses to run as root with its OS sandbox (CI containers); our renderer sandbox still applies.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), ROOT],
      env: { ...process.env, HIREBOOK_DATA_DIR: dataDir, ELECTRON_ENABLE_LOGGING: '1' },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    app = undefined;
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test('opens on the Roles screen with the bridge and without Node in the page', async () => {
    if (!app) throw new Error('the app did not start');
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Roles', level: 1, exact: true })).toBeVisible();
    expect(page.url()).toMatch(/^app:\/\/hirebook\//);

    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      const bridge = g.hirebook as Record<string, unknown> | undefined;
      return {
        bridge: typeof bridge,
        invoke: typeof bridge?.invoke,
        on: typeof bridge?.on,
        require: typeof g.require,
        process: typeof g.process,
        module: typeof g.module,
      };
    });
    expect(globals).toEqual({
      bridge: 'object',
      invoke: 'function',
      on: 'function',
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
    });

    // One round trip through preload → ipcMain → core, on the data folder we chose.
    const info = await page.evaluate(async () => {
      const bridge = (globalThis as Record<string, unknown>).hirebook as {
        invoke(channel: string, input: unknown): Promise<{ ok: boolean; value?: { runtime: string; dataDir: string } }>;
      };
      return bridge.invoke('app:info', {});
    });
    expect(info).toMatchObject({ ok: true, value: { runtime: 'electron', dataDir } });
  });

  test('refuses navigation away from the app and network requests', async () => {
    if (!app) throw new Error('the app did not start');
    const page = await app.firstWindow();
    await expect(page.getByRole('heading', { name: 'Roles', level: 1, exact: true })).toBeVisible();
    const before = page.url();
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'https://example.com/';
    });
    await expect(page.getByRole('heading', { name: 'Roles', level: 1, exact: true })).toBeVisible();
    expect(page.url()).toBe(before);
    const fetched = await page.evaluate(async () => {
      try {
        await fetch('https://example.com/');
        return 'reached the network';
      } catch {
        return 'blocked';
      }
    });
    expect(fetched).toBe('blocked');
  });
});
