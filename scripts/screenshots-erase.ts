// Node script (after the build: `npx tsx scripts/screenshots-erase.ts [outDir]`): a candidate's Delete
// confirmation, which says what is erased and what earlier backups keep, at 1024×640, 1280×800 and
// 1920×1080, light and dark, on the sample data. Default output: docs/screenshots/candidates/.
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'candidates'));

runScript(async () => {
  await withShotSession('hirebook-shots-erase-', async ({ openPage, testCore }) => {
    const list = await must<{ rows: { id: string }[] }>(testCore, 'candidates:list', {});
    const id = list.rows[0]?.id ?? '';
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of SHOT_SIZES) {
        const page = await openPage(size, `#/candidates/${id}`, { colorScheme });
        await page.getByRole('button', { name: 'Delete', exact: true }).click();
        await page.getByRole('alertdialog').waitFor();
        await shot(page, OUT, `erase-confirm-${colorScheme}-${sizeTag(size)}`);
        await page.close();
      }
    }
  });
});
