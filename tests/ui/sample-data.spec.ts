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

test('sample rows carry a Sample badge, and Settings removes them after a confirmation that says what goes', async ({ hb }) => {
  const { page } = hb;
  const own = await hb.call('roles:create', { title: 'Night Baker' });
  const { candidate } = await hb.call('candidates:create', { fullName: 'Rosa Delgado' });
  await hb.call('sample:load', {});
  const sampleRoles = hb.rows<{ n: number }>('SELECT count(*) AS n FROM roles WHERE sample = 1')[0]?.n ?? 0;
  expect(sampleRoles).toBeGreaterThan(0);

  // Marked on the roles list (the owner's role is not), on a board and in the candidates list.
  await hb.open('#/roles');
  const ownRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Night Baker', exact: true }) });
  await expect(ownRow).toBeVisible();
  await expect(ownRow.getByText('Sample', { exact: true })).toHaveCount(0);
  const bakerRow = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Head Baker', exact: true }) });
  await expect(bakerRow.getByText('Sample', { exact: true })).toBeVisible();
  const headBaker = hb.rows<{ id: string }>("SELECT id FROM roles WHERE title = 'Head Baker'")[0]?.id ?? '';
  await hb.open(`#/roles/${headBaker}/pipeline`);
  const amara = page.getByTestId('board-card').filter({ has: page.getByRole('link', { name: 'Amara Okafor', exact: true }) });
  await expect(amara.getByText('Sample', { exact: true })).toBeVisible();

  // An edited sample person is still sample, and the confirmation says so.
  const amaraId = hb.rows<{ id: string }>("SELECT id FROM candidates WHERE full_name = 'Amara Okafor'")[0]?.id ?? '';
  await hb.call('candidates:update', { id: amaraId, patch: { location: 'Salem, OR' } });
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Remove sample data' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Remove the sample data?' });
  await expect(dialog).toContainText(`This deletes the sample data: ${sampleRoles} roles, 12 candidates`);
  await expect(dialog).toContainText('You changed 1 sample role or candidate since loading; it is still sample and will be deleted too.');
  await expect(dialog).toContainText('Your own roles and candidates are not touched. This cannot be undone.');
  // Cancel keeps everything.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(hb.rows<{ n: number }>('SELECT count(*) AS n FROM candidates WHERE sample = 1')[0]?.n).toBe(12);

  await page.getByRole('button', { name: 'Remove sample data' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Remove sample data' }).click();
  await expect(page.getByText(new RegExp(`^Removed the sample data: ${sampleRoles} roles, 12 candidates, \\d+ applications and 4 interviews$`))).toBeVisible();
  await expect(page.getByRole('button', { name: 'Remove sample data' })).toHaveCount(0);
  expect(hb.rows<{ id: string }>('SELECT id FROM roles')).toEqual([{ id: own.id }]);
  expect(hb.rows<{ id: string }>('SELECT id FROM candidates')).toEqual([{ id: candidate.id }]);
  expect(hb.rows('SELECT id FROM applications')).toEqual([]);
});
