// Node script (`npm run screenshots`, after the build): renders the main screens (roles, settings, the job
// description editor and coach, revisions, templates, import, the posting view and its menus, the pipeline
// board and its dialogs, the candidates table, a profile, the CSV import and the duplicate warning) through
// the UI test harness at 1280×800 into screenshots/, and the roles list into docs/screenshots/roles.png.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer, type TestCore } from '../tests/ui/harness';
import { candidateShots } from './screenshots-candidates';
import { interviewShots } from './screenshots-interviews';
import { interviewModeShots } from './screenshots-interview-mode';

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

const MESSY_POSTING = `Job Title: Line Cook
Location: Portland, ME
Salary Range: $18 - $22 per hour
Employment Type: Full-time

ABOUT US
Harbour Kitchen is a 40-seat neighbourhood restaurant on the waterfront.

What will you do?
• Prep vegetables, sauces and proteins before service
• Cook lunch and dinner on the grill and
  sauté stations
• Keep your station clean through service

Requirements:
- One year of kitchen experience
- A food handler card (or get one in your first month)

Perks
1. Staff meal every shift
2) Paid time off

Top`;

/** The job-description screens: editor with coach, preview, revision compare, template gallery, import review. */
async function descriptionShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>): Promise<void> {
  const used = await testCore.core.dispatch('templates:use', { templateId: 'barista' });
  if (!used.ok) throw new Error(`templates:use failed: ${used.error.message}`);
  const { roleId } = used.value as { roleId: string };
  await open(`#/roles/${roleId}/description`);
  await page.getByText(/^Posting score: /).waitFor();
  await shot(page, 'description-editor');

  await page.getByRole('button', { name: 'Save version' }).click();
  await page.getByText('Version saved').waitFor();
  const summary = page.getByRole('textbox', { name: 'Text: Summary', exact: true });
  await summary.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' We want a competitive rockstar who thrives in a fast-paced environment.');
  await page.locator('.coach-mark').first().waitFor();
  await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor();
  // Hidden, not removed: React still owns the toaster and crashes later if its node is gone.
  await page.evaluate("document.querySelector('.toaster, [data-sonner-toaster]')?.style.setProperty('visibility', 'hidden')");
  await shot(page, 'description-coach');

  await page.getByRole('tab', { name: 'Preview' }).click();
  await shot(page, 'description-preview');

  await page.getByRole('button', { name: 'History' }).click();
  const drawer = page.getByRole('dialog', { name: 'History' });
  await drawer.getByRole('button', { name: /Saved version/ }).click();
  await drawer.getByRole('button', { name: 'Compare' }).click();
  await drawer.locator('ins').first().waitFor();
  await shot(page, 'revision-compare');
  await page.keyboard.press('Escape');

  await open('#/templates');
  await page.getByLabel('Search templates').fill('cook');
  await page.getByRole('button', { name: /^Accountant/ }).waitFor({ state: 'detached' });
  await page.getByRole('button', { name: /^Line cook/i }).click();
  await page.getByRole('complementary', { name: 'Template preview' }).getByRole('heading', { name: /line cook/i }).waitFor();
  await shot(page, 'template-gallery');

  await open('#/jd-import');
  await page.getByLabel('Job description text').fill(MESSY_POSTING);
  await shot(page, 'import-paste');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await page.getByRole('heading', { name: 'Review the import' }).waitFor();
  await shot(page, 'import-review');
  await page.evaluate("document.getElementById('main').scrollTo(0, document.getElementById('review-sections-title').offsetTop - 24)");
  await shot(page, 'import-review-sections');
}

/** The posting view (classic, flyer, the Export menu) and the Roles screen's Publish menu and batch summary. */
async function postingShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>): Promise<void> {
  const used = await testCore.core.dispatch('templates:use', { templateId: 'barista' });
  if (!used.ok) throw new Error(`templates:use failed: ${used.error.message}`);
  const { roleId } = used.value as { roleId: string };
  await open(`#/roles/${roleId}/posting`);
  await page.getByRole('region', { name: 'Classic posting preview' }).getByRole('heading', { level: 1 }).waitFor();
  await shot(page, 'posting-classic');
  await page.getByRole('button', { name: 'Flyer', exact: true }).click();
  await page.getByRole('region', { name: 'Flyer posting preview' }).getByRole('heading', { level: 1 }).waitFor();
  await shot(page, 'posting-flyer');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menu').waitFor();
  await shot(page, 'posting-export-menu');
  await page.keyboard.press('Escape');

  await open('#/roles');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await page.getByRole('menu').waitFor();
  await shot(page, 'roles-publish-menu');
  await page.getByRole('menuitem', { name: 'Save PDFs of open roles…' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).waitFor({ timeout: 60_000 });
  await shot(page, 'roles-batch-pdfs');
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
}

/** The sample bakery's busiest board, a card's menu, its details dialog and the stage editor. */
async function pipelineShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>): Promise<void> {
  const listed = await testCore.core.dispatch('roles:list', {});
  if (!listed.ok) throw new Error(`roles:list failed: ${listed.error.message}`);
  const roles = (listed.value as { roles: { id: string }[] }).roles;
  let best = { id: '', cards: -1 };
  for (const role of roles) {
    const board = await testCore.core.dispatch('pipeline:get', { roleId: role.id });
    const cards = board.ok ? (board.value as { cards: unknown[] }).cards.length : 0;
    if (cards > best.cards) best = { id: role.id, cards };
  }
  await open(`#/roles/${best.id}/pipeline`);
  await page.getByTestId('board-card').first().waitFor();
  await shot(page, 'pipeline-board');
  await page.getByRole('button', { name: /^Actions for / }).first().click();
  await page.getByRole('menu').waitFor();
  await shot(page, 'pipeline-card-menu');
  await page.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
  await page.getByRole('dialog').getByText('Time in each stage').waitFor();
  await shot(page, 'pipeline-card-details');
  await page.keyboard.press('Escape');
  await page.getByRole('checkbox').first().click();
  await page.getByRole('checkbox').nth(1).click();
  await shot(page, 'pipeline-bulk-bar');
  await page.getByRole('button', { name: 'Clear selection' }).click();
  await page.getByRole('button', { name: 'Edit stages' }).click();
  await page.getByRole('dialog', { name: 'Edit stages' }).waitFor();
  await shot(page, 'pipeline-stage-editor');
  await page.keyboard.press('Escape');
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
    await page.getByRole('button', { name: `More actions for ${title}` }).click();
    await page.getByRole('menuitem', { name: 'Delete…' }).click();
    await page.getByRole('alertdialog').waitFor();
    await shot(page, 'delete-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: `Edit ${title}` }).click();
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

    await candidateShots(page, testCore, open, shot);

    await pipelineShots(page, testCore, open);
    await interviewShots(page, testCore, open, shot);
    await interviewModeShots(page, testCore, open, shot);
    await descriptionShots(page, testCore, open);
    await postingShots(page, testCore, open);

    if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
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
