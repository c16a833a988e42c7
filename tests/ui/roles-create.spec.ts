// Playwright UI: creating a role through the form, seeing it listed, surviving a reload, and landing in SQLite.
import { expect, test } from './fixtures';

test('a new role typed into the form is listed, survives a reload, and is stored with the typed values', async ({ hb }) => {
  const { page } = hb;
  await hb.open();
  await expect(page.getByRole('heading', { name: 'No roles yet' })).toBeVisible();

  await page.getByRole('button', { name: 'New role' }).first().click();
  await expect(page.getByRole('heading', { name: 'New role' })).toBeVisible();
  await page.getByLabel('Job title').fill('Weekend Barista');
  await page.getByLabel('Department').fill('Front of house');
  await page.getByLabel('Hiring manager').fill('Maya Lopez');
  await page.getByLabel('Employment type').selectOption({ label: 'Part-time' });
  await page.getByLabel('Status').selectOption({ label: 'Open' });
  await page.getByLabel('Openings').fill('2');
  await page.getByLabel('Workplace').selectOption({ label: 'Hybrid' });
  await page.getByLabel('Street address').fill('12 Harbour Street');
  await page.getByLabel('City').fill('Portland');
  await page.getByLabel('State or region').fill('Maine');
  await page.getByLabel('Postal code').fill('04101');
  await page.getByLabel('Country').fill('United States');
  await page.getByLabel('Minimum salary').fill('18');
  await page.getByLabel('Maximum salary').fill('22.5');
  await page.getByLabel('Currency').selectOption('EUR');
  await page.getByLabel('Pay period').selectOption({ label: 'per hour' });
  await page.getByLabel('Posting date').fill('2026-03-01');
  await page.getByLabel('Closing date').fill('2026-03-31');
  await page.getByLabel('Application email').fill('jobs@harbourcafe.example');
  await page.getByLabel('Application web address').fill('https://harbourcafe.example/jobs');
  await page.getByLabel('Instructions').fill('Drop by with your résumé before 11am.');
  await page.getByRole('button', { name: 'Save role' }).click();

  await expect(page.getByText('Created “Weekend Barista”')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'Weekend Barista' });
  await expect(row).toContainText('Front of house');
  await expect(row).toContainText('Portland, Maine');
  await expect(row).toContainText('Hybrid');
  await expect(row).toContainText('Part-time');
  await expect(row).toContainText('Open');
  await expect(row).toContainText('31 Mar 2026');

  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: 'Weekend Barista' })).toBeVisible();

  const stored = hb.rows('SELECT * FROM roles');
  expect(stored).toHaveLength(1);
  expect(stored[0]).toMatchObject({
    title: 'Weekend Barista',
    department: 'Front of house',
    hiring_manager: 'Maya Lopez',
    employment_type: 'part_time',
    status: 'open',
    openings: 2,
    workplace: 'hybrid',
    location_street: '12 Harbour Street',
    location_city: 'Portland',
    location_region: 'Maine',
    location_postal_code: '04101',
    location_country: 'United States',
    salary_min: 18,
    salary_max: 22.5,
    salary_currency: 'EUR',
    salary_period: 'hour',
    posted_on: '2026-03-01',
    closes_on: '2026-03-31',
    apply_email: 'jobs@harbourcafe.example',
    apply_url: 'https://harbourcafe.example/jobs',
    apply_instructions: 'Drop by with your résumé before 11am.',
    archived_at: null,
  });
});

test('a remote role keeps the countries applicants may live in', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/roles/new');
  await page.getByLabel('Job title').fill('Remote bookkeeper');
  await expect(page.getByLabel('Applicants may live in')).toHaveCount(0);
  await page.getByLabel('Workplace').selectOption({ label: 'Remote' });
  await page.getByLabel('Applicants may live in').fill('Canada, United States ,  Mexico');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('row').filter({ hasText: 'Remote bookkeeper' })).toContainText('Remote');
  const [row] = hb.rows<{ workplace: string; remote_countries: string }>('SELECT workplace, remote_countries FROM roles');
  expect(row?.workplace).toBe('remote');
  expect(JSON.parse(row?.remote_countries ?? '[]')).toEqual(['Canada', 'United States', 'Mexico']);
});

test('a new role starts in the company default currency', async ({ hb }) => {
  await hb.call('company:update', { defaultCurrency: 'GBP' });
  await hb.open('#/roles/new');
  await expect(hb.page.getByLabel('Currency')).toHaveValue('GBP');
});
