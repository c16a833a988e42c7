// Playwright UI: a long column on the board. The board first loads every count and the first cards of each
// column; scrolling a column loads the rest as it goes, each card once; cards further down than the first
// window move by menu and by keyboard, the first window's last card moves down, and a card from another column
// goes to the top of the long one.
import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { expect, roleInput, test, type Hirebook } from './fixtures';
import { appRow, card, column, keyboardDragReady, namesIn, openBoard, storedOrder } from './pipeline-fixtures';

const COUNT = 120;
const nameOf = (n: number): string => `Applicant ${String(n).padStart(3, '0')}`;

/** A role with COUNT people in Applied, in number order, imported through the core in one go. */
async function longColumn(hb: Hirebook) {
  const role = await hb.call('roles:create', roleInput());
  const lines = Array.from({ length: COUNT }, (_u, i) => `"${nameOf(i + 1)}",a${i + 1}@example.test`);
  const result = await hb.call('candidates:import', { text: `Name,Email\n${lines.join('\n')}\n`, mapping: { name: 0, email: 1 }, roleId: role.id, duplicates: 'create', jobId: randomUUID() });
  expect(result.imported).toBe(COUNT);
  const board = await hb.call('pipeline:get', { roleId: role.id });
  const stages = Object.fromEntries(board.stages.map((s) => [s.name, s.id]));
  const apps = Object.fromEntries(hb.rows<{ full_name: string; id: string }>('SELECT c.full_name, a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.role_id = ?', role.id).map((r) => [r.full_name, r.id]));
  return { roleId: role.id, stages, apps };
}

/** Scrolls a column by a share of its height (1 = one screenful), or back to its top (0). */
async function scrollColumn(page: Page, stage: string, share: number): Promise<void> {
  const selector = `section.board-column[data-stage="${stage}"] .board-column-scroll`;
  await page.evaluate(`(() => {
    const el = document.querySelector(${JSON.stringify(selector)});
    if (${share} === 0) el.scrollTop = 0;
    else el.scrollBy(0, el.clientHeight * ${share});
  })()`);
}

/** Scrolls a column from its top down, step by step, until the card is on screen (each step may load the next cards). */
async function scrollTo(page: Page, stage: string, name: string): Promise<void> {
  await scrollColumn(page, stage, 0);
  await expect
    .poll(async () => {
      if (await card(page, name).isVisible()) return true;
      await scrollColumn(page, stage, 1);
      return false;
    }, { timeout: 20_000, intervals: [50] })
    .toBe(true);
  await card(page, name).scrollIntoViewIfNeeded();
}

test('a long column loads as it is scrolled, each card once, and a card far down moves by menu and keyboard', async ({ hb }) => {
  const { page } = hb;
  const board = await longColumn(hb);
  await openBoard(hb, board.roleId);
  await expect(column(page, 'Applied').locator('.board-column-count')).toHaveText(String(COUNT));
  await expect(column(page, 'Applied').getByRole('list', { name: `Applied, ${COUNT} candidates` })).toBeVisible();
  // A card far below the first cards is not on the page yet; the first card says where it stands in all 120.
  await expect(card(page, nameOf(100))).toHaveCount(0);
  await expect(card(page, nameOf(1))).toHaveAttribute('aria-setsize', String(COUNT));

  // Scrolling to the bottom loads the rest; on the way every card shows in order, none twice.
  const seen: string[] = [];
  await expect
    .poll(async () => {
      for (const name of await namesIn(page, 'Applied')) if (!seen.includes(name)) seen.push(name);
      if (seen.includes(nameOf(COUNT))) return true;
      await scrollColumn(page, 'Applied', 0.5);
      return false;
    }, { timeout: 30_000, intervals: [50] })
    .toBe(true);
  expect(seen).toEqual(Array.from({ length: COUNT }, (_u, i) => nameOf(i + 1)));

  // A card loaded by scrolling moves to another stage from its menu.
  await scrollTo(page, 'Applied', nameOf(100));
  await page.getByRole('button', { name: `Actions for ${nameOf(100)}` }).click();
  await page.getByRole('menuitem', { name: 'Move to Screening' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${nameOf(100)} moved to Screening, position 1 of 1.` })).toBeAttached();
  await expect.poll(() => appRow(hb, board.apps[nameOf(100)] ?? '')?.stage).toBe('Screening');
  await expect(column(page, 'Applied').locator('.board-column-count')).toHaveText(String(COUNT - 1));
  await expect(column(page, 'Screening').locator('.board-column-count')).toHaveText('1');

  // And one by keyboard, onto the top of Screening.
  await scrollTo(page, 'Applied', nameOf(90));
  const handle = page.getByRole('button', { name: `Move ${nameOf(90)}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(new RegExp(`^${nameOf(90)} is over Screening, position 1`))).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(() => storedOrder(hb, board.stages.Screening ?? '')).toEqual([nameOf(90), nameOf(100)]);
  expect(await namesIn(page, 'Screening')).toEqual([nameOf(90), nameOf(100)]);
  await expect(column(page, 'Applied').locator('.board-column-count')).toHaveText(String(COUNT - 2));
});

test('the last card of the first window moves down, and a card goes to the top of a long column by keyboard', async ({ hb }) => {
  const { page } = hb;
  const board = await longColumn(hb);
  await openBoard(hb, board.roleId);
  // The first window is thirty cards: the thirtieth is the last one of it.
  await scrollTo(page, 'Applied', nameOf(30));
  await page.getByRole('button', { name: `Actions for ${nameOf(30)}` }).click();
  await page.getByRole('menuitem', { name: 'Move down' }).click();
  await expect.poll(() => storedOrder(hb, board.stages.Applied ?? '').slice(28, 32)).toEqual([nameOf(29), nameOf(31), nameOf(30), nameOf(32)]);
  await expect(page.getByRole('status').filter({ hasText: `${nameOf(30)} moved to Applied, position 31 of ${COUNT}.` })).toBeAttached();

  // From another column to the top of the long one, by keyboard: no need for the rest of it.
  await hb.call('applications:move', { applicationId: board.apps[nameOf(120)] ?? '', toStageId: board.stages.Screening ?? '' });
  await hb.open('#/roles');
  await openBoard(hb, board.roleId);
  const handle = page.getByRole('button', { name: `Move ${nameOf(120)}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await keyboardDragReady(page);
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByText(new RegExp(`^${nameOf(120)} is over Applied, position 1`))).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(() => storedOrder(hb, board.stages.Applied ?? '')[0]).toBe(nameOf(120));
  await expect.poll(() => namesIn(page, 'Applied').then((names) => names[0])).toBe(nameOf(120));
  await expect(column(page, 'Applied').locator('.board-column-count')).toHaveText(String(COUNT));
});
