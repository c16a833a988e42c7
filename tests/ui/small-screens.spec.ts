// Playwright UI: a 13-inch laptop's window (1024×640): the Roles table drops columns by priority so every
// title keeps its room and no header prints over another; a page's title keeps its line while its
// actions move below it (the pipeline's title had collapsed to nothing, its count to a word per line).
import { expect, test } from './fixtures';
import { openBoard, seedBoard } from './pipeline-fixtures';

const SMALL = { width: 1024, height: 640 };

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
  // Type, place, the closing date and the last change give way; the candidate counts stay beside the title.
  expect(headers.map((h) => h.text)).toEqual(['ROLE', 'CANDIDATES', 'STATUS', 'ACTIONS']);
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
