// Playwright UI: multi-select and bulk actions on the board (move, tag, reject, delete), and the stage editor
// (rename, reorder, add, remove with a chosen destination, each stage's waiting limit), checked on screen and
// in the database.
import { expect, test } from './fixtures';
import { appRow, card, column, keyboardDragReady, namesIn, openBoard, seedBoard } from './pipeline-fixtures';

test('two cards are selected (click and shift-click) and moved to a stage together, then tagged', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).click();
  await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).click({ modifiers: ['Shift'] });
  const bar = page.getByRole('region', { name: 'Selected candidates' });
  await expect(bar).toContainText('2 selected');
  await bar.getByLabel('Stage to move to').selectOption({ label: 'Interview' });
  await bar.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(page.getByText('Moved 2 candidates to Interview')).toBeVisible();
  await expect.poll(() => namesIn(page, 'Interview')).toEqual(['Ada Lovelace', 'Grace Hopper']);
  expect(await namesIn(page, 'Applied')).toEqual(['Alan Turing']);
  expect(appRow(hb, board.apps['Ada Lovelace'] ?? '')?.stage).toBe('Interview');
  expect(appRow(hb, board.apps['Grace Hopper'] ?? '')?.stage).toBe('Interview');
  await expect(bar).toBeHidden();

  await page.getByRole('checkbox', { name: 'Select Alan Turing' }).click();
  await bar.getByLabel('Tag to add').fill('night shift');
  await bar.getByRole('button', { name: 'Add tag' }).click();
  await expect(card(page, 'Alan Turing')).toContainText('night shift');
});

test('bulk reject with a reason and bulk delete after confirmation', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Offer: ['Alan Turing'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('checkbox', { name: 'Select Ada Lovelace' }).click();
  await page.getByRole('checkbox', { name: 'Select Grace Hopper' }).click();
  const bar = page.getByRole('region', { name: 'Selected candidates' });
  await bar.getByRole('button', { name: 'Reject…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject 2 candidates' });
  await dialog.getByRole('radio', { name: 'Accepted another offer' }).check();
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(column(page, 'Applied').locator('.board-column-count')).toHaveText('0');
  await expect.poll(() => appRow(hb, board.apps['Grace Hopper'] ?? '')?.status).toBe('withdrawn');

  await page.getByRole('checkbox', { name: 'Select Alan Turing' }).click();
  await bar.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete applications' }).click();
  await expect(card(page, 'Alan Turing')).toHaveCount(0);
  expect(hb.rows('SELECT id FROM applications WHERE id = ?', board.apps['Alan Turing'])).toEqual([]);
});

test('stages are renamed, reordered, added and removed, with candidates moved where the owner chose', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'], Screening: ['Grace Hopper', 'Alan Turing'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Edit stages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit stages' });
  await dialog.getByLabel('Name of stage 1').fill('New');
  await dialog.getByRole('button', { name: 'Move Offer up' }).click();
  await dialog.getByRole('button', { name: 'Add stage' }).click();
  await dialog.getByLabel('Name of stage 5').fill('Trial shift');
  await expect(dialog.getByRole('button', { name: 'Remove Hired' })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Remove Screening' }).click();
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose where the candidates in removed stages go.');
  await dialog.getByLabel(/Screening \(2\) has candidates/).selectOption({ label: 'Interview' });
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['New1', 'Offer0', 'Interview2', 'Trial shift0', 'Hired0']);
  expect(await namesIn(page, 'Interview')).toEqual(['Grace Hopper', 'Alan Turing']);
  const stored = hb.rows<{ name: string }>('SELECT name FROM pipeline_stages WHERE role_id = ? ORDER BY position', board.roleId);
  expect(stored.map((s) => s.name)).toEqual(['New', 'Offer', 'Interview', 'Trial shift', 'Hired']);
  expect(appRow(hb, board.apps['Grace Hopper'] ?? '')?.stage).toBe('Interview');
});

test('each stage takes its own waiting limit for Today: a wrong one is refused, a saved one comes back', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Edit stages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit stages' });
  const screening = dialog.getByLabel('Days a card may wait in Screening before Today lists it');
  await expect(screening).toHaveAttribute('placeholder', '5');
  await expect(dialog.getByLabel('Days a card may wait in Hired before Today lists it')).toHaveCount(0);
  await screening.fill('0');
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Waiting limits are whole days from 1 to 365 (Screening has “0”).');
  expect(hb.rows<{ n: number }>('SELECT COUNT(*) AS n FROM pipeline_stages WHERE role_id = ? AND wait_days IS NOT NULL', board.roleId)[0]?.n).toBe(0);
  await screening.fill('3');
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog).toBeHidden();
  const stored = hb.rows<{ name: string; wait_days: number | null }>('SELECT name, wait_days FROM pipeline_stages WHERE role_id = ? ORDER BY position', board.roleId);
  expect(stored.map((s) => [s.name, s.wait_days])).toEqual([['Applied', null], ['Screening', 3], ['Interview', null], ['Offer', null], ['Hired', null]]);
  await page.getByRole('button', { name: 'Edit stages' }).click();
  await expect(dialog.getByLabel('Days a card may wait in Screening before Today lists it')).toHaveValue('3');
});

test('rejection reasons are added, renamed, reordered and archived, and the reject dialog offers the new list', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Rejection reasons' }).click();
  const dialog = page.getByRole('dialog', { name: 'Rejection reasons' });
  await dialog.getByRole('textbox', { name: 'Reason: Lacks experience' }).fill('Not enough experience');
  await dialog.getByRole('button', { name: 'Move Not enough experience up' }).click();
  await dialog.getByRole('listitem').filter({ has: page.getByRole('textbox', { name: 'Reason: Salary expectations' }) }).getByRole('button', { name: 'Archive' }).click();
  await dialog.getByRole('button', { name: 'Add a “they withdrew” reason' }).click();
  await dialog.getByRole('textbox', { name: 'Reason: new reason' }).fill('Moved away');
  await dialog.getByRole('button', { name: 'Save reasons' }).click();
  await expect(dialog).toBeHidden();

  const stored = hb.rows<{ label: string; kind: string; archived: number }>(
    "SELECT label, kind, archived_at IS NOT NULL AS archived FROM rejection_reasons ORDER BY CASE kind WHEN 'we_rejected' THEN 0 ELSE 1 END, position",
  );
  expect(stored.slice(0, 2).map((r) => r.label)).toEqual(['Not enough experience', 'Lacks qualifications']);
  expect(stored.find((r) => r.label === 'Salary expectations')?.archived).toBe(1);
  expect(stored.at(-1)).toEqual({ label: 'Moved away', kind: 'they_withdrew', archived: 0 });

  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Reject or withdraw…' }).click();
  const reject = page.getByRole('dialog', { name: 'Reject Ada Lovelace' });
  await expect(reject.getByRole('group', { name: 'They withdrew' }).getByRole('radio', { name: 'Moved away' })).toBeVisible();
  await expect(reject.getByRole('radio', { name: 'Salary expectations' })).toHaveCount(0);
});

test('a stage is reordered by keyboard through its drag handle in the stage editor', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Edit stages' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit stages' });
  await expect(dialog.getByRole('button', { name: 'Drag to reorder Hired' })).toHaveCount(0);
  const handle = dialog.getByRole('button', { name: 'Drag to reorder Interview' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await keyboardDragReady(page);
  await page.keyboard.press('ArrowUp');
  await expect(page.getByText('Interview is over position 2 of 5.')).toBeAttached();
  await page.keyboard.press('Space');
  await expect(page.getByText('Interview dropped at position 2 of 5.')).toBeAttached();
  await expect(dialog.getByLabel('Name of stage 2')).toHaveValue('Interview');
  await dialog.getByRole('button', { name: 'Save stages' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Applied1', 'Interview0', 'Screening0', 'Offer0', 'Hired0']);
  const stored = hb.rows<{ name: string }>('SELECT name FROM pipeline_stages WHERE role_id = ? ORDER BY position', board.roleId);
  expect(stored.map((s) => s.name)).toEqual(['Applied', 'Interview', 'Screening', 'Offer', 'Hired']);
});
