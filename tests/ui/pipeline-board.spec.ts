// Playwright UI: the pipeline board: reached from the roles list, columns with counts, cards dragged with
// the mouse and moved by keyboard across and within columns, with the database and stage events checked.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { appRow, card, column, events, keyboardDragReady, namesIn, openBoard, seedBoard, storedOrder } from './pipeline-fixtures';

test('the board opens from the roles list and shows each stage with its count and cards', async ({ hb }) => {
  const { page } = hb;
  await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Interview: ['Alan Turing'] });
  await hb.open('#/roles');
  await page.getByRole('table').getByRole('link', { name: 'Weekend Barista' }).click();
  await expect(page.getByRole('heading', { name: 'Pipeline: Weekend Barista' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Applied2', 'Screening0', 'Interview1', 'Offer0', 'Hired0']);
  await expect(column(page, 'Applied').getByRole('list', { name: 'Applied, 2 candidates' })).toBeVisible();
  expect(await namesIn(page, 'Applied')).toEqual(['Ada Lovelace', 'Grace Hopper']);
  await expect(card(page, 'Alan Turing')).toContainText('0 days');
  await expect(card(page, 'Alan Turing')).toContainText('barista');
  await expectNoSeriousViolations(page);
});

test('a card dragged with the mouse to another stage moves there and the move is recorded', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Screening: ['Alan Turing'] });
  await openBoard(hb, board.roleId);
  const handle = page.getByRole('button', { name: 'Move Grace Hopper' });
  const target = card(page, 'Alan Turing');
  const from = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('no boxes');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 20, from.y + 10, { steps: 4 });
  await page.mouse.move(to.x + to.width / 2, to.y + to.height - 8, { steps: 12 });
  await page.mouse.up();

  await expect.poll(() => namesIn(page, 'Screening')).toEqual(['Alan Turing', 'Grace Hopper']);
  expect(await namesIn(page, 'Applied')).toEqual(['Ada Lovelace']);
  await expect(column(page, 'Screening').locator('.board-column-count')).toHaveText('2');
  await expect.poll(() => storedOrder(hb, board.stages.Screening ?? '')).toEqual(['Alan Turing', 'Grace Hopper']);
  expect(events(hb, board.apps['Grace Hopper'] ?? '').at(-1)).toMatchObject({ from_stage_name: 'Applied', to_stage_name: 'Screening', to_status: 'active' });
});

test('a card is moved to the next stage by keyboard (Space, ArrowRight, Space) and reordered by keyboard', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra'], Screening: ['Alan Turing'] });
  await openBoard(hb, board.roleId);

  const handle = page.getByRole('button', { name: 'Move Ada Lovelace' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByText(/^Ada Lovelace is over Screening/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText(/^Ada Lovelace dropped in Screening/)).toBeAttached();
  await expect.poll(() => namesIn(page, 'Screening')).toContain('Ada Lovelace');
  await expect.poll(() => storedOrder(hb, board.stages.Screening ?? '').sort()).toEqual(['Ada Lovelace', 'Alan Turing']);
  expect(events(hb, board.apps['Ada Lovelace'] ?? '').at(-1)).toMatchObject({ from_stage_name: 'Applied', to_stage_name: 'Screening' });

  // Within a column: Edsger goes up above Grace.
  const edsger = page.getByRole('button', { name: 'Move Edsger Dijkstra' });
  await edsger.focus();
  await page.keyboard.press('Space');
  await expect(edsger).toHaveAttribute('aria-pressed', 'true');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText(/^Edsger Dijkstra is over Applied, position 1/)).toBeAttached();
  await page.keyboard.press('Space');
  await expect.poll(() => namesIn(page, 'Applied')).toEqual(['Edsger Dijkstra', 'Grace Hopper']);
  await expect.poll(() => storedOrder(hb, board.stages.Applied ?? '')).toEqual(['Edsger Dijkstra', 'Grace Hopper']);
});

test('a card moves by keyboard between every pair of columns, and lands where it was announced', async ({ hb }) => {
  test.setTimeout(240_000);
  const { page } = hb;
  // Interview holds a card (the moved one lands above it); the other columns are empty.
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'], Interview: ['Alan Turing'] });
  await openBoard(hb, board.roleId);
  const stages = ['Applied', 'Screening', 'Interview', 'Offer', 'Hired'];
  const landing: Record<string, string> = { Interview: 'Interview, position 1' };
  let at = 0;
  const moveTo = async (to: number) => {
    const handle = page.getByRole('button', { name: 'Move Ada Lovelace' });
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await keyboardDragReady(page);
    for (let step = 0; step < Math.abs(to - at); step += 1) await page.keyboard.press(to > at ? 'ArrowRight' : 'ArrowLeft');
    const stage = stages[to] ?? '';
    const said = landing[stage] ?? stage;
    await expect(page.getByText(`Ada Lovelace is over ${said}.`, { exact: true })).toBeAttached();
    await page.keyboard.press('Space');
    await expect(page.getByText(`Ada Lovelace dropped in ${said}.`, { exact: true })).toBeAttached();
    await expect.poll(() => namesIn(page, stage)).toContain('Ada Lovelace');
    await expect.poll(() => events(hb, board.apps['Ada Lovelace'] ?? '').at(-1)?.to_stage_name).toBe(stage);
    await expect.poll(() => storedOrder(hb, board.stages[stage] ?? '')[0]).toBe('Ada Lovelace');
    at = to;
  };
  // Every ordered pair (from, to): there and straight back for each pair.
  for (let from = 0; from < stages.length; from += 1) {
    for (let to = from + 1; to < stages.length; to += 1) {
      if (at !== from) await moveTo(from);
      await moveTo(to);
      await moveTo(from);
    }
  }
  const moves = events(hb, board.apps['Ada Lovelace'] ?? '').map((e) => `${e.from_stage_name}>${e.to_stage_name}`);
  for (const from of stages) for (const to of stages) if (from !== to) expect(moves).toContain(`${from}>${to}`);
});

test('the card menu moves a card to a stage and up or down, and says so', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Offer: ['Alan Turing'] });
  await openBoard(hb, board.roleId);

  await page.getByRole('button', { name: 'Actions for Grace Hopper' }).click();
  await page.getByRole('menuitem', { name: 'Move up' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Grace Hopper moved to Applied, position 1 of 2.' })).toBeAttached();
  expect(await namesIn(page, 'Applied')).toEqual(['Grace Hopper', 'Ada Lovelace']);
  await expect.poll(() => storedOrder(hb, board.stages.Applied ?? '')).toEqual(['Grace Hopper', 'Ada Lovelace']);

  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Move to Offer' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Ada Lovelace moved to Offer, position 2 of 2.' })).toBeAttached();
  await expect.poll(() => storedOrder(hb, board.stages.Offer ?? '')).toEqual(['Alan Turing', 'Ada Lovelace']);
  expect(events(hb, board.apps['Ada Lovelace'] ?? '').at(-1)).toMatchObject({ from_stage_name: 'Applied', to_stage_name: 'Offer' });
});

test('a lower card\'s menu opens inside the window on a small screen, and its last items can be chosen', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper', 'Edsger Dijkstra', 'Alan Turing'] });
  await openBoard(hb, board.roleId);
  await page.setViewportSize({ width: 1024, height: 640 });
  const button = page.getByRole('button', { name: 'Actions for Alan Turing' });
  await button.scrollIntoViewIfNeeded();
  await button.click();
  const menu = page.getByRole('menu', { name: 'Actions for Alan Turing' });
  await expect(menu).toBeVisible();
  const box = await menu.boundingBox();
  if (!box) throw new Error('the menu has no box');
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(1024);
  // The last two items, which fell below the window's edge before, are reachable and work.
  await expect(menu.getByRole('menuitem', { name: 'Reject or withdraw…' })).toBeInViewport();
  await menu.getByRole('menuitem', { name: 'Mark as hired' }).click();
  await expect(menu).toBeHidden();
  await expect.poll(() => appRow(hb, board.apps['Alan Turing'] ?? '')?.status).toBe('hired');
});

test('a move the core refuses puts the card back and says why', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'] });
  await openBoard(hb, board.roleId);
  // The next move is refused, as the core would refuse a card deleted in another window meanwhile.
  await page.evaluate(`(() => {
    const invoke = window.__hirebookInvoke;
    window.__hirebookInvoke = (channel, input) => channel === 'applications:move'
      ? new Promise((resolve) => setTimeout(() => resolve({ ok: false, error: { code: 'conflict', message: 'That card changed elsewhere.' } }), 300))
      : invoke(channel, input);
  })()`);
  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Move to Interview' }).click();
  await expect(card(page, 'Ada Lovelace')).toHaveCount(1);
  await expect(page.getByText('Could not move Ada Lovelace')).toBeVisible();
  await expect(page.getByText('That card changed elsewhere.')).toBeVisible();
  expect(await namesIn(page, 'Applied')).toEqual(['Ada Lovelace', 'Grace Hopper']);
  expect(await namesIn(page, 'Interview')).toEqual([]);
  expect(storedOrder(hb, board.stages.Applied ?? '')).toEqual(['Ada Lovelace', 'Grace Hopper']);
});

test('a board opened for one card (from Today) scrolls its column to it, focuses it and rings it', async ({ hb }) => {
  const { page } = hb;
  // Forty cards in Applied: the thirty-fifth is far below the column's fold, so not in the DOM at first.
  const names = Array.from({ length: 40 }, (_, i) => `Applicant ${String(i + 1).padStart(2, '0')}`);
  const seeded = await seedBoard(hb, { Applied: names });
  const wanted = 'Applicant 35';
  await hb.open(`#/roles/${seeded.roleId}/pipeline?card=${seeded.apps[wanted]}`);
  const target = card(page, wanted);
  await expect(target).toBeInViewport();
  await expect(target).toHaveClass(/board-card-spotlit/);
  await expect(target.getByRole('link', { name: wanted, exact: true })).toBeFocused();
  // The ring is gone after a moment; the board opened afresh without ?card= shows the top of the column,
  // where that card is not even in the page (the column is a virtual list).
  await expect(target).not.toHaveClass(/board-card-spotlit/, { timeout: 10_000 });
  await hb.open('#/roles');
  await openBoard(hb, seeded.roleId);
  await expect(card(page, 'Applicant 01')).toBeInViewport();
  await expect(card(page, wanted)).toHaveCount(0);
});
