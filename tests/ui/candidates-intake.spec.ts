// Playwright UI: the door for applicants. "Add from files…" on the Candidates screen (through the open
// dialog, from the keyboard) with a PDF and a Word résumé, a résumé without a name, a saved e-mail and a
// file that is none of those: progress, then a report of who was added, who needs a look and why, who may
// already be here (with Merge) and what was refused; the "Needs a look" filter. Files dropped on a role's
// board land in its first stage. Screenshots of the report at three window sizes.
import { makePdf } from '../fixtures/candidates/make-pdf';
import { makeEml } from '../fixtures/intake/make-eml';
import { makeDocx } from '../fixtures/jd/make-docx';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

// Each file is read in a worker thread of its own; on a busy machine that takes a few seconds a file.
const BATCH_MS = 120_000;

test('files picked on the Candidates screen become candidates, with a report and a review list', async ({ hb }, testInfo) => {
  test.setTimeout(4 * BATCH_MS);
  const { page } = hb;
  const { candidate: bo } = await hb.call('candidates:create', { fullName: 'Bo Chan' });
  const files = [
    await hb.file('amara.pdf', makePdf(['Amara Okafor', 'amara.okafor@example.com  +1 (503) 555-0142', 'Croissant lamination'])),
    await hb.file('bo-chen.docx', makeDocx([{ kind: 'paragraph', text: 'Bo Chen' }, { kind: 'paragraph', text: 'bo.chen@example.org' }])),
    await hb.file('kim_lee_cv.txt', 'Barista, 3 years\nkim@example.net\nLatte art'),
    await hb.file(
      'Application.eml',
      makeEml({
        from: '"Dana Whitfield" <dana.w@example.com>',
        subject: 'Barista <application>',
        text: 'Hello, my CV is attached.',
        attachments: [{ fileName: 'dana.pdf', contentType: 'application/pdf', bytes: makePdf(['Dana Whitfield', '(541) 555-0199']) }],
      }),
    ),
    await hb.file('budget.xlsx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0])),
  ];
  await hb.open('#/candidates');
  hb.platform.nextFiles = files;
  const add = page.getByRole('button', { name: 'Add from files…' });
  await add.focus();
  await page.keyboard.press('Enter');

  // Progress first, with the file being read.
  await expect(page.getByRole('dialog', { name: 'Adding candidates from files' }).getByRole('progressbar', { name: 'Files read' })).toBeVisible();
  const dialog = page.getByRole('dialog', { name: 'Candidates added from files' });
  await expect(dialog).toContainText('Added 4 new candidates, merged 0, refused 1.', { timeout: BATCH_MS });
  const needsLook = dialog.getByRole('list', { name: 'Candidates who need a look' });
  await expect(needsLook).toContainText('Kim Lee');
  // "Latte art" is no name (the résumé rules see a skill), so the file's name stands in and asks for a look.
  await expect(needsLook).toContainText('No name was found in the résumé; "Kim Lee" was taken from the file name.');
  const added = dialog.getByRole('list', { name: 'Candidates added' });
  await expect(added).toContainText('Amara Okafor');
  await expect(added).toContainText('Dana Whitfield');
  // Escaped as text: the subject's angle brackets are not markup.
  await expect(added).toContainText('May be the same person as Bo Chan');
  await expect(dialog.getByRole('list', { name: 'Files refused' })).toContainText('budget.xlsx');
  await expect(dialog.getByRole('list', { name: 'Files refused' })).toContainText('Hirebook reads résumés saved as PDF, Word (.docx) or plain text');
  await expectNoSeriousViolations(page);

  for (const [width, height] of [[1024, 640], [1280, 800], [1920, 1080]] as const) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: testInfo.outputPath(`intake-report-${width}x${height}.png`) });
  }

  await added.getByRole('button', { name: 'Merge Bo Chen into Bo Chan' }).click();
  await expect(added).toContainText('Merged into Bo Chan.');
  expect(hb.rows<{ email: string }>('SELECT email FROM candidate_emails WHERE candidate_id = ?', bo.id).map((r) => r.email)).toEqual(['bo.chen@example.org']);
  const names = hb.rows<{ full_name: string }>('SELECT full_name FROM candidates ORDER BY full_name').map((r) => r.full_name);
  expect(names).toEqual(['Amara Okafor', 'Bo Chan', 'Dana Whitfield', 'Kim Lee']);
  expect(hb.rows<{ n: number }>("SELECT count(*) AS n FROM candidate_tags WHERE tag = 'needs a look'")).toEqual([{ n: 1 }]);
  expect(hb.rows<{ file_name: string }>('SELECT file_name FROM attachments ORDER BY file_name').map((r) => r.file_name)).toEqual([
    'Barista application.txt',
    'amara.pdf',
    'bo-chen.docx',
    'dana.pdf',
    'kim_lee_cv.txt',
  ]);

  await dialog.getByRole('button', { name: 'Review 1 candidate' }).click();
  await expect(page.getByRole('checkbox', { name: 'Needs a look' })).toBeChecked();
  await expect(page.getByText('1 candidate match')).toBeVisible();
  await expect(page.getByRole('main')).toContainText('Kim Lee');
  await page.getByRole('checkbox', { name: 'Needs a look' }).uncheck();
  await expect(page.getByText('4 candidates')).toBeVisible();
});

test('files dropped on a role’s board join its first stage', async ({ hb }) => {
  test.setTimeout(3 * BATCH_MS);
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Barista', status: 'open' });
  await hb.file('amara.pdf', makePdf(['Amara Okafor', 'amara@example.com']));
  await hb.file('notes.txt', 'shift notes only');
  await hb.open(`#/roles/${role.id}/pipeline`);
  await expect(page.getByText('0 candidates on the board')).toBeVisible();
  const pdf = makePdf(['Amara Okafor', 'amara@example.com']).toString('base64');
  // A string runs in the page (the tests are compiled without DOM types): the owner drops two files.
  await page.evaluate(`(() => {
    const target = document.querySelector('.pipeline-page');
    const transfer = new DataTransfer();
    const bytes = Uint8Array.from(atob('${pdf}'), (c) => c.charCodeAt(0));
    transfer.items.add(new File([bytes], 'amara.pdf', { type: 'application/pdf' }));
    transfer.items.add(new File(['shift notes only'], 'notes.txt', { type: 'text/plain' }));
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }));
    }
  })()`);
  const dialog = page.getByRole('dialog', { name: 'Candidates added from files' });
  await expect(dialog).toContainText('Added 2 new candidates, merged 0, refused 0.', { timeout: BATCH_MS });
  await expect(dialog.getByRole('list', { name: 'Candidates who need a look' })).toContainText('No e-mail address or phone number was found in the résumé.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByText('2 candidates on the board')).toBeVisible();
  const applied = hb.rows<{ name: string; stage: string }>(
    'SELECT c.full_name AS name, s.name AS stage FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN pipeline_stages s ON s.id = a.stage_id ORDER BY name',
  );
  expect(applied).toEqual([
    { name: 'Amara Okafor', stage: 'Applied' },
    { name: 'Notes', stage: 'Applied' },
  ]);
});
