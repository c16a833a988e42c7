// Node script (`npx tsx scripts/screenshots-coach-fixes.ts`, after the build): the quality coach's fixes
// for a cliché flagged in two sections (a swap per place, and the box asking for the owner's own words)
// at 1024×640, 1280×800 and 1920×1080, into docs/screenshots/coach-fixes-<width>.png.
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, withShotSession } from './screenshot-kit';

const OUT = path.join(ROOT, 'docs', 'screenshots');

runScript(() =>
  withShotSession(
    'hirebook-shots-',
    async ({ testCore, openPage }) => {
      const errors: string[] = [];
      for (const size of SHOT_SIZES) {
        // A role of its own per size, so each shot shows the findings fresh.
        const { id: roleId } = await must<{ id: string }>(testCore, 'roles:create', { title: 'Line cook', department: 'Kitchen', status: 'open' });
        await must(testCore, 'descriptions:save', {
          roleId,
          sections: [
            { kind: 'summary', heading: 'Summary', html: '<p>Join our fast-paced environment every day and cook for the lunch crowd.</p>' },
            { kind: 'responsibilities', heading: 'Duties and responsibilities', html: '<ul><li><p>Stay calm in a fast-paced environment at lunch.</p></li><li><p>Keep your station clean.</p></li></ul>' },
          ],
        });
        const page = await openPage(size, `#/roles/${roleId}/description`);
        page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
        page.on('pageerror', (e) => errors.push(e.message));
        const cliches = page.locator('[data-finding="cliches"]');
        await cliches.getByRole('button', { name: /^Say how busy: .* in Summary$/ }).click();
        await cliches.getByRole('textbox').fill('kitchen of 150 covers');
        await cliches.scrollIntoViewIfNeeded();
        await shot(page, OUT, `coach-fixes-${size.width}`);
        await page.close();
      }
      if (errors.length > 0) throw new Error(`The page logged errors:\n${errors.join('\n')}`);
    },
    { sample: false },
  ),
);
