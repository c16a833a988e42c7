// Playwright UI: Find anything (Ctrl+K) and the keyboard shortcuts sheet, driven like a person on the sample
// data: type a name, Enter opens the profile; the opened person comes back first among the recent items; a
// command runs as its menu item does; nothing found says so; ? opens the sheet (but not while typing);
// Help → Keyboard Shortcuts opens it too; axe in light and dark.
import fs from 'node:fs';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('Ctrl+K finds a candidate by name, Enter opens the profile, and they come back among the recent items', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/roles');
  await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: 'Find anything' });
  await expect(box).toBeFocused();
  // An empty box lists the commands (nothing opened yet, so no recent items).
  await expect(palette.getByRole('option', { name: /New role/ })).toBeVisible();
  await expect(palette.getByText('Recent', { exact: true })).toHaveCount(0);

  await box.pressSequentially('amara oka');
  const amara = palette.getByRole('group', { name: 'Candidates' }).getByRole('option', { name: /Amara Okafor/ });
  await expect(palette.getByRole('group', { name: 'Interviews' }).getByRole('option', { name: /Amara Okafor — / }).first()).toBeVisible();
  await expect(amara).toBeVisible();
  // The typed words are marked in the name, as text.
  await expect(amara.locator('.palette-label mark')).toHaveText(['Amara', 'Oka']);
  await expect(amara.locator('.palette-detail mark')).toHaveText(['amara', 'oka']);
  await expect(amara).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'Amara Okafor' })).toBeVisible();
  await expect(page).toHaveURL(/#\/candidates\/[0-9a-f-]{36}$/);

  // Opened again, the box is empty and Amara is the first recent item; it survives a reload.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Amara Okafor' })).toBeVisible();
  await page.keyboard.press('Control+k');
  await expect(palette.getByText('Recent', { exact: true })).toBeVisible();
  await expect(palette.getByRole('option').first()).toHaveAccessibleName(/Amara Okafor/);
  await page.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  // Ctrl+K again while it is open closes it.
  await page.keyboard.press('Control+k');
  await expect(box).toBeFocused();
  await page.keyboard.press('Control+k');
  await expect(palette).toBeHidden();
});

test('a word from a note finds it under Notes, with a line of the note marked, and Enter opens the person', async ({ hb }) => {
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Night Baker' });
  const made = await hb.call('candidates:create', { fullName: 'Quinn Harlow', roleId: role.id });
  const applicationId = made.candidate.applications[0]?.id ?? '';
  await hb.call('applications:note-add', { applicationId, body: 'Brought a <b>Zwiebelkuchen</b> to the trial and asked about weekend shifts.' });
  await hb.open('#/roles');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await palette.getByRole('combobox', { name: 'Find anything' }).pressSequentially('zwiebel');
  const note = palette.getByRole('group', { name: 'Notes' }).getByRole('option', { name: /Quinn Harlow — Night Baker/ });
  await expect(note).toBeVisible();
  await expect(note.locator('.palette-kind')).toHaveText('Note');
  // The line of the note is text (the markup-like part shown as typed), with the typed word marked.
  await expect(note.locator('.palette-detail')).toHaveText('Brought a <b>Zwiebelkuchen</b> to the trial and asked about weekend shifts.');
  await expect(note.locator('.palette-detail mark')).toHaveText(['Zwiebel']);
  await expect(palette.locator('b')).toHaveCount(0);
  // Found by a note, the person is listed once: under Notes, not again under Candidates.
  await expect(palette.getByRole('group', { name: 'Candidates' })).toHaveCount(0);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Quinn Harlow' })).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the arrow keys choose a command and Enter runs it; text that matches nothing says so', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/roles');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  const box = palette.getByRole('combobox', { name: 'Find anything' });
  await box.pressSequentially('zeppelin quartz');
  await expect(palette.getByText('Nothing found for “zeppelin quartz”.')).toBeVisible();

  // A name that looks like markup is shown as the text it is.
  await hb.call('candidates:create', { fullName: '<img src=x onerror="document.title=1"> Zed' });
  await box.fill('');
  await box.pressSequentially('zed img');
  const zed = palette.getByRole('option', { name: /Zed/ });
  await expect(zed.locator('.palette-label')).toHaveText('<img src=x onerror="document.title=1"> Zed');
  await expect(zed.locator('.palette-label mark')).toHaveText(['img', 'Zed']);
  await expect(palette.locator('img')).toHaveCount(0);

  await box.fill('');
  await box.pressSequentially('repo');
  const reports = palette.getByRole('option', { name: /^Reports/ });
  await expect(reports).toBeVisible();
  // The list is marked busy until the search has answered.
  await expect(palette.getByRole('listbox')).toHaveAttribute('aria-busy', 'false');
  const options = palette.getByRole('option');
  // The command is last, below anything the search found: End goes there.
  await expect(options.last()).toHaveAttribute('data-value', 'command:reports');
  await page.keyboard.press('End');
  await expect(reports).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowDown');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(reports).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Reports' })).toBeVisible();

  // "Import candidates" opens the Candidates screen's import dialog, as its Import CSV button does.
  await page.keyboard.press('Control+k');
  await box.pressSequentially('import cand');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Import candidates from CSV' })).toBeVisible();
  await expect(page).toHaveURL(/#\/candidates$/);
});

test('"Back up now" from the palette makes a backup, as File → Back Up Now… does', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await palette.getByRole('combobox', { name: 'Find anything' }).pressSequentially('back up');
  await expect(palette.getByRole('option', { name: /^Back up now/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Back up now' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Back up', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Backup saved' })).toBeVisible({ timeout: 60_000 });
  const folder = hb.platform.folders.at(-1) ?? '';
  expect(fs.readdirSync(folder).filter((f) => f.endsWith('.hirebook-backup'))).toHaveLength(1);
});

test('? opens the shortcuts sheet unless typing in a field; Help → Keyboard Shortcuts opens it too', async ({ hb }) => {
  const { page } = hb;
  await hb.call('sample:load', {});
  await hb.open('#/candidates');
  await expect(page.getByRole('heading', { level: 1, name: 'Candidates' })).toBeVisible();
  // In a search field ? is just text.
  const search = page.getByRole('searchbox').first();
  await search.fill('');
  await search.pressSequentially('?');
  await expect(search).toHaveValue('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeHidden();

  await search.blur();
  await page.keyboard.press('?');
  await expect(sheet).toBeVisible();
  for (const place of ['Anywhere', 'Find anything', 'A role’s board', 'Interview mode']) {
    await expect(sheet.getByRole('region', { name: place })).toBeVisible();
  }
  await expect(sheet.getByText('Find anything: a role, candidate, interview or template, or a command.')).toBeVisible();
  await expect(sheet.getByText(/Rate the focused question: 1 Strong no/)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();

  await page.evaluate(() => (globalThis as unknown as { __hirebookEmit: (e: string, p: unknown) => void }).__hirebookEmit('menu:shortcuts', {}));
  await expect(sheet).toBeVisible();
  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toBeHidden();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the palette with results and the shortcuts sheet pass axe (${scheme})`, async ({ hb }) => {
    const { page } = hb;
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await hb.call('sample:load', {});
    await hb.open('#/roles');
    await expect(page.getByRole('heading', { level: 1, name: 'Roles' })).toBeVisible();
    await page.keyboard.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Find anything' });
    await palette.getByRole('combobox', { name: 'Find anything' }).pressSequentially('bak');
    await expect(palette.getByRole('group', { name: 'Candidates' }).getByRole('option', { name: /Amara Okafor/ })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.keyboard.press('Escape');
    await page.keyboard.press('?');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoSeriousViolations(page);
  });
}
