// Node script (`tsx scripts/screenshots-roles.ts`, after the build): the Roles list as a hiring overview
// (counts, Edit and the More menu) and a board's Add candidate dialog at 1024×640, 1280×800 and 1920×1080,
// through the UI test harness, into screenshots/roles-overview/ (three of them are kept in docs/screenshots/).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { offerFile } from '../tests/ui/harness';
import { ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.join(ROOT, 'screenshots', 'roles-overview');

runScript(() =>
  withShotSession('hirebook-roles-shots-', async ({ testCore, openPage }) => {
    const resume = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-resume-')), 'ana-lima-resume.txt');
    fs.writeFileSync(resume, 'Ana Lima\nana.lima@example.com\nBarista, four years.\n');
    for (const size of SHOT_SIZES) {
      const tag = sizeTag(size);
      const page = await openPage(size, '#/roles');
      await page.getByRole('table').waitFor();
      await shot(page, OUT, `roles-${tag}`);
      const firstRow = page.getByRole('row').nth(1);
      await firstRow.getByRole('button', { name: /^More actions for / }).click();
      await page.getByRole('menu').waitFor();
      await shot(page, OUT, `roles-more-${tag}`);
      await page.keyboard.press('Escape');
      await firstRow.getByRole('link').click();
      await page.getByRole('button', { name: 'Add candidate' }).waitFor();
      await page.getByRole('button', { name: 'Add candidate' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.waitFor();
      await shot(page, OUT, `add-candidate-${tag}`);
      await dialog.getByLabel('Full name').fill('Ana Lima');
      await dialog.getByLabel('Email address').fill('not-an-address');
      await offerFile(page, testCore, resume);
      await dialog.getByLabel('Résumé file').setInputFiles(resume);
      await dialog.getByRole('button', { name: 'Add candidate' }).click();
      await dialog.getByText('Enter a valid email address').waitFor();
      await shot(page, OUT, `add-candidate-errors-${tag}`);
      await page.close();
    }
  }),
);
