// Node script (after the build: `npx tsx scripts/screenshots-talk.ts [outDir]`): the screens for talking to
// candidates and making offers, on the sample data — Settings → Appearance with the interview reminder, the
// message template editor, a profile's Offer… dialog
// and the application row with its offer, a board's bulk "Write to them…", Find anything finding a note,
// and the shortcuts sheet — at 1024×640, 1280×800 and 1920×1080, light and dark. Default output:
// docs/screenshots/talk/.
import path from 'node:path';
import { must, ROOT, runScript, shot, SHOT_SIZES, sizeTag, withShotSession } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(ROOT, 'docs', 'screenshots', 'talk'));

runScript(async () => {
  await withShotSession('hirebook-shots-talk-', async ({ openPage, testCore }) => {
    const list = await must<{ rows: { id: string; fullName: string }[] }>(testCore, 'candidates:list', { search: 'Amara' });
    const amara = list.rows[0];
    if (!amara) throw new Error('the sample data has no Amara');
    const profile = await must<{ applications: { id: string; roleId: string; roleTitle: string }[] }>(testCore, 'candidates:get', { id: amara.id });
    const application = profile.applications[0];
    if (!application) throw new Error('Amara has no application');
    await must(testCore, 'applications:note-add', { applicationId: application.id, body: 'Asked about the sourdough starter schedule; keen on early shifts.' });
    await must(testCore, 'offers:create', { applicationId: application.id, payAmount: 31500, payCurrency: 'GBP', payPeriod: 'year', startOn: '2027-01-04', expiresOn: '2099-12-18', note: 'Can start after notice.' });
    for (const colorScheme of ['light', 'dark'] as const) {
      for (const size of SHOT_SIZES) {
        const tag = `${colorScheme}-${sizeTag(size)}`;
        const settings = await openPage(size, '#/settings', { colorScheme });
        const appearance = settings.getByRole('region', { name: 'Appearance' });
        await appearance.getByText('Remind me 15 minutes before an interview').scrollIntoViewIfNeeded();
        await shot(settings, OUT, `settings-appearance-${tag}`);
        await settings.close();

        const templates = await openPage(size, '#/settings/messages', { colorScheme });
        await templates.getByRole('heading', { level: 1, name: 'Message templates' }).waitFor();
        await shot(templates, OUT, `templates-${tag}`);
        await templates.close();

        const person = await openPage(size, `#/candidates/${amara.id}`, { colorScheme });
        const offerButton = person.getByRole('button', { name: `Offer to ${amara.fullName} for ${application.roleTitle}` });
        await offerButton.waitFor();
        await shot(person, OUT, `profile-offer-row-${tag}`);
        await offerButton.click();
        await person.getByRole('dialog', { name: `Offer to ${amara.fullName} for ${application.roleTitle}` }).waitFor();
        await shot(person, OUT, `offer-dialog-${tag}`);
        await person.close();

        const board = await openPage(size, `#/roles/${application.roleId}/pipeline`, { colorScheme });
        const boxes = board.getByRole('checkbox', { name: /^Select / });
        await boxes.first().waitFor();
        for (let i = 0; i < 3; i += 1) await boxes.nth(i).click();
        await board.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Write to them…' }).click();
        await board.getByRole('dialog', { name: /^Write to \d+ people$/ }).waitFor();
        await shot(board, OUT, `board-write-${tag}`);
        await board.close();

        const find = await openPage(size, '#/roles', { colorScheme });
        await find.getByRole('heading', { level: 1, name: 'Roles' }).waitFor();
        await find.keyboard.press('Control+k');
        const palette = find.getByRole('dialog', { name: 'Find anything' });
        await palette.getByRole('combobox', { name: 'Find anything' }).pressSequentially('sourdough starter');
        await palette.getByRole('group', { name: 'Notes' }).getByRole('option').first().waitFor();
        await shot(find, OUT, `palette-notes-${tag}`);
        await find.keyboard.press('Escape');
        await find.keyboard.press('?');
        await find.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor();
        await shot(find, OUT, `shortcuts-${tag}`);
        await find.close();
      }
    }
  });
});
