// Playwright UI: edit (its own button), duplicate, archive and restore, and delete (with confirmation) from
// each row's More menu on the roles list.
import type { Page } from '@playwright/test';
import { expect, roleInput, test } from './fixtures';
import { choose } from './postings-fixtures';

const more = (page: Page, title: string) => page.getByRole('button', { name: `More actions for ${title}` });

test('editing a role changes what is listed and stored', async ({ hb }) => {
  const role = await hb.call('roles:create', roleInput({ title: 'Barista', openings: 1 }));
  const { page } = hb;
  await hb.open();
  await page.getByRole('button', { name: 'Edit Barista' }).click();
  await expect(page.getByRole('heading', { name: 'Edit “Barista”' })).toBeVisible();
  await expect(page.getByLabel('Job title')).toHaveValue('Barista');
  await page.getByLabel('Job title').fill('Senior Barista');
  await page.getByLabel('Openings').fill('3');
  await page.getByLabel('Status').selectOption({ label: 'On hold' });
  await page.getByRole('button', { name: 'Save role' }).click();

  const row = page.getByRole('row').filter({ hasText: 'Senior Barista' });
  await expect(row).toContainText('3 openings');
  await expect(row).toContainText('On hold');
  expect(hb.rows('SELECT id, title, openings, status FROM roles')).toEqual([
    { id: role.id, title: 'Senior Barista', openings: 3, status: 'on_hold' },
  ]);
});

test('duplicating a role adds a draft copy', async ({ hb }) => {
  await hb.call('roles:create', roleInput({ title: 'Line cook', status: 'open', department: 'Kitchen' }));
  const { page } = hb;
  await hb.open();
  await choose(page, more(page, 'Line cook'), 'Duplicate');
  await expect(page.getByRole('table').getByRole('link')).toHaveCount(2);
  const rows = hb.rows<{ title: string; status: string; department: string }>('SELECT title, status, department FROM roles ORDER BY created_at');
  expect(rows).toHaveLength(2);
  expect(rows[1]?.status).toBe('draft');
  expect(rows[1]?.department).toBe('Kitchen');
  await expect(page.getByRole('row').filter({ hasText: rows[1]?.title ?? '' }).filter({ hasText: 'Draft' })).toBeVisible();
});

test('archiving hides a role from the active list; restoring brings it back', async ({ hb }) => {
  const role = await hb.call('roles:create', roleInput({ title: 'Dishwasher' }));
  await hb.call('roles:create', roleInput({ title: 'Host' }));
  const { page } = hb;
  await hb.open();
  await choose(page, more(page, 'Dishwasher'), 'Archive');
  await expect(page.getByText('Archived “Dishwasher”')).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Dishwasher' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Host' })).toBeVisible();
  expect(hb.rows<{ archived_at: string | null }>('SELECT archived_at FROM roles WHERE id = ?', role.id)[0]?.archived_at).not.toBeNull();

  await page.getByRole('button', { name: 'Archived', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Host' })).toHaveCount(0);
  await choose(page, more(page, 'Dishwasher'), 'Restore');
  await expect(page.getByRole('heading', { name: 'No archived roles' })).toBeVisible();
  await page.getByRole('button', { name: 'Active', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Dishwasher' })).toBeVisible();
  expect(hb.rows('SELECT archived_at FROM roles WHERE id = ?', role.id)).toEqual([{ archived_at: null }]);
});

test('the undo in the archive toast restores the role', async ({ hb }) => {
  await hb.call('roles:create', roleInput({ title: 'Sous chef' }));
  const { page } = hb;
  await hb.open();
  await choose(page, more(page, 'Sous chef'), 'Archive');
  await expect(page.getByRole('row').filter({ hasText: 'Sous chef' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Sous chef' })).toBeVisible();
  expect(hb.rows('SELECT archived_at FROM roles')).toEqual([{ archived_at: null }]);
});

test('deleting asks first: cancel keeps the role, confirm removes it from the database', async ({ hb }) => {
  await hb.call('roles:create', roleInput({ title: 'Receptionist' }));
  await hb.call('roles:create', roleInput({ title: 'Dental assistant' }));
  const { page } = hb;
  await hb.open();

  await choose(page, more(page, 'Receptionist'), 'Delete…');
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Receptionist”?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row').filter({ hasText: 'Receptionist' })).toBeVisible();
  expect(hb.rows('SELECT title FROM roles WHERE title = ?', 'Receptionist')).toHaveLength(1);

  await choose(page, more(page, 'Receptionist'), 'Delete…');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete role' }).click();
  await expect(page.getByRole('row').filter({ hasText: 'Receptionist' })).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: 'Dental assistant' })).toBeVisible();
  expect(hb.rows('SELECT title FROM roles')).toEqual([{ title: 'Dental assistant' }]);
});
