// Node script (tsx, after `npx electron-vite build`): the one rating scale on screen — the sample bakery's
// Barista board (José's card shows his scorecards' average, the others the owner's own word), José's card
// details dialog, the candidates table with its "Your rating" filter and José's profile — at 1024×640,
// 1280×800 and 1920×1080, into the folder given (default screenshots/ratings/).
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'screenshots', 'ratings'));

runScript(() =>
  withShotSession('hirebook-rating-shots-', async ({ testCore, openPage, open }) => {
    const roles = (await must<{ roles: { id: string; title: string }[] }>(testCore, 'roles:list', {})).roles;
    const barista = roles.find((r) => r.title === 'Barista');
    if (!barista) throw new Error('no Barista role in the sample data');
    const board = await must<{ cards: { candidateId: string; name: string }[] }>(testCore, 'pipeline:get', { roleId: barista.id });
    const jose = board.cards.find((c) => c.name.startsWith('José'));
    if (!jose) throw new Error('no José on the Barista board');
    for (const size of SHOT_SIZES) {
      const tag = sizeTag(size);
      const page = await openPage(size, `#/roles/${barista.id}/pipeline`);
      await page.getByTestId('board-card').first().waitFor();
      await shot(page, OUT, `ratings-board-${tag}`);
      await page.getByRole('button', { name: `Actions for ${jose.name}` }).click();
      await page.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
      await page.getByRole('dialog').getByText('Time in each stage').waitFor();
      await shot(page, OUT, `ratings-card-details-${tag}`);
      await page.keyboard.press('Escape');
      await open(page, '#/candidates');
      await page.getByRole('table', { name: 'Candidates' }).getByRole('link').first().waitFor();
      await shot(page, OUT, `ratings-candidates-${tag}`);
      await open(page, `#/candidates/${jose.candidateId}`);
      await page.getByRole('heading', { name: 'Applications' }).waitFor();
      await shot(page, OUT, `ratings-profile-${tag}`);
      await page.close();
    }
  }),
);
