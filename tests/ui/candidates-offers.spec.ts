// Playwright UI: a profile's application → "Offer…": the form starts from the role's salary fields, making the
// offer shows "Offer sent · open until …" on the row and "Offer made" on the timeline; the letter saves as a PDF
// whose text carries the pay; "Mark accepted" moves the card to Hired and marks the role filled, and the toast's
// Undo puts the card, the offer and the role back; a declined offer is opened again from the same dialog; the
// board's card carries the offer's status.
import fs from 'node:fs';
import { execFileSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

function pdfText(bytes: Buffer): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-offer-')), 'letter.pdf');
  fs.writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

test('Offer… makes an offer, saves its letter, and accepting it hires with Undo', async ({ hb }) => {
  const { page } = hb;
  await hb.call('company:update', { name: 'Bean There', paperSize: 'a4' });
  const role = await hb.call('roles:create', { title: 'Barista', status: 'open', openings: 1, salaryMin: 31500, salaryMax: 31500, salaryCurrency: 'GBP', salaryPeriod: 'year' });
  const { candidate } = await hb.call('candidates:create', { fullName: 'Dana Whitfield', emails: ['dana@example.com'], roleId: role.id });
  await hb.call('candidates:create', { fullName: 'Eli Moss', roleId: role.id });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  await page.getByRole('button', { name: 'Offer to Dana Whitfield for Barista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Offer to Dana Whitfield for Barista' });
  // From the role: one figure, its currency and period.
  await expect(dialog.getByLabel('Pay', { exact: true })).toHaveValue('31500');
  await expect(dialog.getByLabel('Currency')).toHaveValue('GBP');
  await expect(dialog.getByLabel('Pay period')).toHaveValue('year');
  // The dialog passes axe (labels, contrast of the status chip and buttons).
  await expectNoSeriousViolations(page);
  await dialog.getByLabel('Pay in your own words').fill('plus tips');
  await dialog.getByLabel('Start date').fill('2027-01-04');
  await dialog.getByLabel('Open until').fill('2099-12-18');
  await dialog.getByRole('button', { name: 'Make offer' }).click();
  await expect(page.getByText('Offer to Dana Whitfield made')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Offer sent · open until 18 Dec 2099')).toBeVisible();
  await expect(page.getByText('Offer made', { exact: true })).toBeVisible();
  await expect(page.getByText(/pay: £31,500 a year · plus tips · starts: 4 Jan 2027 · open until: 18 Dec 2099/)).toBeVisible();

  // The letter, as a PDF.
  await page.getByRole('button', { name: 'Offer to Dana Whitfield for Barista' }).click();
  await expect(dialog.getByRole('group', { name: 'Offer status' }).getByText('Offer sent')).toBeVisible();
  await expectNoSeriousViolations(page);
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Save letter as PDF' }).click()]);
  expect(download.suggestedFilename()).toBe('offer-dana-whitfield-barista.pdf');
  const text = pdfText(fs.readFileSync((await download.path()) ?? ''));
  expect(text).toContain('Dana Whitfield');
  expect(text).toContain('Pay: £31,500 a year · plus tips');
  expect(text).toContain('This offer is open until 18 December 2099.');

  // Accepted: Hired, the role filled; Undo puts everything back.
  await dialog.getByRole('button', { name: 'Mark accepted' }).click();
  await expect(page.getByText('Offer accepted. Dana Whitfield moved to Hired. Barista is marked filled.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Offer accepted', { exact: true }).first()).toBeVisible();
  expect(hb.rows('SELECT status FROM applications WHERE candidate_id = ?', candidate.id)).toEqual([{ status: 'hired' }]);
  expect(hb.rows('SELECT status FROM roles WHERE id = ?', role.id)).toEqual([{ status: 'filled' }]);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The offer is open again and Dana Whitfield is back where they were')).toBeVisible();
  expect(hb.rows('SELECT status FROM applications WHERE candidate_id = ?', candidate.id)).toEqual([{ status: 'active' }]);
  expect(hb.rows('SELECT status FROM roles WHERE id = ?', role.id)).toEqual([{ status: 'open' }]);
  expect(hb.rows('SELECT status FROM offers')).toEqual([{ status: 'sent' }]);
  await expect(page.getByText('Offer sent · open until 18 Dec 2099')).toBeVisible();

  // Declined, then opened again from the same dialog.
  await page.getByRole('button', { name: 'Offer to Dana Whitfield for Barista' }).click();
  await dialog.getByRole('button', { name: 'Mark declined' }).click();
  await expect(dialog.getByRole('group', { name: 'Offer status' }).getByText('Offer declined')).toBeVisible();
  await dialog.getByRole('button', { name: 'Open again' }).click();
  await expect(dialog.getByRole('group', { name: 'Offer status' }).getByText('Offer sent')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // The timeline keeps the decline; the row shows the offer open again.
  await expect(page.getByText('Offer declined', { exact: true })).toBeVisible();
  await expect(page.getByText('Offer sent · open until 18 Dec 2099')).toBeVisible();

  // The board's card says so too; Eli, with no offer, has no badge.
  await hb.open(`#/roles/${role.id}/pipeline`);
  const dana = page.getByTestId('board-card').filter({ hasText: 'Dana Whitfield' });
  await expect(dana.getByText('Offer sent', { exact: true })).toBeVisible();
  await expect(page.getByTestId('board-card').filter({ hasText: 'Eli Moss' }).getByText(/^Offer/)).toHaveCount(0);
});
