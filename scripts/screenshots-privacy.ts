// Node script (after the build: `npx tsx scripts/screenshots-privacy.ts [outDir]`): issue 18's screens on the
// retention history (tests/helpers/retention-seed.ts, dated back from today): Today's reminder, Due for
// deletion and its confirmation, Settings → Privacy, the privacy notice, a profile's More menu (Export
// everything about this person…, Anonymise…) and the Anonymise confirmation, and an anonymised profile — at
// 1024×640, 1280×800 and 1920×1080, light and dark. Default output: docs/screenshots/privacy/.
import path from 'node:path';
import { seedRetentionFolder } from '../tests/helpers/retention-seed';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'privacy'));
runScript(async () => {
  const seed = await seedRetentionFolder();
  await withShotSession(
    'hirebook-shots-privacy-',
    async ({ openPage, testCore }) => {
      await testCore.reopen(() => seed.swapInto(testCore.dataDir));
      await must(testCore, 'company:update', { name: 'Hearth & Crumb Bakery' });
      const person = seed.world.ids.di;
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const size of SHOT_SIZES) {
          const tag = `${colorScheme}-${sizeTag(size)}`;
          const page = await openPage(size, '#/today', { colorScheme });
          await page.getByText('Due for deletion').first().waitFor();
          await shot(page, OUT, `today-reminder-${tag}`);
          await page.close();

          const due = await openPage(size, '#/privacy/due', { colorScheme });
          await due.getByText('Select all').waitFor();
          await shot(due, OUT, `due-${tag}`);
          await due.getByText('Select all').click();
          await due.getByRole('button', { name: /^Erase \d+ (person|people)…$/ }).click();
          await due.getByRole('alertdialog').waitFor();
          await shot(due, OUT, `due-confirm-${tag}`);
          await due.close();

          const settings = await openPage(size, '#/settings', { colorScheme });
          const privacy = settings.getByRole('region', { name: 'Privacy' });
          await privacy.scrollIntoViewIfNeeded();
          await shot(settings, OUT, `settings-privacy-${tag}`);
          await settings.close();

          const notice = await openPage(size, '#/privacy/notice', { colorScheme });
          await notice.getByRole('button', { name: /Copy text/ }).waitFor();
          await shot(notice, OUT, `notice-${tag}`);
          await notice.close();

          const profile = await openPage(size, `#/candidates/${person}`, { colorScheme });
          await profile.getByRole('button', { name: /^More actions for / }).click();
          await profile.getByRole('menuitem', { name: 'Anonymise…' }).waitFor();
          await shot(profile, OUT, `profile-more-${tag}`);
          await profile.getByRole('menuitem', { name: 'Anonymise…' }).click();
          await profile.getByRole('alertdialog').waitFor();
          await shot(profile, OUT, `anonymise-confirm-${tag}`);
          await profile.close();
        }
      }
      // An anonymised profile: what is left.
      await must(testCore, 'candidates:anonymise', { id: person });
      for (const colorScheme of ['light', 'dark'] as const) {
        for (const size of SHOT_SIZES) {
          const page = await openPage(size, `#/candidates/${person}`, { colorScheme });
          await page.getByRole('heading', { level: 1, name: /^Anonymous candidate/ }).waitFor();
          await shot(page, OUT, `anonymised-profile-${colorScheme}-${sizeTag(size)}`);
          await page.close();
        }
      }
    },
    { sample: false },
  );
  seed.remove();
});
