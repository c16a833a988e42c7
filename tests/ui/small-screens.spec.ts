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
  // Strings run in the page (the tests are compiled without DOM types).
  const widths = (await titles.evaluateAll('(links) => links.map((a) => a.getBoundingClientRect().width)')) as number[];
  for (const width of widths) expect(width).toBeGreaterThanOrEqual(150);
  const headers = (await page
    .locator('.roles-table thead th')
    .evaluateAll(
      "(cells) => cells.filter((c) => getComputedStyle(c).display !== 'none').map((c) => ({ text: (c.textContent || '').trim(), left: c.getBoundingClientRect().left, right: c.getBoundingClientRect().right }))",
    )) as { text: string; left: number; right: number }[];
  expect(headers.map((h) => h.text)).toEqual(['Role', 'Status', 'Closes', 'Updated↓', 'Actions']);
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
