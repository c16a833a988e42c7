// Node script part (called by scripts/screenshots.ts): the Candidates screens: the table with sample data,
// a profile with applications, a file and its timeline, a PDF résumé in the preview, the CSV import mapping
// step and the duplicate warning.
import type { Page } from '@playwright/test';
import type { TestCore } from '../tests/ui/harness';
import { must } from './screenshot-kit';

type Shot = (page: Page, name: string) => Promise<string>;

const CSV = [
  'Name,Email,Phone,Tags,Source',
  'Priya Raman,priya@example.com,+1 207 555 0142,"barista, weekends",Indeed',
  'Tomás Herrera,tomas@example.com,+1 207 555 0199,kitchen,Referral',
  'Grace Oyelaran,grace@example.com,,"front of house",Walk-in',
  'Lukas Meier,lukas.meier@example.com,+49 151 0000000,barista,Website',
  'Mei Chen,mei@example.com,+1 207 555 0110,"pastry, mornings",Indeed',
].join('\n');

const RESUME_HTML = `<body style="font:15px Georgia,serif;margin:56px;color:#222"><h1 style="margin:0">Priya Raman</h1>
<p style="color:#555">Portland, Maine · priya@example.com · +1 207 555 0142</p><h3>Experience</h3>
<p><b>Head barista</b>, Harbor Street Coffee, 2021–now: trained twelve baristas; cut the morning queue by a third.</p>
<p><b>Barista</b>, Green Bean Co., 2018–2021: opened the shop five days a week; latte art throwdown winner 2020.</p>
<h3>Skills</h3><p>Espresso dialing · Pour-over · Inventory · Scheduling · Spanish (conversational)</p></body>`;

/** A résumé printed to PDF by Chromium, added to the candidate and opened in the in-app preview. */
async function previewShot(page: Page, testCore: TestCore, candidateId: string, open: (hash: string) => Promise<void>, shot: Shot): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('no browser to print the résumé');
  const printer = await browser.newPage();
  await printer.setContent(RESUME_HTML);
  const pdf = await printer.pdf({ format: 'Letter' });
  await printer.close();
  await must(testCore, 'attachments:add', { candidateId, kind: 'resume', fileName: 'priya-raman-resume.pdf', base64: Buffer.from(pdf).toString('base64') });
  await open(`#/candidates/${candidateId}`);
  await page.getByRole('button', { name: 'Preview priya-raman-resume.pdf' }).click();
  await page.getByText('Page 1 of 1').waitFor();
  await page.locator('.pdf-page[data-page="1"] canvas[data-drawn]').waitFor();
  await shot(page, 'candidate-file-preview');
  await page.keyboard.press('Escape');
}

export async function candidateShots(page: Page, testCore: TestCore, open: (hash: string) => Promise<void>, shot: Shot): Promise<void> {
  await must(testCore, 'candidates:import', {
    text: CSV,
    fileName: 'applicants.csv',
    mapping: { name: 0, email: 1, phone: 2, tags: 3, source: 4 },
    duplicates: 'skip',
    jobId: crypto.randomUUID(),
  });
  await open('#/candidates');
  await page.getByRole('table', { name: 'Candidates' }).getByRole('link').first().waitFor();
  await shot(page, 'candidates');

  const list = await must<{ rows: { id: string; applicationCount: number }[] }>(testCore, 'candidates:list', { sort: 'rating', direction: 'desc', limit: 50 });
  const withApps = list.rows.find((r) => r.applicationCount > 0) ?? list.rows[0];
  if (!withApps) throw new Error('no candidates to show');
  const resume = 'Experienced barista and shift lead.\nContact: shifts.lead@mail.example\nhttps://portfolio.example/latte-art\n';
  await must(testCore, 'attachments:add', { candidateId: withApps.id, kind: 'resume', fileName: 'resume.txt', base64: Buffer.from(resume).toString('base64') });
  await open(`#/candidates/${withApps.id}`);
  await page.getByRole('heading', { name: 'Timeline' }).waitFor();
  await shot(page, 'candidate-profile');

  await previewShot(page, testCore, withApps.id, open, shot);

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
