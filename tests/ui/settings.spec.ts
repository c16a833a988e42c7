// Playwright UI: Settings: the company profile (with logo upload) is saved to SQLite; the data folder is shown.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

// A 1×1 PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

test('the company profile, including a logo, is saved and stored', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  await page.getByLabel('Company name').fill('Harbour Café');
  await page.getByLabel('Website').fill('https://harbourcafe.example');
  await page.getByLabel('Street address').fill('12 Harbour Street');
  await page.getByLabel('City').fill('Portland');
  await page.getByLabel('State or region').fill('ME');
  await page.getByLabel('Postal code').fill('04101');
  await page.getByLabel('Country').fill('United States');
  await page.getByLabel('Default currency').selectOption('EUR');
  await page.getByLabel('A4').check();
  await page.getByLabel('Logo').setInputFiles(await hb.file('logo.png', PNG));
  await expect(page.getByRole('img', { name: 'Company logo preview' })).toBeVisible();
  await page.getByRole('button', { name: 'Save company profile' }).click();
  await expect(page.getByText('Company profile saved')).toBeVisible();

  const sha = crypto.createHash('sha256').update(PNG).digest('hex');
  expect(hb.rows('SELECT name, website, address_street, address_city, address_region, address_postal_code, address_country, default_currency, paper_size, logo_sha256, logo_mime_type FROM companies')).toEqual([
    {
      name: 'Harbour Café',
      website: 'https://harbourcafe.example',
      address_street: '12 Harbour Street',
      address_city: 'Portland',
      address_region: 'ME',
      address_postal_code: '04101',
      address_country: 'United States',
      default_currency: 'EUR',
      paper_size: 'a4',
      logo_sha256: sha,
      logo_mime_type: 'image/png',
    },
  ]);
  expect(fs.readFileSync(path.join(hb.dataDir, 'attachments', sha))).toEqual(PNG);

  // Still there after a reload; then remove the logo.
  await page.reload();
  await expect(page.getByLabel('Company name')).toHaveValue('Harbour Café');
  await expect(page.getByRole('img', { name: 'Company logo preview' })).toBeVisible();
  await page.getByRole('button', { name: 'Remove logo' }).click();
  await expect(page.getByText('No logo')).toBeVisible();
  await page.getByRole('button', { name: 'Save company profile' }).click();
  await expect(page.getByText('Company profile saved')).toBeVisible();
  expect(hb.rows('SELECT logo_sha256 FROM companies')).toEqual([{ logo_sha256: null }]);
});

test('a logo that is too large or not an image is refused with a clear message', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  await page.getByLabel('Logo').setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(2 * 1024 * 1024 + 1) });
  await expect(page.getByText(/The logo must be 2 MB or smaller/)).toBeVisible();
  await page.getByLabel('Logo').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') });
  await expect(page.getByText('Use a PNG, JPEG or WebP image.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'Company logo preview' })).toHaveCount(0);
});

test('a bad website is explained beside the field', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  await page.getByLabel('Website').fill('ftp://example.com');
  await page.getByRole('button', { name: 'Save company profile' }).click();
  await expect(page.getByLabel('Website')).toHaveAccessibleDescription('Enter a web address starting with https://');
  await expect(page.getByLabel('Website')).toBeFocused();
});

test('Settings shows where the data lives', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/settings');
  const data = page.getByRole('region', { name: 'Data' });
  await expect(data.getByText(hb.dataDir, { exact: true })).toBeVisible();
  await expect(data.getByText(hb.databasePath, { exact: true })).toBeVisible();
  await expect(data).toContainText('Schema version');
  await expect(data).toContainText('0.1.0-test');
});
