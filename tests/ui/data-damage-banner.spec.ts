// Playwright UI: the app-wide banner when the data file is damaged (found by the start-up check after the
// file was damaged while Hirebook was closed): what happened, the newest backup offered with what restoring
// it would lose, a salvage copy saved into a chosen folder, and "Restore this backup" restoring it without a
// file dialog and reopening on healthy data. And the empty first screen's "Restore from a backup".
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { damageLeafPage } from '../helpers/damage-page';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('a damaged data file shows the banner with the newest backup; salvage and restore work from it', async ({ hb }) => {
  test.setTimeout(300_000);
  const { page } = hb;
  await hb.call('roles:create', { title: 'Weekend Barista' });
  const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},person${i}@example.test`);
  await hb.call('candidates:import', { text: `Name,Email\n${rows.join('\n')}\n`, mapping: { name: 0, email: 1 }, jobId: randomUUID() });
  const auto = await hb.call('backup:auto', { reason: 'daily' });
  expect(auto.path).not.toBeNull();
  await hb.open('#/roles');
  await expect(page.getByRole('alert').filter({ hasText: 'damaged' })).toHaveCount(0);

  // Damaged while Hirebook was closed: the start-up check finds it.
  await hb.reopen(() => damageLeafPage(hb.databasePath, 'candidates'));
  const banner = page.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Your data file is damaged: Hirebook is read-only' }) });
  await expect(banner).toBeVisible({ timeout: 90_000 });
  await expect(banner).toContainText(`The newest backup, ${path.basename(auto.path ?? '')}, was taken today`);
  await expect(banner).toContainText('everything saved after that would be missing');
  await expectNoSeriousViolations(page);

  await banner.getByRole('button', { name: 'Save a salvage copy…' }).click();
  await expect(banner.getByRole('status')).toContainText('Your data file was not changed.', { timeout: 90_000 });
  const salvageFolder = hb.platform.folders.at(-1) ?? '';
  expect(fs.readdirSync(salvageFolder)).toHaveLength(1);
  await banner.getByRole('button', { name: 'OK' }).click();

  await banner.getByRole('button', { name: 'Restore this backup' }).click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('1 role, 3,000 candidates, 0 files', { timeout: 90_000 });
  // A backup in the data folder's own backups/ needs no file dialog.
  expect(hb.platform.fileDialogs).toEqual([]);
  await preview.getByRole('button', { name: 'Restore this backup' }).click();
  await expect.poll(() => hb.reopens(), { timeout: 90_000 }).toBe(2);
  await hb.open('#/roles');
  await expect(page.getByRole('main').getByText('Weekend Barista')).toBeVisible();
  await expect.poll(async () => (await hb.call('data:health', {})).state, { timeout: 90_000 }).toBe('ok');
  await expect(banner).toHaveCount(0);
  expect(hb.rows<{ n: number }>('SELECT count(*) AS n FROM candidates')[0]?.n).toBe(3000);
  // The damaged file is kept aside, not overwritten.
  expect(fs.readdirSync(hb.dataDir).filter((n) => n.startsWith('replaced-'))).toHaveLength(1);
});

test('the empty first screen offers "Restore from a backup" beside the sample data', async ({ hb }) => {
  const { page } = hb;
  const auto = await hb.call('backup:auto', { reason: 'daily' });
  await hb.open('#/roles');
  const empty = page.getByRole('region', { name: 'No roles yet' });
  await expect(empty.getByRole('button', { name: 'Load sample data' })).toBeVisible();
  const restore = empty.getByRole('button', { name: 'Restore from a backup' });
  await expectNoSeriousViolations(page);
  hb.platform.nextFiles = [auto.path ?? ''];
  await restore.click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('0 roles, 0 candidates, 0 files', { timeout: 60_000 });
  expect(hb.platform.fileDialogs).toEqual([{ title: 'Choose a Hirebook backup to restore', purpose: 'backup', multiple: false }]);
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(restore).toBeFocused();
});
