// Node script (after the build: `npx tsx scripts/screenshots-find.ts [outDir]`): issue 19's screens on the
// sample data: Find anything (Ctrl+K) empty and with results, the keyboard shortcuts sheet, and a profile's
// "Write to them…" draft — at 1024×640, 1280×800 and 1920×1080, light and dark. Default output:
// docs/screenshots/find/.
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'find'));

runScript(async () => {
  await withShotSession('hirebook-shots-find-', async ({ openPage, testCore }) => {
    const list = await must<{ rows: { id: string; fullName: string }[] }>(testCore, 'candidates:list', { search: 'Amara' });
    const amara = list.rows[0];
    if (!amara) throw new Error('the sample data has no Amara');
    const profile = await must<{ applications: { roleTitle: string }[] }>(testCore, 'candidates:get', { id: amara.id });
    const role = profile.applications[0]?.roleTitle ?? '';
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of SHOT_SIZES) {
        const tag = `${colorScheme}-${sizeTag(size)}`;
        const page = await openPage(size, '#/roles', { colorScheme });
        await page.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
        await page.keyboard.press('Control+k');
        const palette = page.getByRole('dialog', { name: 'Find anything' });
        await palette.waitFor();
        await shot(page, OUT, `palette-empty-${tag}`);
        await palette.getByRole('combobox', { name: 'Find anything' }).pressSequentially('amara');
        await palette.getByRole('group', { name: 'Candidates' }).getByRole('option').first().waitFor();
        await shot(page, OUT, `palette-results-${tag}`);
        await page.keyboard.press('Escape');
        await page.keyboard.press('?');
        await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
        await shot(page, OUT, `shortcuts-${tag}`);
        await page.close();

        const write = await openPage(size, `#/candidates/${amara.id}`, { colorScheme });
        await write.getByRole('button', { name: `Write to ${amara.fullName} about ${role}` }).click();
        await write.getByRole('dialog', { name: `Write to ${amara.fullName} about ${role}` }).waitFor();
        await shot(write, OUT, `write-${tag}`);
        await write.close();
      }
    }
  });
});
