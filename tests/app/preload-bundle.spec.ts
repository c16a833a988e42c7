// The built sandboxed preload (out/preload/index.cjs): one file that requires only 'electron', carries the
// channel names (from the domains' name lists) but no zod and no schema, and lets exactly the contract's
// channels and events through. Runs the bundle in a vm with a fake 'electron', in Playwright's runner (Node).
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { expect, test } from '@playwright/test';
import { CHANNELS, EVENTS } from '../../electron/contract/channels';
import type { HirebookBridge } from '../../electron/contract/bridge';

const ROOT = resolve(__dirname, '..', '..');
const PRELOAD = join(ROOT, 'out', 'preload', 'index.cjs');

let source = '';

test.beforeAll(() => {
  test.skip(!existsSync(PRELOAD), 'out/preload/index.cjs is missing: run `npm run build` first');
  source = readFileSync(PRELOAD, 'utf8');
});

interface Loaded {
  bridge: HirebookBridge;
  invoked: string[];
  listened: string[];
  required: string[];
}

/** Runs the bundle as Electron's sandboxed preload would, with a recording fake of 'electron'. */
function loadPreload(): Loaded {
  const loaded: Omit<Loaded, 'bridge'> & { bridge?: HirebookBridge } = { invoked: [], listened: [], required: [] };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key: string, api: HirebookBridge) {
        if (key === 'hirebook') loaded.bridge = api;
      },
    },
    ipcRenderer: {
      invoke: (channel: string) => {
        loaded.invoked.push(channel);
        return Promise.resolve({ ok: true, value: null });
      },
      on: (event: string) => loaded.listened.push(event),
      removeListener: () => undefined,
      sendSync: () => undefined,
    },
    webUtils: { getPathForFile: () => '' },
  };
  const module = { exports: {} };
  runInNewContext(source, {
    module,
    exports: module.exports,
    require(id: string) {
      loaded.required.push(id);
      if (id !== 'electron') throw new Error(`the sandboxed preload cannot require ${id}`);
      return electron;
    },
  });
  if (!loaded.bridge) throw new Error('the preload exposed no window.hirebook');
  return { ...loaded, bridge: loaded.bridge };
}

test('bundles the channel names without zod or any schema', () => {
  expect(source).not.toMatch(/zod/i);
  expect(source).not.toMatch(/safeParse|z\.object/);
  // Rolldown marks each bundled module with a `// path` line: only the names and the preload itself.
  const modules = [...source.matchAll(/^\/\/ (\S+\.ts)$/gm)].map((m) => m[1] ?? '');
  expect(modules).toContain('electron/contract/channels.ts');
  expect(modules).toContain('electron/preload/index.ts');
  for (const path of modules) expect(path).toMatch(/^electron\/(contract\/channels|contract\/domains\/[a-z-]+-channels|preload\/index)\.ts$/);
  const requires = [...source.matchAll(/require\((["'`])(.*?)\1\)/g)].map((m) => m[2]);
  expect(requires).toEqual(['electron']);
});

test('lets every contract channel through, and nothing else', async () => {
  const { bridge, invoked, required } = loadPreload();
  expect(required).toEqual(['electron']);
  for (const channel of CHANNELS) await bridge.invoke(channel, {});
  expect(invoked).toEqual([...CHANNELS]);

  for (const name of ['roles:frobnicate', 'constructor', '__proto__', 'toString', '']) {
    const refused = await bridge.invoke(name as (typeof CHANNELS)[number], {}).then(
      () => '',
      (error: unknown) => String((error as Error).message),
    );
    expect(refused, name).toMatch(/unknown channel/);
  }
  expect(invoked).toHaveLength(CHANNELS.length);
});

test('listens to every contract event, and nothing else', () => {
  const { bridge, listened } = loadPreload();
  for (const event of EVENTS) bridge.on(event, () => undefined);
  expect(listened).toEqual([...EVENTS]);
  expect(() => bridge.on('roles:list' as (typeof EVENTS)[number], () => undefined)).toThrow(/unknown event/);
});
