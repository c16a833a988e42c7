// Node script (`tsx scripts/screenshots-roles.ts`, after the build): the Roles list as a hiring overview
// (counts, Edit and the More menu) and a board's Add candidate dialog at 1024×640, 1280×800 and 1920×1080,
// through the UI test harness, into screenshots/roles-overview/ (three of them are kept in docs/screenshots/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, offerFile, startStaticServer } from '../tests/ui/harness';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'screenshots', 'roles-overview');
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

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
  const testCore = createTestCore('hirebook-roles-shots-');
  const resume = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-resume-')), 'ana-lima-resume.txt');
  fs.writeFileSync(resume, 'Ana Lima\nana.lima@example.com\nBarista, four years.\n');
  try {
    const loaded = await testCore.core.dispatch('sample:load', {});
    if (!loaded.ok) throw new Error(`sample:load failed: ${loaded.error.message}`);
    for (const size of SIZES) {
      const tag = `${size.width}x${size.height}`;
      const page = await browser.newPage({ viewport: size, reducedMotion: 'reduce', locale: 'en-GB' });
      await installBridge(page, testCore);
      await page.goto(`${server.url}#/roles`);
      await page.getByRole('table').waitFor();
      await shot(page, `roles-${tag}`);
      const firstRow = page.getByRole('row').nth(1);
      await firstRow.getByRole('button', { name: /^More actions for / }).click();
      await page.getByRole('menu').waitFor();
      await shot(page, `roles-more-${tag}`);
      await page.keyboard.press('Escape');
      await firstRow.getByRole('link').click();
      await page.getByRole('button', { name: 'Add candidate' }).waitFor();
      await page.getByRole('button', { name: 'Add candidate' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await shot(page, `add-candidate-${tag}`);
      await dialog.getByLabel('Full name').fill('Ana Lima');
      await dialog.getByLabel('Email address').fill('not-an-address');
      await offerFile(page, testCore, resume);
      await dialog.getByLabel('Résumé file').setInputFiles(resume);
      await dialog.getByRole('button', { name: 'Add candidate' }).click();
      await dialog.getByText('Enter a valid email address').waitFor();
      await shot(page, `add-candidate-errors-${tag}`);
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
  process.exit(1);
});
