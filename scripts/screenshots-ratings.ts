// Node script (tsx, after `npx electron-vite build`): the one rating scale on screen — the sample bakery's
// Barista board (José's card shows his scorecards' average, the others the owner's own word), José's card
// details dialog, the candidates table with its "Your rating" filter and José's profile — at 1024×640,
// 1280×800 and 1920×1080, into the folder given (default screenshots/ratings/).
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer, type TestCore } from '../tests/ui/harness';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'screenshots', 'ratings'));
const SIZES = [
  [1024, 640],
  [1280, 800],
  [1920, 1080],
] as const;

async function value<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(ROOT, file)}`);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const testCore = createTestCore('hirebook-rating-shots-');
  try {
    await value(testCore, 'sample:load', {});
    const roles = (await value<{ roles: { id: string; title: string }[] }>(testCore, 'roles:list', {})).roles;
    const barista = roles.find((r) => r.title === 'Barista');
    if (!barista) throw new Error('no Barista role in the sample data');
    const board = await value<{ cards: { candidateId: string; name: string }[] }>(testCore, 'pipeline:get', { roleId: barista.id });
    const jose = board.cards.find((c) => c.name.startsWith('José'));
    if (!jose) throw new Error('no José on the Barista board');
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height }, reducedMotion: 'reduce', locale: 'en-GB' });
      await installBridge(page, testCore);
      const open = async (hash: string) => {
        await page.goto(`${server.url}${hash}`);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
      };
      const size = `${width}x${height}`;
      await open(`#/roles/${barista.id}/pipeline`);
      await page.getByTestId('board-card').first().waitFor();
      await shot(page, `ratings-board-${size}`);
      await page.getByRole('button', { name: `Actions for ${jose.name}` }).click();
      await page.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
      await page.getByRole('dialog').getByText('Time in each stage').waitFor();
      await shot(page, `ratings-card-details-${size}`);
      await page.keyboard.press('Escape');
      await open('#/candidates');
      await page.getByRole('table', { name: 'Candidates' }).getByRole('link').first().waitFor();
      await shot(page, `ratings-candidates-${size}`);
      await open(`#/candidates/${jose.candidateId}`);
      await page.getByRole('heading', { name: 'Applications' }).waitFor();
      await shot(page, `ratings-profile-${size}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await testCore.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
