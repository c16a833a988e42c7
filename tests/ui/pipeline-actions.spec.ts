// Playwright UI: card actions on the pipeline board: reject with a typed reason and undo, mark as hired,
// rate, notes and stage history, checked on screen and in the database.
import { expect, test } from './fixtures';
import { appRow, card, column, events, namesIn, openBoard, seedBoard, storedOrder } from './pipeline-fixtures';

test('rejecting with a reason takes the card off the board, and Undo brings it back', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'], Screening: ['Grace Hopper'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Actions for Grace Hopper' }).click();
  await page.getByRole('menuitem', { name: 'Reject or withdraw…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reject Grace Hopper' });
  await expect(dialog.getByRole('group', { name: 'We rejected' })).toBeVisible();
  await expect(dialog.getByRole('group', { name: 'They withdrew' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Reject' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Choose a reason');
  await dialog.getByRole('radio', { name: 'Lacks experience' }).check();
  await dialog.getByLabel('Note (optional)').fill('Needs two more years on espresso.');
  await dialog.getByRole('button', { name: 'Reject' }).click();

  await expect(card(page, 'Grace Hopper')).toHaveCount(0);
  await expect(column(page, 'Screening').locator('.board-column-count')).toHaveText('0');
  const reason = hb.rows<{ id: string }>("SELECT id FROM rejection_reasons WHERE label = 'Lacks experience'")[0]?.id;
  await expect.poll(() => appRow(hb, board.apps['Grace Hopper'] ?? '')?.status).toBe('rejected');
  expect(appRow(hb, board.apps['Grace Hopper'] ?? '')?.rejection_reason_id).toBe(reason);
  expect(events(hb, board.apps['Grace Hopper'] ?? '').at(-1)).toMatchObject({ to_status: 'rejected' });

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(card(page, 'Grace Hopper')).toBeVisible();
  expect(await namesIn(page, 'Screening')).toEqual(['Grace Hopper']);
  expect(appRow(hb, board.apps['Grace Hopper'] ?? '')?.status).toBe('active');
  expect(events(hb, board.apps['Grace Hopper'] ?? '').at(-1)).toMatchObject({ to_status: 'active' });
});

test('a card is marked as hired and moves to the Hired column; the toast says so and Undo puts it back', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Offer: ['Ada Lovelace', 'Grace Hopper'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Mark as hired' }).click();
  await expect.poll(() => namesIn(page, 'Hired')).toEqual(['Ada Lovelace']);
  expect(appRow(hb, board.apps['Ada Lovelace'] ?? '')).toMatchObject({ stage: 'Hired', status: 'hired' });
  expect(events(hb, board.apps['Ada Lovelace'] ?? '').at(-1)).toMatchObject({ from_stage_name: 'Offer', to_stage_name: 'Hired', to_status: 'hired' });

  await expect(page.getByText('Marked Ada Lovelace as hired')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Ada Lovelace is back in Offer')).toBeVisible();
  // Back where it was: in Offer, above Grace, active again, on screen and in the database.
  await expect.poll(() => namesIn(page, 'Offer')).toEqual(['Ada Lovelace', 'Grace Hopper']);
  expect(await namesIn(page, 'Hired')).toEqual([]);
  expect(appRow(hb, board.apps['Ada Lovelace'] ?? '')).toMatchObject({ stage: 'Offer', status: 'active' });
  expect(storedOrder(hb, board.stages['Offer'] ?? '')).toEqual(['Ada Lovelace', 'Grace Hopper']);
});

test('a move from the card menu says where the card went, and Undo puts it back in its place', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper', 'Alan Turing'] });
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Actions for Grace Hopper' }).click();
  await page.getByRole('menuitem', { name: 'Move to Screening' }).click();
  await expect(page.getByText('Moved Grace Hopper to Screening')).toBeVisible();
  await expect.poll(() => appRow(hb, board.apps['Grace Hopper'] ?? '')?.stage).toBe('Screening');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('Grace Hopper is back in Applied')).toBeVisible();
  await expect.poll(() => namesIn(page, 'Applied')).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
  expect(appRow(hb, board.apps['Grace Hopper'] ?? '')).toMatchObject({ stage: 'Applied', status: 'active' });
  expect(storedOrder(hb, board.stages['Applied'] ?? '')).toEqual(['Ada Lovelace', 'Grace Hopper', 'Alan Turing']);
});

test('rating, notes and the stage history with time in each stage', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace'] });
  await hb.call('applications:move', { applicationId: board.apps['Ada Lovelace'] ?? '', toStageId: board.stages.Interview ?? '' });
  await openBoard(hb, board.roleId);
  await expect(card(page, 'Ada Lovelace')).toContainText('Not rated');
  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  const ratings = dialog.getByRole('group', { name: 'Your rating' });
  await expect(ratings.getByRole('button')).toHaveText(['Strong no', 'No', 'Yes', 'Strong yes']);
  await ratings.getByRole('button', { name: 'Yes', exact: true }).click();
  await expect(ratings.getByRole('button', { name: 'Yes', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(ratings.getByRole('button', { name: 'Strong yes' })).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => appRow(hb, board.apps['Ada Lovelace'] ?? '')?.rating).toBe(3);
  await expect(dialog.locator('.card-shows')).toContainText('The card shows Yes');
  const history = dialog.getByRole('region', { name: 'Time in each stage' });
  await expect(history.getByRole('listitem').filter({ hasText: /^Applied\s+\d+ seconds?$/ })).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: /^Interview\s+\d+ seconds?$/ })).toBeVisible();
  await expect(history.getByRole('listitem').filter({ hasText: 'Applied → Interview' })).toBeVisible();

  await dialog.getByLabel('New note').fill('Great latte art.');
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect(dialog.getByText('Great latte art.')).toBeVisible();
  expect(hb.rows('SELECT body FROM application_notes WHERE application_id = ?', board.apps['Ada Lovelace'])).toEqual([{ body: 'Great latte art.' }]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(card(page, 'Ada Lovelace').getByTestId('rating-word')).toHaveText(/^Yes \(Your own rating/);
  await expect(card(page, 'Ada Lovelace')).not.toContainText('★');
});

test('after a Strong yes scorecard the card says Strong yes, over the owner’s own No', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Interview: ['Ada Lovelace', 'Grace Hopper'] });
  const ada = board.apps['Ada Lovelace'] ?? '';
  await hb.call('applications:rate', { applicationId: ada, rating: 2 });
  const interview = await hb.call('interviews:schedule', {
    applicationId: ada, startsAt: '2026-06-01T09:00:00.000Z', durationMinutes: 45, timeZone: 'Europe/London', kind: 'onsite', interviewers: ['Marisol Ortega'],
  });
  const scorecard = await hb.call('scorecards:open', { interviewId: interview.id, interviewerId: interview.interviewers[0]?.id ?? '' });
  await hb.call('scorecards:save', { scorecardId: scorecard.id, recommendation: 'strong_yes' });
  await hb.call('scorecards:submit', { scorecardId: scorecard.id });
  await openBoard(hb, board.roleId);

  const word = card(page, 'Ada Lovelace').getByTestId('rating-word');
  await expect(word).toHaveText('Strong yes (From 1 submitted scorecard)');
  await expect(word).toHaveAttribute('title', 'From 1 submitted scorecard');
  await expect(card(page, 'Grace Hopper').getByTestId('rating-word')).toHaveText(/^Not rated/);
  await page.getByRole('button', { name: 'Actions for Ada Lovelace' }).click();
  await page.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ada Lovelace' });
  await expect(dialog.getByRole('group', { name: 'Your rating' }).getByRole('button', { name: 'No', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(dialog.locator('.card-shows')).toContainText('The card shows Strong yes');
  await expect(dialog.locator('.card-shows')).toContainText('From 1 submitted scorecard');
});
