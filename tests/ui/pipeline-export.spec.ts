// Playwright UI: two cards selected on the board are exported from the bulk bar; the downloaded CSV holds
// exactly those two people with their role and stage.
import fs from 'node:fs';
import Papa from 'papaparse';
import { expect, test } from './fixtures';
import { openBoard, seedBoard } from './pipeline-fixtures';

test('Export on the bulk bar downloads a CSV of exactly the selected cards, with their stage', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Alan Turing'], Screening: ['Grace Hopper'] });
  await hb.call('applications:rate', { applicationId: board.apps['Grace Hopper'] ?? '', rating: 4 });
  await openBoard(hb, board.roleId);
  await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).click();
  await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).click();
  const bar = page.getByRole('region', { name: 'Selected candidates' });
  await expect(bar).toContainText('2 selected');

  const [download] = await Promise.all([page.waitForEvent('download'), bar.getByRole('button', { name: 'Export' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^applications-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8').replace(/^\uFEFF/, '');
  const parsed = Papa.parse<Record<string, string>>(csv.trim(), { header: true });
  expect(parsed.errors).toEqual([]);
  expect(parsed.data.map((row) => [row.Name, row.Role, row.Stage, row.Status, row.Rating, row['Rating from'], row['Days in stage']])).toEqual([
    ['Ada Lovelace', 'Weekend Barista', 'Applied', 'Active', '', '', '0'],
    ['Grace Hopper', 'Weekend Barista', 'Screening', 'Active', 'Strong yes', 'Your rating', '0'],
  ]);
  await expect(page.getByText('Exported 2 candidates')).toBeVisible();
});
