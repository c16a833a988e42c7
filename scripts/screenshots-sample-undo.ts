// Node script (after the build: `npx tsx scripts/screenshots-sample-undo.ts`): the sample badges and the
// Undo toasts at 1024×640, 1280×800 and 1920×1080 — the roles list, a board after "Mark as hired", and
// Settings → Data with the "Remove sample data" confirmation — into screenshots/sample-undo/.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer } from '../tests/ui/harness';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'screenshots', 'sample-undo');
const SIZES = [
  [1024, 640],
  [1280, 800],
  [1920, 1080],
] as const;

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    for (const [width, height] of SIZES) {
      const testCore = createTestCore('hirebook-shots-');
      try {
        const loaded = await testCore.core.dispatch('sample:load', {});
        if (!loaded.ok) throw new Error(loaded.error.message);
        const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-GB' });
        await installBridge(page, testCore);
        const shot = async (name: string) => {
          await page.evaluate('document.fonts.ready.then(() => true)');
          const file = path.join(OUT, `${name}-${width}x${height}.png`);
          await page.screenshot({ path: file });
          console.log(`  ${path.relative(ROOT, file)}`);
        };
        await page.goto(`${server.url}#/roles`);
        await page.getByRole('link', { name: 'Head Baker', exact: true }).waitFor();
        await shot('roles');
        const roles = await testCore.core.dispatch('roles:list', {});
        const headBaker = roles.ok ? (roles.value as { roles: { id: string; title: string }[] }).roles.find((r) => r.title === 'Head Baker')?.id : undefined;
        await page.goto(`${server.url}#/roles/${headBaker ?? ''}/pipeline`);
        await page.getByRole('button', { name: 'Actions for Amara Okafor' }).click();
        await page.getByRole('menuitem', { name: 'Mark as hired' }).click();
        await page.getByText('Marked Amara Okafor as hired').waitFor();
        await shot('board-hired-undo');
        await page.goto(`${server.url}#/settings`);
        await page.getByRole('button', { name: 'Remove sample data' }).scrollIntoViewIfNeeded();
        await shot('settings-data');
        await page.getByRole('button', { name: 'Remove sample data' }).click();
        await page.getByRole('alertdialog').waitFor();
        await shot('settings-remove-confirm');
        await page.getByRole('alertdialog').getByRole('button', { name: 'Remove sample data' }).click();
        await page.getByText(/^Removed the sample data/).waitFor();
        await shot('settings-removed');
        await page.close();
      } finally {
        await testCore.dispose();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
