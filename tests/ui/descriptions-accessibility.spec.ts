// Playwright UI: axe-core finds no serious or critical problems on the description editor (coach, with
// its box for the owner's own words open; preview tab; history drawer), the template gallery and the
// import review.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';
import { openDescription, seedRole } from './descriptions-fixtures';

test('the description editor with its coach, preview and history passes axe', async ({ hb }) => {
  const { page } = hb;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const roleId = await seedRole(hb, [
    { kind: 'summary', heading: 'Summary', html: '<p>We want a competitive rockstar for our <strong>busy</strong> café, a fast-paced environment.</p>' },
    { kind: 'responsibilities', heading: 'Duties and responsibilities', html: '<ul><li><p>Make coffee</p></li><li><p>Greet guests</p></li></ul>' },
  ]);
  await openDescription(hb, roleId);
  await expect(page.locator('.coach-mark').first()).toBeVisible();
  await expectNoSeriousViolations(page);

  // A fix that asks for the owner's words, open, with its message after an empty try.
  const cliches = page.locator('[data-finding="cliches"]');
  await cliches.getByRole('button', { name: /^Say how busy: / }).click();
  await cliches.getByRole('button', { name: 'Replace', exact: true }).click();
  await expect(cliches.getByRole('alert')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('article', { name: 'Posting preview' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.getByRole('button', { name: 'Save version' }).click();
  await expect(page.getByText('Version saved')).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  await page.getByRole('dialog', { name: 'History' }).getByRole('button', { name: 'Compare' }).click();
  await expect(page.getByText('words added')).toBeVisible();
  await expectNoSeriousViolations(page);
});

test('the template gallery and the import review pass axe', async ({ hb }) => {
  const { page } = hb;
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await hb.open('#/templates');
  await expect(page.getByRole('complementary', { name: 'Template preview' }).getByRole('button', { name: 'Use this template' })).toBeVisible();
  await expectNoSeriousViolations(page);

  await hb.open('#/jd-import');
  await expectNoSeriousViolations(page);
  await page.getByLabel('Job description text').fill('Job Title: Cashier\nSalary: $16 per hour\n\nWhat you will do:\n• Run the till\n• Help customers find things\n\nRequirements\n- Friendly\n');
  await page.getByRole('button', { name: 'Read pasted text' }).click();
  await expect(page.getByRole('heading', { name: 'Review the import' })).toBeVisible();
  await expectNoSeriousViolations(page);
});
