// Playwright UI: every main screen, with the sample data, at the window sizes and zoom levels owners use
// (1024×640 to 2560×1440 at 100 %, 1280×800 at 150 %, 1920×1080 at 200 %): no sideways scrolling of the
// window or the main pane, no control cut off where nothing scrolls to it, no text squeezed to nothing.
// With HIREBOOK_SHOTS=1 it also saves each screen at each size to docs/screenshots/sizes/ (in CSS pixels);
// the repository keeps a compact set: every screen at 1024×640, 150 % and 200 %, Roles and Pipeline at 2560×1440.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test, type Hirebook } from './fixtures';
import { emulateWindow, layoutProblems, saveWindowShot, WINDOW_SIZES } from './layout-checks';

const SHOTS = process.env.HIREBOOK_SHOTS === '1' ? path.resolve(__dirname, '../../docs/screenshots/sizes') : null;

interface Screen {
  name: string;
  hash: string;
  /** Waits until the screen shows its data. */
  ready(page: Page): Promise<void>;
}

function screens(hb: Hirebook): Screen[] {
  // The sample role with the fullest board, its busiest candidate and the first interview.
  const role = hb.rows<{ id: string; title: string }>(
    "SELECT r.id, r.title FROM roles r JOIN applications a ON a.role_id = r.id WHERE a.status = 'active' GROUP BY r.id ORDER BY count(*) DESC, r.title LIMIT 1",
  )[0];
  const candidate = hb.rows<{ id: string; full_name: string }>(
    'SELECT c.id, c.full_name FROM candidates c JOIN applications a ON a.candidate_id = c.id GROUP BY c.id ORDER BY count(*) DESC, c.full_name LIMIT 1',
  )[0];
  if (!role || !candidate) throw new Error('the sample data has no role with applications');
  const h1 = (page: Page, name: string | RegExp) => expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return [
    { name: 'today', hash: '#/', ready: (page) => expect(page.locator('.today-item-main').first()).toBeVisible() },
    { name: 'reports', hash: '#/reports', ready: (page) => expect(page.getByRole('img', { name: /^Chart: Pipeline funnel/ })).toBeVisible() },
    { name: 'roles', hash: '#/roles', ready: (page) => expect(page.locator('.roles-table .row-title').first()).toBeVisible() },
    {
      name: 'pipeline',
      hash: `#/roles/${role.id}/pipeline`,
      ready: async (page) => {
        await h1(page, `Pipeline: ${role.title}`);
        await expect(page.getByTestId('board-card').first()).toBeVisible();
      },
    },
    { name: 'candidates', hash: '#/candidates', ready: (page) => expect(page.getByRole('row').nth(1)).toBeVisible() },
    { name: 'candidate', hash: `#/candidates/${candidate.id}`, ready: (page) => h1(page, candidate.full_name) },
    { name: 'interviews', hash: '#/interviews', ready: (page) => expect(page.getByRole('region', { name: /^Today/ }).getByRole('link').first()).toBeVisible() },
    { name: 'description', hash: `#/roles/${role.id}/description`, ready: (page) => expect(page.getByRole('textbox', { name: /^Text: / }).first()).toBeVisible() },
    { name: 'posting', hash: `#/roles/${role.id}/posting`, ready: (page) => h1(page, `Posting: ${role.title}`) },
    { name: 'settings', hash: '#/settings', ready: (page) => expect(page.getByLabel('Company name')).toBeVisible() },
  ];
}

test('every main screen fits the window at each size and zoom', async ({ hb }) => {
  test.setTimeout(240_000);
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/roles');
  await page.evaluate('document.fonts.ready.then(() => true)');
  if (SHOTS) fs.mkdirSync(SHOTS, { recursive: true });
  const found: string[] = [];
  for (const screen of screens(hb)) {
    // The same page throughout: a new hash is a same-document navigation, as a click in the sidebar.
    await page.goto(new URL(screen.hash, page.url()).href);
    await screen.ready(page);
    for (const size of WINDOW_SIZES) {
      const css = await emulateWindow(page, size);
      await screen.ready(page);
      for (const problem of await layoutProblems(page)) found.push(`${screen.name} at ${size.name}: ${problem}`);
      if (SHOTS) await saveWindowShot(page, css, path.join(SHOTS, `${screen.name}-${size.name}.png`));
    }
  }
  expect(found).toEqual([]);
});
