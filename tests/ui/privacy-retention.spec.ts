// Playwright UI: keeping data. On the retention history (tests/helpers/retention-seed.ts, dated back from
// today and swapped in while the core is closed): the Today reminder names who is due and opens the Due for
// deletion screen; there the owner chooses people, the confirmation names how many and says earlier backups
// still hold them, Cancel erases nothing, and confirming erases exactly those chosen; the empty state follows.
// The profile shows the consent record and a keep-until date set through Edit; Settings → Privacy sets
// the period, which the privacy notice then states.
import { seedRetentionFolder, type RetentionWorld } from '../helpers/retention-seed';
import { expectNoSeriousViolations } from './axe';
import { expect, test, type Hirebook } from './fixtures';

/** The retention history (dated back from today), swapped in while the core is closed. */
async function seeded(hb: Hirebook): Promise<RetentionWorld> {
  const seed = await seedRetentionFolder();
  await hb.reopen(() => seed.swapInto(hb.dataDir));
  seed.remove();
  return seed.world;
}

const names = (hb: Hirebook) => hb.rows<{ full_name: string }>('SELECT full_name FROM candidates ORDER BY full_name').map((r) => r.full_name);

test('the Today reminder leads to Due for deletion, where the chosen people are erased after a confirmation', async ({ hb }) => {
  const { page } = hb;
  await hb.open('');
  const world = await seeded(hb);
  await hb.open('');
  const reminder = page.getByRole('region', { name: /^Due for deletion/ });
  await expect(reminder.getByRole('heading', { level: 2 })).toHaveText('Due for deletion 2');
  await expect(reminder.locator('.today-item-title')).toHaveText(['Ana Old', 'Bo Gone']);
  await expect(reminder.locator('.today-item-detail')).toHaveText(['Rejected; no activity for 14 months.', 'Withdrew; no activity for 13 months.']);
  await reminder.getByRole('button', { name: /Ana Old/ }).click();
  await expect(page).toHaveURL(/#\/privacy\/due$/);

  await expect(page.getByRole('heading', { level: 1, name: 'Due for deletion' })).toBeVisible();
  await expect(page.getByText('Rejected and withdrawn candidates are erased 12 months after their last activity, once you confirm.')).toBeVisible();
  const rows = page.locator('.due-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('Ana Old');
  await expect(rows.nth(0)).toContainText('Barista (rejected)');
  await expect(rows.nth(0)).toContainText('What goes 1 application, 1 note, 1 file');
  await expect(rows.nth(1)).toContainText('Barista (withdrew)');
  const erase = page.getByRole('button', { name: /^Erase / });
  await expect(erase).toBeDisabled();
  await expectNoSeriousViolations(page);

  // One chosen, then Cancel: nobody is erased.
  await page.getByRole('checkbox', { name: 'Select Ana Old' }).check();
  await expect(page.getByText('1 person selected')).toBeVisible();
  await page.getByRole('button', { name: 'Erase 1 person…' }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Erase 1 person?' });
  await expect(dialog).toContainText('This person and everything about them');
  await expect(dialog).toContainText('Backups made earlier still hold them until those backups rotate out.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  expect(names(hb)).toContain('Ana Old');

  // Everyone chosen, confirmed: both are gone, everyone else stays.
  await page.getByRole('checkbox', { name: 'Select all 2' }).check();
  await page.getByRole('button', { name: 'Erase 2 people…' }).click();
  await page.getByRole('alertdialog', { name: 'Erase 2 people?' }).getByRole('button', { name: 'Erase 2 people' }).click();
  await expect(page.getByText('Erased 2 people')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Nobody is due for deletion' })).toBeVisible();
  expect(names(hb)).toEqual(['Cy Hired', 'Di Active', 'Ed Kept', 'Fa Recent', 'Gu Noted', 'Hal Pool']);
  expect(hb.rows("SELECT entity_id FROM activity_log WHERE action = 'deleted' AND details_json LIKE '%retention%'").map((r) => r.entity_id).sort()).toEqual([world.ids.ana, world.ids.bo].sort());

  await hb.open('');
  await expect(page.getByRole('region', { name: /^Due for deletion/ })).toHaveCount(0);
  await expect(page.locator('.today-clear')).toContainText('Due for deletion');
});

test('the profile shows the consent record, and a keep-until date with its reason is set through Edit', async ({ hb }) => {
  const { page } = hb;
  await hb.open('');
  const world = await seeded(hb);
  await hb.open(`#/candidates/${world.ids.ed}`);
  const card = page.getByRole('region', { name: 'Privacy' });
  await expect(card).toContainText('Agreed to be considered for future roles on');
  await expect(card).toContainText('Agreed to be considered for future roles');
  await expect(card).toContainText(new Date(`${world.edKeepUntil}T00:00:00`).toLocaleDateString('en-GB', { dateStyle: 'medium' }));

  await hb.open(`#/candidates/${world.ids.fa}`);
  await expect(card).toContainText('Has not agreed to be kept for future roles');
  await expect(card).toContainText('Not set: follows the company rule');
  await page.getByRole('button', { name: 'Edit' }).click();
  await page.getByLabel('Keep until').fill('2027-05-31');
  await page.getByLabel('Why keep them').fill('Asked us to keep her CV for the summer season');
  await page.getByLabel('Agreed to be considered for future roles on').fill('2026-11-30');
  await page.getByLabel('How they were told or agreed').fill('Signed the walk-in form');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page).toHaveURL(new RegExp(`#/candidates/${world.ids.fa}$`));
  await expect(card).toContainText('31 May 2027');
  await expect(card).toContainText('Asked us to keep her CV for the summer season');
  await expect(card).toContainText('Agreed to be considered for future roles on 30 Nov 2026');
  await expect(card).toContainText('Signed the walk-in form');
  expect(hb.rows('SELECT retention_until, retention_reason, consent_future_roles_on, consent_note FROM candidates WHERE id = ?', world.ids.fa)).toEqual([
    { retention_until: '2027-05-31', retention_reason: 'Asked us to keep her CV for the summer season', consent_future_roles_on: '2026-11-30', consent_note: 'Signed the walk-in form' },
  ]);
});

test('Settings → Privacy sets the period, and the privacy notice states it with the company name', async ({ hb }) => {
  const { page } = hb;
  await hb.call('company:update', { name: 'Corner Café' });
  await hb.open('#/settings');
  const section = page.getByRole('region', { name: 'Privacy' });
  const period = section.getByLabel('Erase rejected and withdrawn candidates');
  await expect(period).toHaveValue('12');
  await period.selectOption('24');
  await expect(page.getByText('Saved: 24 months after their last activity')).toBeVisible();
  expect(hb.rows('SELECT retention_months FROM companies')).toEqual([{ retention_months: 24 }]);
  await section.getByRole('button', { name: 'Due for deletion (0)' }).click();
  await expect(page.getByRole('heading', { name: 'Nobody is due for deletion' })).toBeVisible();
  await page.locator('#main').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Privacy' }).getByRole('button', { name: 'Privacy notice for applicants' }).click();
  await expect(page).toHaveURL(/#\/privacy\/notice$/);
  await expect(page.getByRole('heading', { level: 2, name: 'How Corner Café uses your application' })).toBeVisible();
  await expect(page.getByText('If you are not hired, we delete your details 24 months after our last contact with you.')).toBeVisible();
  await expectNoSeriousViolations(page);
  await page.locator('#main').getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('region', { name: 'Privacy' }).getByLabel('Erase rejected and withdrawn candidates').selectOption('off');
  await expect(page.getByText('Nobody will be listed for deletion')).toBeVisible();
  expect(hb.rows('SELECT retention_months FROM companies')).toEqual([{ retention_months: null }]);
});
