// Node script (after the build: `npx tsx scripts/screenshots-sample-undo.ts`): the sample badges and the
// Undo toasts at 1024×640, 1280×800 and 1920×1080 — the roles list, a board after "Mark as hired", and
// Settings → Data with the "Remove sample data" confirmation — into screenshots/sample-undo/.
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.join(ROOT, 'screenshots', 'sample-undo');

runScript(async () => {
  // A fresh sample per size: the last shots remove it.
  for (const size of SHOT_SIZES) {
    await withShotSession('hirebook-shots-', async ({ testCore, openPage, open }) => {
      const tag = sizeTag(size);
      const page = await openPage(size, '#/roles');
      await page.getByRole('link', { name: 'Head Baker', exact: true }).waitFor();
      await shot(page, OUT, `roles-${tag}`);
      const { roles } = await must<{ roles: { id: string; title: string }[] }>(testCore, 'roles:list', {});
      const headBaker = roles.find((r) => r.title === 'Head Baker')?.id ?? '';
      await open(page, `#/roles/${headBaker}/pipeline`);
      await page.getByRole('button', { name: 'Actions for Amara Okafor' }).click();
      await page.getByRole('menuitem', { name: 'Mark as hired' }).click();
      await page.getByText('Marked Amara Okafor as hired').waitFor();
      await shot(page, OUT, `board-hired-undo-${tag}`);
      await open(page, '#/settings');
      await page.getByRole('button', { name: 'Remove sample data' }).scrollIntoViewIfNeeded();
      await shot(page, OUT, `settings-data-${tag}`);
      await page.getByRole('button', { name: 'Remove sample data' }).click();
      await page.getByRole('alertdialog').waitFor();
      await shot(page, OUT, `settings-remove-confirm-${tag}`);
      await page.getByRole('alertdialog').getByRole('button', { name: 'Remove sample data' }).click();
      await page.getByText(/^Removed the sample data/).waitFor();
      await shot(page, OUT, `settings-removed-${tag}`);
      await page.close();
    });
  }
});
