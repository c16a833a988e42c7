// Node script (`npx tsx scripts/screenshots-coach-fixes.ts`, after the build): the quality coach's fixes
// for a cliché flagged in two sections (a swap per place, and the box asking for the owner's own words)
// at 1024×640, 1280×800 and 1920×1080, into docs/screenshots/coach-fixes-<width>.png.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer } from '../tests/ui/harness';

const ROOT = path.resolve(__dirname, '..');
const SIZES = [
  [1024, 640],
  [1280, 800],
  [1920, 1080],
] as const;

async function main(): Promise<void> {
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const errors: string[] = [];
  try {
    for (const [width, height] of SIZES) {
      const testCore = createTestCore('hirebook-shots-');
      try {
        const created = await testCore.core.dispatch('roles:create', { title: 'Line cook', department: 'Kitchen', status: 'open' });
        if (!created.ok) throw new Error(`roles:create failed: ${created.error.message}`);
        const roleId = (created.value as { id: string }).id;
        const saved = await testCore.core.dispatch('descriptions:save', {
          roleId,
          sections: [
            { kind: 'summary', heading: 'Summary', html: '<p>Join our fast-paced environment every day and cook for the lunch crowd.</p>' },
            { kind: 'responsibilities', heading: 'Duties and responsibilities', html: '<ul><li><p>Stay calm in a fast-paced environment at lunch.</p></li><li><p>Keep your station clean.</p></li></ul>' },
          ],
        });
        if (!saved.ok) throw new Error(`descriptions:save failed: ${saved.error.message}`);
        const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce' });
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        await installBridge(page, testCore);
        await page.goto(`${server.url}#/roles/${roleId}/description`);
        const cliches = page.locator('[data-finding="cliches"]');
        await cliches.getByRole('button', { name: /^Say how busy: .* in Summary$/ }).click();
        await cliches.getByRole('textbox').fill('kitchen of 150 covers');
        await cliches.scrollIntoViewIfNeeded();
        // A string runs in the page (this script is compiled without DOM types).
        await page.evaluate('document.fonts.ready.then(() => true)');
        const file = path.join(ROOT, 'docs', 'screenshots', `coach-fixes-${width}.png`);
        await page.screenshot({ path: file });
        console.log(`  ${path.relative(ROOT, file)}`);
        await page.close();
      } finally {
        await testCore.dispose();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
