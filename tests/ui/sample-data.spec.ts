// Playwright UI: "Load sample data" from the empty roles list and from Settings fills the database.
import { expect, test } from './fixtures';

test('sample data from the empty state fills the roles list', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  await expect(page.getByRole('heading', { name: 'No roles yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/^Added \d+ sample roles and \d+ sample candidates$/)).toBeVisible();
  const count = hb.rows<{ n: number }>('SELECT count(*) AS n FROM roles')[0]?.n ?? 0;
  expect(count).toBeGreaterThanOrEqual(4);
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(
    hb.rows<{ n: number }>('SELECT count(*) AS n FROM roles WHERE archived_at IS NULL')[0]?.n ?? -1,
  );
  const statuses = hb.rows<{ status: string }>('SELECT DISTINCT status FROM roles').map((r) => r.status);
  expect(statuses.length).toBeGreaterThanOrEqual(3);

  // Loading it again adds no copies, and says so rather than "Added 0 sample roles".
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText('The sample data is already here; nothing was added.')).toBeVisible();
  await expect(page.getByText(/Added 0/)).toHaveCount(0);
  expect(hb.rows<{ n: number }>('SELECT count(*) AS n FROM roles')[0]?.n).toBe(count);
});

test('sample data from Settings fills the company profile and roles', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added \d+ sample roles/)).toBeVisible();
  const [company] = hb.rows<{ name: string }>('SELECT name FROM companies');
  expect(company?.name).not.toBe('');
  await expect(page.getByLabel('Company name')).toHaveValue(company?.name ?? '');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Roles' }).click();
  await expect(page.getByRole('table').getByRole('link').first()).toBeVisible();
});
