// Node script (after the build: `npx tsx scripts/screenshots-privacy.ts [outDir]`): issue 18's screens on the
// retention history (tests/helpers/retention-seed.ts, dated back from today): Today's reminder, Due for
// deletion and its confirmation, Settings → Privacy, the privacy notice, a profile's More menu (Export
// everything about this person…, Anonymise…) and the Anonymise confirmation, and an anonymised profile — at
// 1024×640, 1280×800 and 1920×1080, light and dark. Default output: docs/screenshots/privacy/.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCore } from '../electron/core';
import { seedRetention } from '../tests/helpers/retention-seed';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'privacy'));
const quiet = { error: () => undefined, warn: () => undefined, info: () => undefined };

/** The retention history laid down on a core with a movable clock, in a folder of its own. */
async function seedFolder(): Promise<{ dir: string; ids: Record<string, string> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-shots-privacy-seed-'));
  const now = Date.now();
  let clock = now;
  const core = createCore({ dataDir: dir, runtime: 'node', logger: quiet, now: () => new Date(clock) });
  const file = (name: string, text: string) => {
    const at = path.join(dir, name);
    fs.writeFileSync(at, text);
    return at;
  };
  const world = await seedRetention(core, (ms) => { clock = ms; }, now, file);
  await core.close();
  return { dir, ids: world.ids };
}

runScript(async () => {
  const seed = await seedFolder();
  await withShotSession(
    'hirebook-shots-privacy-',
    async ({ openPage, testCore }) => {
      await testCore.reopen(() => {
        for (const name of ['hirebook.db', 'hirebook.db-wal', 'hirebook.db-shm']) fs.rmSync(path.join(testCore.dataDir, name), { force: true });
        for (const name of ['hirebook.db', 'hirebook.db-wal']) {
          if (fs.existsSync(path.join(seed.dir, name))) fs.copyFileSync(path.join(seed.dir, name), path.join(testCore.dataDir, name));
        }
        fs.cpSync(path.join(seed.dir, 'attachments'), path.join(testCore.dataDir, 'attachments'), { recursive: true });
      });
      await must(testCore, 'company:update', { name: 'Hearth & Crumb Bakery' });
      const person = seed.ids.di ?? '';
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
  fs.rmSync(seed.dir, { recursive: true, force: true });
});
