// Playwright UI: sorting, the status filter, search by title, and the no-matches state of the roles list.
import { expect, roleInput, test } from './fixtures';

test.beforeEach(async ({ hb }) => {
  await hb.call('roles:create', roleInput({ title: 'Barista', status: 'open', closesOn: '2026-05-01' }));
  await hb.call('roles:create', roleInput({ title: 'Cashier', status: 'draft', closesOn: '2026-03-01' }));
  await hb.call('roles:create', roleInput({ title: 'Baker', status: 'filled', closesOn: '2026-04-01' }));
  await hb.call('roles:create', roleInput({ title: 'Accountant', status: 'on_hold' }));
});

test('sorting by title, closing date and direction', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  const titles = page.getByRole('table').getByRole('link');
  // Default: most recently updated first.
  await expect(titles).toHaveText(['Accountant', 'Baker', 'Cashier', 'Barista']);

  await page.getByLabel('Sort by').selectOption({ label: 'Title' });
  await expect(titles).toHaveText(['Accountant', 'Baker', 'Barista', 'Cashier']);
  await expect(page.getByRole('columnheader', { name: 'Role' })).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: /Ascending order/ }).click();
  await expect(titles).toHaveText(['Cashier', 'Barista', 'Baker', 'Accountant']);
  await page.getByRole('button', { name: /Descending order/ }).click();
  await expect(titles).toHaveText(['Accountant', 'Baker', 'Barista', 'Cashier']);

  await page.getByRole('button', { name: 'Closes' }).click();
  await expect(page.getByRole('columnheader', { name: 'Closes' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(titles.first()).toHaveText('Cashier');
  await expect(titles.nth(1)).toHaveText('Baker');
  await expect(titles.nth(2)).toHaveText('Barista');
});

test('the status filter shows only the chosen statuses', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  const titles = page.getByRole('table').getByRole('link');
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Open', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(titles).toHaveText(['Barista']);
  await page.getByRole('button', { name: 'Filled', exact: true }).click();
  await expect(titles).toHaveText(['Baker', 'Barista']);
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await expect(titles).toHaveCount(4);
});

test('search by title, and the no-matches state', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  const titles = page.getByRole('table').getByRole('link');
  await page.getByLabel('Search roles').fill('bak');
  await expect(titles).toHaveText(['Baker']);
  await page.getByLabel('Search roles').fill('plumber');
  await expect(page.getByRole('heading', { name: 'No roles match' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await expect(titles).toHaveCount(4);
  await expect(page.getByLabel('Search roles')).toHaveValue('');
});
