// Node script (after the build: `npx tsx scripts/screenshots-reports.ts [outDir]`): Today and Reports on the
// sample data (and Today on an empty folder), and the board a waiting candidate's item opens, at 1024×640,
// 1280×800 and 1920×1080, light and dark; the
// printed reports page as a PDF beside them (render it with `pdftoppm -png -r 60`). Default output:
// docs/screenshots/reports/.
import fs from 'node:fs';
import path from 'node:path';
import { format, subDays } from 'date-fns';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'reports'));

runScript(async () => {
  await withShotSession('hirebook-shots-reports-', async ({ openPage, testCore }) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of SHOT_SIZES) {
        const page = await openPage(size, '#/reports', { colorScheme });
        await page.getByRole('region', { name: 'Pipeline funnel', exact: true }).waitFor();
        await shot(page, OUT, `reports-${colorScheme}-${sizeTag(size)}`);
        // Leaving Today marks applicants seen; Today is shot from a fresh load of its own.
        await page.goto(page.url().replace(/#.*$/, '#/'));
        await page.getByRole('heading', { level: 1, name: 'Today' }).waitFor();
        await page.locator('.today-grid').waitFor();
        await shot(page, OUT, `today-${colorScheme}-${sizeTag(size)}`);
        // A waiting candidate opens their card on the board: scrolled to, focused and ringed.
        await page.getByRole('region', { name: /^Waiting/ }).locator('.today-item-main').first().click();
        await page.locator('.board-card-spotlit').waitFor();
        await shot(page, OUT, `today-to-board-${colorScheme}-${sizeTag(size)}`);
        await page.close();
      }
    }
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const query = { from: format(subDays(new Date(), 89), 'yyyy-MM-dd'), to: format(new Date(), 'yyyy-MM-dd'), timeZone };
    const pdf = await must<{ base64: string }>(testCore, 'reports:pdf', query);
    fs.writeFileSync(path.join(OUT, 'reports-print.pdf'), Buffer.from(pdf.base64, 'base64'));
    console.log(`  ${path.relative(ROOT, path.join(OUT, 'reports-print.pdf'))}`);
  });
  await withShotSession(
    'hirebook-shots-today-empty-',
    async ({ openPage }) => {
      const page = await openPage({ width: 1280, height: 800 }, '#/');
      await page.getByRole('heading', { name: 'Welcome to Hirebook' }).waitFor();
      await shot(page, OUT, 'today-first-run-light-1280x800');
      await page.close();
    },
    { sample: false },
  );
});
