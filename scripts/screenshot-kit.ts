// Node script helper: what the screenshot scripts share: the three window sizes we judge screens at, a
// session (static server for the built renderer, Chromium, a test core, optionally the sample data), a
// page per size with the core's bridge installed, a checked core call, and a shot taken once fonts are
// ready. Run the scripts with tsx after `npx electron-vite build`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer, type TestCore } from '../tests/ui/harness';

export const ROOT = path.resolve(__dirname, '..');

/** The laptop, the common desktop and the large screen: every screen we change is looked at in each. */
export const SHOT_SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

export type ShotSize = (typeof SHOT_SIZES)[number];

export function sizeTag(size: { width: number; height: number }): string {
  return `${size.width}x${size.height}`;
}

/** A core call that must succeed (the scripts set up their scene through the core). */
export async function must<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

/** Saves the page as `dir/name.png` once its fonts are ready, and prints the path. */
export async function shot(page: Page, dir: string, name: string): Promise<string> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(ROOT, file)}`);
  return file;
}

export interface ShotSession {
  testCore: TestCore;
  browser: Browser;
  /** A page of `size` on the app (en-GB, reduced motion), bridged to the core, opened at `hash`. */
  openPage(size: { width: number; height: number }, hash?: string, options?: { colorScheme?: 'light' | 'dark' }): Promise<Page>;
  /** The app at `hash` in `page`, once the sidebar is up. */
  open(page: Page, hash: string): Promise<void>;
}

/** Runs `scene` with a server, Chromium and a fresh core (with the sample data unless `sample` is false), then closes them. */
export async function withShotSession(prefix: string, scene: (session: ShotSession) => Promise<void>, { sample = true } = {}): Promise<void> {
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const testCore = createTestCore(prefix);
  const open = async (page: Page, hash: string): Promise<void> => {
    await page.goto(`${server.url}${hash}`);
    await page.getByRole('navigation', { name: 'Main' }).waitFor();
  };
  try {
    if (sample) await must(testCore, 'sample:load', {});
    await scene({
      testCore,
      browser,
      open,
      async openPage(size, hash = '#/roles', options = {}) {
        const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce', locale: 'en-GB', ...options });
        await installBridge(page, testCore);
        await open(page, hash);
        return page;
      },
    });
  } finally {
    await browser.close();
    await server.close();
    await testCore.dispose();
  }
}

/** The scripts' ending: a failure prints and sets a non-zero exit code. */
export function runScript(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
