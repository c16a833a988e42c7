// Node script part (called by scripts/screenshots.ts): the Candidates screens: the table with sample data,
// a profile with applications, a file and its timeline, the CSV import mapping step and the duplicate warning.
import type { Page } from '@playwright/test';
import type { TestCore } from '../tests/ui/harness';

type Shot = (page: Page, name: string) => Promise<string>;

async function dispatch<T>(testCore: TestCore, channel: string, input: unknown): Promise<T> {
  const result = await testCore.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value as T;
}

const CSV = [
  'Name,Email,Phone,Tags,Source',
  'Priya Raman,priya@example.com,+1 207 555 0142,"barista, weekends",Indeed',
  'Tomás Herrera,tomas@example.com,+1 207 555 0199,kitchen,Referral',
  'Grace Oyelaran,grace@example.com,,"front of house",Walk-in',
  'Lukas Meier,lukas.meier@example.com,+49 151 0000000,barista,Website',
  'Mei Chen,mei@example.com,+1 207 555 0110,"pastry, mornings",Indeed',
].join('\n');

export async function candidateShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>, shot: Shot): Promise<void> {
  await dispatch(testCore, 'candidates:import', {
    text: CSV,
    fileName: 'applicants.csv',
    mapping: { name: 0, email: 1, phone: 2, tags: 3, source: 4 },
    duplicates: 'skip',
    jobId: crypto.randomUUID(),
  });
  await open('#/candidates');
  await page.getByRole('table', { name: 'Candidates' }).getByRole('link').first().waitFor();
  await shot(page, 'candidates');

  const list = await dispatch<{ rows: { id: string; applicationCount: number }[] }>(testCore, 'candidates:list', { sort: 'rating', direction: 'desc', limit: 50 });
  const withApps = list.rows.find((r) => r.applicationCount > 0) ?? list.rows[0];
  if (!withApps) throw new Error('no candidates to show');
  const resume = 'Experienced barista and shift lead.\nContact: shifts.lead@mail.example\nhttps://portfolio.example/latte-art\n';
  await dispatch(testCore, 'attachments:add', { candidateId: withApps.id, kind: 'resume', fileName: 'resume.txt', base64: Buffer.from(resume).toString('base64') });
  await open(`#/candidates/${withApps.id}`);
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await shot(page, 'candidate-profile');

  await open('#/candidates');
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await page.getByLabel('CSV file').setInputFiles({ name: 'applicants.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV.replace(/,/g, ';')) });
  await page.getByRole('region', { name: 'Columns and first rows' }).waitFor();
  await shot(page, 'candidates-import');
  await page.keyboard.press('Escape');

  await open('#/candidates/new');
  await page.getByLabel('Full name').fill('Priya R.');
  await page.getByLabel('Email addresses').fill('priya@example.com');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await page.getByRole('button', { name: 'Merge into existing' }).first().waitFor();
  await shot(page, 'candidate-duplicates');
}
