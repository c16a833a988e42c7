// Node script (`npm run screenshots`, after the build): renders the main screens through the UI test
// harness at 1280×800 into screenshots/, and the roles list into docs/screenshots/roles.png for the README.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer } from '../tests/ui/harness';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'screenshots');
const README_SHOT = path.join(ROOT, 'docs', 'screenshots', 'roles.png');

async function settle(page: Page): Promise<void> {
  // A string runs in the page (this script is compiled without DOM types).
  await page.evaluate('document.fonts.ready.then(() => true)');
}

async function shot(page: Page, name: string): Promise<string> {
  await settle(page);
  const file = path.join(OUT, `${name}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${path.relative(ROOT, file)}`);
  return file;
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  fs.mkdirSync(path.dirname(README_SHOT), { recursive: true });
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const testCore = createTestCore('hirebook-shots-');
  const errors: string[] = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await installBridge(page, testCore);
    const open = async (hash: string) => {
      await page.goto(`${server.url}${hash}`);
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
    };
    console.log('Screenshots:');

    await open('#/roles');
    await page.getByRole('heading', { name: 'No roles yet' }).waitFor();
    await shot(page, 'roles-empty');

    const loaded = await testCore.core.dispatch('sample:load', {});
    if (!loaded.ok) throw new Error(`sample:load failed: ${loaded.error.message}`);
    await open('#/roles');
    await page.getByRole('table').waitFor();
    fs.copyFileSync(await shot(page, 'roles'), README_SHOT);
    console.log(`  ${path.relative(ROOT, README_SHOT)}`);

    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await page.getByRole('table').waitFor();
    await shot(page, 'roles-filtered');
    await page.getByRole('button', { name: 'Clear', exact: true }).click();

    const firstTitle = page.getByRole('table').getByRole('link').first();
    const title = await firstTitle.innerText();
    await page.getByRole('button', { name: `Delete ${title}` }).click();
    await page.getByRole('alertdialog').waitFor();
    await shot(page, 'delete-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await firstTitle.click();
    await page.getByRole('heading', { name: `Edit “${title}”` }).waitFor();
    await shot(page, 'role-form');

    await open('#/roles/new');
    await page.getByLabel('Job title').waitFor();
    await page.getByLabel('Minimum salary').fill('25');
    await page.getByLabel('Maximum salary').fill('18');
    await page.getByLabel('Posting date').fill('2026-04-10');
    await page.getByLabel('Closing date').fill('2026-04-01');
    await page.getByRole('button', { name: 'Save role' }).click();
    await page.getByRole('alert').first().waitFor();
    await shot(page, 'role-form-errors');
    await page.getByLabel('Minimum salary').scrollIntoViewIfNeeded();
    await shot(page, 'role-form-errors-pay');

    await page.evaluate("window.location.hash = '#/settings'");
    await page.getByRole('button', { name: 'Discard changes' }).click();
    await page.getByRole('heading', { name: 'Company profile' }).waitFor();
    await page.getByText(testCore.dataDir).first().waitFor();
    await shot(page, 'settings');

    await open('#/candidates');
    await shot(page, 'candidates');

    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
  } finally {
    await browser.close();
    await server.close();
    testCore.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
