// Playwright UI: backups from Settings → Data: "Back up now…" with and without a passphrase (the archive on
// disk, and backup:inspect of it answering its counts), Cancel leaving no file, a restore end to end (the
// core reopened on the restored data, the replaced data kept in replaced-*), an encrypted restore asking
// for its passphrase and refusing a wrong one at the field, a tampered archive refused with nothing changed,
// the second folder, the File menu's items and the quit-time overlay. Against a real core on a temp folder.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expectNoSeriousViolations } from './axe';
import { expect, test, type Hirebook } from './fixtures';

/** A company, two roles and three candidates each with a résumé file, through the core. */
async function seed(hb: Hirebook, label: string): Promise<void> {
  await hb.call('company:update', { name: `${label} Café` });
  for (const title of [`${label} barista`, `${label} baker`]) await hb.call('roles:create', { title });
  for (let i = 0; i < 3; i += 1) {
    const { candidate } = await hb.call('candidates:create', { fullName: `${label} Person ${i}` });
    const cv = await hb.file(`cv-${i}.txt`, `${label} résumé ${i}\n`);
    await hb.call('attachments:add', { candidateId: candidate.id, kind: 'resume', fileName: `cv-${i}.txt`, path: cv });
  }
}

function count(hb: Hirebook, table: string): number {
  return hb.rows<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)[0]?.n ?? -1;
}

/** The one archive in the folder the (fake) folder dialog handed out last. */
function archiveIn(hb: Hirebook): string {
  const folder = hb.platform.folders.at(-1);
  if (!folder) throw new Error('no folder was chosen');
  const files = fs.readdirSync(folder);
  expect(files).toHaveLength(1);
  expect(files[0]).toMatch(/^hirebook-backup-\d{4}-\d{2}-\d{2}-\d{6}\.hirebook-backup$/);
  return path.join(folder, files[0] ?? '');
}

/** Back up now… from Settings → Data, optionally with a passphrase; leaves the "Backup saved" dialog open. */
async function backUp(page: Page, passphrase?: string): Promise<void> {
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up now' });
  await expect(dialog).toBeVisible();
  if (passphrase) {
    await dialog.getByLabel('Protect it with a passphrase').check();
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Type it again').fill(passphrase);
    await dialog.getByLabel('I understand a forgotten passphrase cannot be recovered').check();
  }
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Backup saved' })).toBeVisible({ timeout: 60_000 });
}

/** Seeds "Old" data, backs it up from Settings → Data (optionally with a passphrase), closes the dialog; answers the archive. */
async function oldDataBackedUp(hb: Hirebook, passphrase?: string): Promise<string> {
  await seed(hb, 'Old');
  await hb.open('#/settings');
  await backUp(hb.page, passphrase);
  const archive = archiveIn(hb);
  await hb.page.getByRole('dialog', { name: 'Backup saved' }).getByRole('button', { name: 'Close' }).click();
  return archive;
}

test('Back up now… saves an archive in the chosen folder that holds the data, and says what it holds', async ({ hb }) => {
  const { page } = hb;
  await seed(hb, 'Old');
  await hb.open('#/settings');
  const area = page.getByRole('group', { name: 'Backups' });
  await expect(area).toContainText('Last good backup');
  await expect(area).toContainText('None yet');
  await expect(area).toContainText(/Automatic backups use 0 bytes of up to [\d.]+ (MB|GB)/);
  await expect(area.getByLabel(/Back up automatically/)).toBeChecked();

  await backUp(page);
  expect(hb.platform.folderTitles).toEqual(['Choose a folder for the backup']);
  const archive = archiveIn(hb);
  const saved = page.getByRole('dialog', { name: 'Backup saved' });
  await expect(saved).toContainText(`Saved ${path.basename(archive)}`);
  await expect(saved).toContainText('2 roles, 3 candidates, 3 files');
  await expectNoSeriousViolations(page);
  const summary = await hb.call('backup:inspect', { path: archive });
  expect(summary).toMatchObject({ roles: count(hb, 'roles'), candidates: count(hb, 'candidates'), attachments: 3, companyName: 'Old Café', encrypted: false });
  await saved.getByRole('button', { name: 'Close' }).click();
  await expect(saved).toBeHidden();
  await expect(page.getByRole('button', { name: 'Back up now…' })).toBeFocused();
  // The last good backup is the one just made.
  await expect(area).toContainText(/Last good backup\s*Today at \d\d:\d\d · [\d.]+ KB · in /);
});

test('a passphrase is checked before the backup, the warning is there before it is set, and the archive needs it', async ({ hb }) => {
  const { page } = hb;
  await seed(hb, 'Old');
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Back up now' });
  await dialog.getByLabel('Protect it with a passphrase').check();
  await expect(dialog).toContainText('If it is forgotten, nobody can open this backup');
  await expectNoSeriousViolations(page);
  await dialog.getByLabel('Passphrase', { exact: true }).fill('short');
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(dialog.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/Use at least 8 characters/);
  await dialog.getByLabel('Passphrase', { exact: true }).fill('correct horse battery');
  await dialog.getByLabel('Type it again').fill('correct horse battery!');
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(dialog.getByLabel('Type it again')).toHaveAccessibleDescription('The two passphrases are not the same');
  await dialog.getByLabel('Type it again').fill('correct horse battery');
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/understand a forgotten passphrase cannot be recovered/);
  expect(fs.readdirSync(hb.platform.folders[0] ?? '')).toEqual([]);
  await dialog.getByLabel('I understand a forgotten passphrase cannot be recovered').check();
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  const saved = page.getByRole('dialog', { name: 'Backup saved' });
  await expect(saved).toContainText('2 roles, 3 candidates, 3 files', { timeout: 60_000 });

  const archive = archiveIn(hb);
  expect(fs.readFileSync(archive).includes(Buffer.from('Old Café'))).toBe(false);
  await expect(hb.call('backup:inspect', { path: archive })).rejects.toThrow(/passphrase/);
  const summary = await hb.call('backup:inspect', { path: archive, passphrase: 'correct horse battery' });
  expect(summary).toMatchObject({ roles: 2, candidates: 3, attachments: 3, encrypted: true });
});

test('Cancel during a backup stops it and leaves no file', async ({ hb }) => {
  test.setTimeout(240_000);
  const { page } = hb;
  await seed(hb, 'Big');
  // Large files that do not compress, so the backup runs long enough to be cancelled.
  const [candidate] = hb.rows<{ id: string }>('SELECT id FROM candidates LIMIT 1');
  for (let i = 0; i < 5; i += 1) {
    const big = await hb.file(`scan-${i}.pdf`, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(19_000_000)]));
    await hb.call('attachments:add', { candidateId: candidate?.id ?? '', kind: 'other', fileName: `scan-${i}.pdf`, path: big });
  }
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Back up now…' }).click();
  await page.getByRole('dialog', { name: 'Back up now' }).getByRole('button', { name: 'Back up', exact: true }).click();
  const running = page.getByRole('dialog', { name: 'Backing up' });
  await expect(running.getByRole('progressbar', { name: 'Backup progress' })).toHaveAttribute('aria-valuenow', /^[1-9]\d*$/, { timeout: 60_000 });
  await running.getByRole('button', { name: 'Cancel' }).click();
  const stopped = page.getByRole('dialog', { name: 'Backup stopped' });
  await expect(stopped).toContainText('no backup file was kept', { timeout: 60_000 });
  expect(fs.readdirSync(hb.platform.folders[0] ?? '')).toEqual([]);
});

test('restoring a backup brings the old data back after reopening, and keeps the replaced data aside', async ({ hb }) => {
  test.setTimeout(180_000);
  const { page } = hb;
  const archive = await oldDataBackedUp(hb);
  // Changes after the backup: a new role, and an old one removed.
  await hb.call('roles:create', { title: 'Made after the backup' });
  const [old] = hb.rows<{ id: string }>("SELECT id FROM roles WHERE title = 'Old baker'");
  await hb.call('roles:delete', { id: old?.id ?? '' });

  hb.platform.nextFiles = [archive];
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  expect(hb.platform.fileDialogs).toEqual([{ title: 'Choose a Hirebook backup to restore', purpose: 'backup', multiple: false }]);
  await expect(preview).toContainText('Old Café');
  await expect(preview).toContainText('2 roles, 3 candidates, 3 files');
  await expect(preview).toContainText(/Made\s*Today at \d\d:\d\d/);
  await expect(preview).toContainText('0.1.0-test');
  await expect(preview).toContainText('Your current data is kept aside in the data folder, never overwritten.');
  await expectNoSeriousViolations(page);
  await preview.getByRole('button', { name: 'Restore this backup' }).click();

  // app:reopen: the harness closes the core, opens a new one on the folder and reloads the page.
  await expect.poll(() => hb.reopens(), { timeout: 60_000 }).toBe(1);
  await hb.open('#/roles');
  await expect(page.getByRole('main').getByText('Old baker')).toBeVisible();
  await expect(page.getByRole('main').getByText('Made after the backup')).toHaveCount(0);
  expect(hb.rows<{ title: string }>('SELECT title FROM roles ORDER BY title').map((r) => r.title)).toEqual(['Old barista', 'Old baker'].sort());
  const replaced = fs.readdirSync(hb.dataDir).filter((n) => n.startsWith('replaced-'));
  expect(replaced).toHaveLength(1);
  const kept = path.join(hb.dataDir, replaced[0] ?? '', 'hirebook.db');
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(kept, { readonly: true });
  const titles = (db.prepare('SELECT title FROM roles ORDER BY title').pluck().all() as string[]).sort();
  db.close();
  expect(titles).toEqual(['Made after the backup', 'Old barista']);
});

test('when the window cannot ask for a reopen, the restore says to close and open Hirebook, and the next start switches it in', async ({ hb }) => {
  test.setTimeout(180_000);
  const { page } = hb;
  const archive = await oldDataBackedUp(hb);
  await hb.call('roles:create', { title: 'Made after the backup' });

  hb.platform.reopenAvailable = false;
  hb.platform.nextFiles = [archive];
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  await page.getByRole('dialog', { name: 'Restore this backup?' }).getByRole('button', { name: 'Restore this backup' }).click({ timeout: 60_000 });
  const told = page.getByRole('dialog', { name: 'Close Hirebook and open it again' });
  await expect(told.getByRole('alert')).toContainText('The backup is ready, but Hirebook could not reopen by itself', { timeout: 60_000 });
  await expect(told).not.toContainText('Your data was not changed');
  expect(hb.reopens()).toBe(0);
  // Opening the folder again (the next start) switches the restored data in.
  await hb.reopen();
  await hb.open('#/roles');
  await expect(page.getByRole('main').getByText('Old baker')).toBeVisible();
  await expect(page.getByRole('main').getByText('Made after the backup')).toHaveCount(0);
});

test('an encrypted backup asks for its passphrase and says a wrong one at the field', async ({ hb }) => {
  test.setTimeout(180_000);
  const { page } = hb;
  const archive = await oldDataBackedUp(hb, 'correct horse battery');

  hb.platform.nextFiles = [archive];
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const ask = page.getByRole('dialog', { name: 'This backup needs its passphrase' });
  await expect(ask).toBeVisible({ timeout: 60_000 });
  await expect(ask.getByLabel('Passphrase')).toBeFocused();
  await expect(ask.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'false');
  await ask.getByLabel('Passphrase').fill('not the one at all');
  await ask.getByRole('button', { name: 'Open the backup' }).click();
  await expect(ask.getByLabel('Passphrase')).toHaveAttribute('aria-invalid', 'true', { timeout: 60_000 });
  await expect(ask.getByLabel('Passphrase')).toHaveAccessibleDescription(/passphrase/i);
  await expectNoSeriousViolations(page);
  await ask.getByLabel('Passphrase').fill('correct horse battery');
  await ask.getByRole('button', { name: 'Open the backup' }).click();
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toContainText('2 roles, 3 candidates, 3 files', { timeout: 60_000 });
  await expect(preview).toContainText('protected by a passphrase');
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  await expect(page.getByRole('button', { name: 'Restore from a backup…' })).toBeFocused();
  expect(hb.reopens()).toBe(0);
});

test('a tampered backup is refused with a clear message and nothing changes', async ({ hb }) => {
  const { page } = hb;
  const archive = await oldDataBackedUp(hb);
  const bytes = fs.readFileSync(archive);
  const at = Math.floor(bytes.length / 2);
  bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  const tampered = path.join(path.dirname(archive), 'tampered.hirebook-backup');
  fs.writeFileSync(tampered, bytes);
  await hb.call('roles:create', { title: 'Still here' });
  const before = hb.rows('SELECT id, title FROM roles ORDER BY id');

  hb.platform.nextFiles = [tampered];
  await page.getByRole('button', { name: 'Restore from a backup…' }).click();
  const refused = page.getByRole('dialog', { name: 'This backup cannot be restored' });
  await expect(refused).toBeVisible({ timeout: 60_000 });
  await expect(refused.getByRole('alert')).not.toBeEmpty();
  await expect(refused).toContainText(/nothing (was )?changed/i);
  await refused.getByRole('button', { name: 'Close' }).click();
  expect(hb.rows('SELECT id, title FROM roles ORDER BY id')).toEqual(before);
  expect(fs.readdirSync(hb.dataDir).filter((n) => n.startsWith('replaced-'))).toEqual([]);
  expect(hb.reopens()).toBe(0);
});

test('the second backup folder: choose, shown as not found when it is gone, remove', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  const area = page.getByRole('group', { name: 'Backups' });
  await expect(area).toContainText('None. A USB stick or a synced folder');
  await area.getByRole('button', { name: 'Choose a second backup folder' }).click();
  const folder = hb.platform.folders.at(-1) ?? '';
  await expect(area).toContainText(folder);
  expect(hb.platform.folderTitles).toEqual(['Choose a second folder for automatic backups']);
  expect((await hb.call('backup:status', {})).secondFolder).toBe(folder);

  fs.rmSync(folder, { recursive: true });
  await page.reload();
  await expect(area).toContainText('Not found — plug in the drive or choose another folder');
  // The warning is said app-wide too, with Back up now, and can be hidden for the session.
  const warning = page.getByRole('region', { name: 'Backup warning' });
  await expect(warning).toContainText('cannot be found');
  await expectNoSeriousViolations(page);
  await warning.getByRole('button', { name: 'Hide this warning until Hirebook restarts' }).click();
  await expect(warning).toBeHidden();

  await area.getByRole('button', { name: 'Remove the second backup folder' }).click();
  await expect(area).toContainText('None. A USB stick or a synced folder');
  expect((await hb.call('backup:status', {})).secondFolder).toBeNull();
});

test('Check the data file now runs the full check and says what it found', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Check the data file now' }).click();
  await expect(page.getByText('No damage found.')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('button', { name: 'Check the data file now' })).toBeEnabled();
  expect((await hb.call('data:health', {})).lastCheckKind).toBe('full');
});

test('the File menu opens the backup and restore dialogs; quitting shows the backup overlay until done', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles');
  const emit = (event: string, payload: unknown) =>
    page.evaluate(([e, p]) => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit(e, p), [event, payload] as const);
  await emit('menu:backup', {});
  const dialog = page.getByRole('dialog', { name: 'Back up now' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  hb.platform.nextFiles = [];
  await emit('menu:restore', {});
  await expect.poll(() => hb.platform.fileDialogs.length).toBe(1);
  await expect(page.getByRole('dialog')).toBeHidden();

  await emit('app:quit-backup', { state: 'running', jobId: '00000000-0000-4000-8000-000000000001', limitMs: 10_000 });
  const overlay = page.getByRole('dialog', { name: 'Backing up before Hirebook closes…' });
  await expect(overlay).toBeVisible();
  await emit('backup:progress', { jobId: '00000000-0000-4000-8000-000000000001', phase: 'files', done: 500_000, total: 1_000_000 });
  await expect(overlay.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '500000');
  await page.keyboard.press('Escape');
  await expect(overlay).toBeVisible();
  await emit('app:quit-backup', { state: 'done', jobId: '00000000-0000-4000-8000-000000000001', limitMs: 10_000 });
  await expect(overlay).toBeHidden();
});

test('a backup opened from outside the app (a double-clicked file) starts the restore with it and asks first', async ({ hb }) => {
  const { page } = hb;
  const archive = await oldDataBackedUp(hb);
  await hb.call('roles:create', { title: 'Made after the backup' });
  // The desktop shell grants the opened file to the core (electron/main/open-files.ts; a set-up call naming
  // a path grants it here, tests/app/main-wiring.spec.ts checks the shell's own), then sends the event.
  await hb.call('backup:inspect', { path: archive });
  await page.evaluate((p) => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit('app:open-backup', { path: p }), archive);
  const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(preview).toBeVisible({ timeout: 60_000 });
  await expect(preview).toContainText('Old Café');
  // No file dialog: the file came with the event.
  expect(hb.platform.fileDialogs).toEqual([]);
  await preview.getByRole('button', { name: 'Cancel' }).click();
  await expect(preview).toBeHidden();
  expect(hb.reopens()).toBe(0);
  expect(hb.rows<{ title: string }>("SELECT title FROM roles WHERE title = 'Made after the backup'")).toHaveLength(1);
});
