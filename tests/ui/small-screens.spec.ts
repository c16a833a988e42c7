// Playwright UI: a 13-inch laptop's window (1024×640): the sidebar is a rail of icons, the Roles table drops
// columns by priority so every title keeps its room and no header prints over another; a page's title keeps
// its line while its actions move below it (the pipeline's title had collapsed to nothing, its count to a
// word per line); tooltips stay inside the window. At 1280×800 zoomed to 150 % (853×533 CSS pixels) the
// description's coach is a drawer that leaves the editor alone until opened.
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { openBoard, seedBoard } from './pipeline-fixtures';

const SMALL = { width: 1024, height: 640 };
/** 1280×800 at 150 % zoom, in CSS pixels (the layout a zoomed window gets). */
const ZOOMED = { width: 853, height: 533 };

async function expectInside(page: Page, box: Locator, size: { width: number; height: number }): Promise<void> {
  await expect(box).toBeVisible();
  const b = await box.boundingBox();
  if (!b) throw new Error('no box');
  expect(b.x).toBeGreaterThanOrEqual(0);
  expect(b.y).toBeGreaterThanOrEqual(0);
  expect(b.x + b.width).toBeLessThanOrEqual(size.width);
  expect(b.y + b.height).toBeLessThanOrEqual(size.height);
}

test('at 1024×640 the Roles table keeps every title readable and its headers apart', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await page.setViewportSize(SMALL);
  await hb.open('#/roles');
  const titles = page.locator('.roles-table .row-title');
  await expect(titles.first()).toBeVisible();
  for (const link of await titles.all()) expect((await link.boundingBox())?.width ?? 0).toBeGreaterThanOrEqual(150);
  const headers: { text: string; left: number; right: number }[] = [];
  for (const cell of await page.locator('.roles-table thead th:visible').all()) {
    const box = await cell.boundingBox();
    headers.push({ text: (await cell.innerText()).replace(/\s+/g, ''), left: box?.x ?? 0, right: (box?.x ?? 0) + (box?.width ?? 0) });
  }
  // Type and place give way; the sidebar's rail leaves room for the closing date and the last change, and the
  // candidate counts stay beside the title.
  expect(headers.map((h) => h.text)).toEqual(['ROLE', 'CANDIDATES', 'STATUS', 'CLOSES', 'UPDATED↓', 'ACTIONS']);
  for (let i = 1; i < headers.length; i += 1) expect(headers[i]?.left ?? 0).toBeGreaterThanOrEqual(headers[i - 1]?.right ?? 0);
  // Nothing wider than the window.
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(SMALL.width);
});

test('at 1024×640 the pipeline keeps its title and count on their lines, with the actions below', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Interview: ['Alan Turing'] });
  await page.setViewportSize(SMALL);
  await openBoard(hb, board.roleId);
  const title = page.getByRole('heading', { level: 1, name: 'Pipeline: Weekend Barista' });
  const titleBox = await title.boundingBox();
  expect(titleBox?.width ?? 0).toBeGreaterThanOrEqual(200);
  const count = page.getByText('3 candidates on the board');
  expect((await count.boundingBox())?.height ?? 99).toBeLessThan(30);
  const actions = await page.getByRole('button', { name: 'Edit stages' }).boundingBox();
  expect(actions?.y ?? 0).toBeGreaterThan((titleBox?.y ?? 0) + (titleBox?.height ?? 0));
});

test('at 1024×640 the sidebar is a rail of named icons with tooltips, and the owner can widen it for good', async ({ hb }) => {
  const { page } = hb;
  await page.setViewportSize(SMALL);
  await hb.open('#/roles');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const candidates = nav.getByRole('link', { name: 'Candidates' });
  expect((await candidates.boundingBox())?.width ?? 999).toBeLessThan(60);
  // Its name shows beside it on hover, inside the window.
  await candidates.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Candidates');
  await expectInside(page, page.locator('.tooltip'), SMALL);
  await candidates.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();

  await page.getByRole('button', { name: 'Show the sidebar’s labels' }).click();
  await expect(candidates).toHaveText('Candidates');
  expect((await candidates.boundingBox())?.width ?? 0).toBeGreaterThan(150);
  // Remembered after a restart of the window.
  await page.reload();
  await expect(nav.getByRole('link', { name: 'Candidates' })).toHaveText('Candidates');
  await page.getByRole('button', { name: 'Show the sidebar as icons only' }).click();
  expect((await candidates.boundingBox())?.width ?? 999).toBeLessThan(60);
});

test('at 1024×640 the tooltip of an icon button at the window\'s right edge opens inside the window', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await page.setViewportSize(SMALL);
  await hb.open('#/roles');
  const sort = page.getByRole('button', { name: /^Descending order/ });
  const box = await sort.boundingBox();
  // The button sits against the right edge: a tooltip centred on it would stick out.
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeGreaterThan(SMALL.width - 40);
  await sort.hover();
  await expect(page.getByRole('tooltip')).toHaveText('Descending');
  await expectInside(page, page.locator('.tooltip'), SMALL);
  // Keyboard focus shows one too: the sidebar's toggle in the window's bottom-left corner.
  await page.mouse.move(500, 20, { steps: 5 });
  await expect(page.locator('.tooltip')).toHaveCount(0);
  await page.getByRole('button', { name: 'Show the sidebar’s labels' }).focus();
  await expect(page.getByRole('tooltip')).toHaveText('Show the sidebar’s labels');
  await expectInside(page, page.locator('.tooltip'), SMALL);
});

test('zoomed to 150 % the description\'s coach is a drawer: the editor keeps the width until it is opened', async ({ hb }) => {
  const { page } = hb;
  const { roleId } = await hb.call('templates:use', { templateId: 'barista' });
  await page.setViewportSize(ZOOMED);
  await hb.open(`#/roles/${roleId}/description`);
  const editor = page.getByRole('textbox', { name: 'Text: Summary', exact: true });
  await expect(editor).toBeVisible();
  const panel = page.getByRole('complementary', { name: 'Preview and coach' });
  await expect(panel).toBeHidden();
  // The editor runs to the content's right edge, nothing over it.
  const editorBox = await editor.boundingBox();
  expect((editorBox?.x ?? 0) + (editorBox?.width ?? 0)).toBeGreaterThan(ZOOMED.width - 80);

  const toggle = page.getByRole('button', { name: 'Coach and preview' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('tab', { name: /^Coach/ })).toBeFocused();
  await expect(panel.getByText(/^Posting score: \d+ out of 100/)).toBeVisible();
  await expectInside(page, panel, ZOOMED);
  if (process.env.HIREBOOK_SHOTS === '1') await page.screenshot({ path: path.resolve(__dirname, '../../docs/screenshots/sizes/description-drawer-1280x800@150.png') });
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(toggle).toBeFocused();

  await toggle.click();
  await panel.getByRole('button', { name: 'Close the coach and preview' }).click();
  await expect(panel).toBeHidden();

  // A wide window shows the panel beside the editor, with no drawer button.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(panel).toBeVisible();
  await expect(toggle).toBeHidden();
});

test('zoomed to 150 % the reason a save failed opens from "Why?" in a panel inside the window', async ({ hb }) => {
  const { page } = hb;
  const { roleId } = await hb.call('templates:use', { templateId: 'barista' });
  await page.setViewportSize(ZOOMED);
  await hb.open(`#/roles/${roleId}/description`);
  // Every save is refused from now on, as a full disk would refuse it.
  await page.evaluate(`(() => {
    const invoke = window.__hirebookInvoke;
    window.__hirebookInvoke = (channel, input) => channel === 'descriptions:save'
      ? Promise.resolve({ ok: false, error: { code: 'disk_full', message: 'The disk is full, so the change was not saved.' } })
      : invoke(channel, input);
  })()`);
  await page.getByRole('textbox', { name: 'Text: Summary', exact: true }).click();
  await page.keyboard.type(' More words.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved — retrying' })).toBeVisible();
  const why = page.getByRole('button', { name: 'Why?' });
  await why.click();
  const panel = page.getByRole('dialog', { name: 'Why it was not saved' });
  await expect(panel).toHaveText('The disk is full, so the change was not saved.');
  await expectInside(page, panel, ZOOMED);
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(why).toBeFocused();
});
