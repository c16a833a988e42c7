// Playwright UI: a candidate's profile: attach résumés (TXT and PDF) and find them by a word from the file,
// confirm a found email, add them to two roles, reactivate a rejected application, and an axe check.
import { makePdf } from '../fixtures/candidates/make-pdf';
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('a résumé added on the profile makes the candidate findable by its words, and found details can be confirmed', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Dana Whitfield', emails: ['dana@example.com'] });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  const resume = 'Dana Whitfield\ndana.w@fastmail.example\nSommelier with ten years of Burgundy cellar work.\n';
  await page.getByLabel('Choose a file to add').setInputFiles(await hb.file('dana-resume.txt', resume));
  await expect(page.getByRole('region', { name: 'Files', exact: true })).toContainText('dana-resume.txt');
  const found = page.getByRole('region', { name: 'Found in the file' });
  await expect(found).toContainText('dana.w@fastmail.example');
  await found.getByRole('button', { name: 'Add email dana.w@fastmail.example' }).click();
  await expect(page.getByRole('link', { name: 'dana.w@fastmail.example' })).toBeVisible();
  expect(hb.rows<{ email: string }>('SELECT email FROM candidate_emails ORDER BY position').map((r) => r.email)).toEqual(['dana@example.com', 'dana.w@fastmail.example']);

  await page.getByLabel('File kind').selectOption({ label: 'Cover letter' });
  await page.getByLabel('Choose a file to add').setInputFiles(await hb.file('letter.pdf', makePdf(['Dear owner,', 'I love pastry lamination.'])));
  const files = page.getByRole('region', { name: 'Files', exact: true });
  await expect(files).toContainText('letter.pdf');
  await expect(files).toContainText('Cover letter');
  expect(hb.rows<{ kind: string }>('SELECT kind FROM attachments ORDER BY created_at').map((r) => r.kind)).toEqual(['resume', 'cover_letter']);
  await expect(page.getByText('File added').first()).toBeVisible();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await page.getByLabel('Search candidates').fill('burgundy');
  await expect(page.getByText('1 candidate match')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Dana Whitfield' })).toBeVisible();
  await page.getByLabel('Search candidates').fill('lamination');
  await expect(page.getByText('1 candidate match')).toBeVisible();
  await page.getByLabel('Search candidates').fill('zeppelin');
  await expect(page.getByText('0 candidates match')).toBeVisible();
});

test('a file over 20 MB is refused with a clear message before it is sent', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Eli Park' });
  await hb.open(`#/candidates/${candidate.id}`);
  // The file is made inside the page (sending 21 MB through the test driver takes half a minute).
  // A string runs in the page (the tests are compiled without DOM types).
  await page.evaluate(`(() => {
    const input = document.querySelector('input[aria-label="Choose a file to add"]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.pdf', { type: 'application/pdf' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  })()`);
  await expect(page.getByRole('alert').filter({ hasText: 'over the 20 MB limit' })).toContainText('huge.pdf');
  expect(hb.rows('SELECT id FROM attachments')).toHaveLength(0);
});

test('a candidate is added to two roles, links to their boards, and a rejected application comes back', async ({ hb }) => {
  const { page } = hb;
  const cook = await hb.call('roles:create', { title: 'Line cook', status: 'open' });
  const host = await hb.call('roles:create', { title: 'Host', status: 'open' });
  await hb.call('roles:create', { title: 'Dishwasher', status: 'open' });
  const { candidate } = await hb.call('candidates:create', { fullName: 'Farah Nasser', tags: ['evenings'], summary: 'Worked two summers at the harbour grill.' });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(page.getByText('Not in any role yet')).toBeVisible();

  await page.getByRole('button', { name: 'Add to roles…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add Farah Nasser to roles' });
  await dialog.getByLabel('Line cook').check();
  await dialog.getByLabel('Host').check();
  await dialog.getByRole('button', { name: 'Add to 2 roles' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Line cook' })).toHaveAttribute('href', `#/roles/${cook.id}/pipeline`);
  await expect(page.getByRole('link', { name: 'Host' })).toHaveAttribute('href', `#/roles/${host.id}/pipeline`);
  const apps = hb.rows<{ role_id: string; status: string }>('SELECT role_id, status FROM applications WHERE candidate_id = ? ORDER BY role_id', candidate.id);
  expect(apps.map((a) => a.role_id).sort()).toEqual([cook.id, host.id].sort());
  expect(apps.every((a) => a.status === 'active')).toBe(true);
  await expect(page.getByText('Added to a role')).toHaveCount(2);

  const [reason] = (await hb.call('rejection-reasons:list', {})).reasons;
  const appId = hb.rows<{ id: string }>('SELECT id FROM applications WHERE role_id = ?', host.id)[0]?.id ?? '';
  await hb.call('applications:reject', { applicationIds: [appId], reasonId: reason?.id ?? '' });
  await page.reload();
  await expect(page.locator('.app-item').filter({ hasText: 'Host' })).toContainText('Rejected');
  await page.getByRole('button', { name: 'Reactivate for Host' }).click();
  await expect(page.locator('.app-item').filter({ hasText: 'Host' })).toContainText('Active');
  expect(hb.rows<{ status: string }>('SELECT status FROM applications WHERE id = ?', appId)[0]?.status).toBe('active');

  await expectNoSeriousViolations(page);
});

test('a file with nothing on disk behind it (bytes only, as some apps drag out) is refused in plain words; nothing is stored', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Noor Haddad' });
  await hb.open(`#/candidates/${candidate.id}`);
  // Not offered to the page, so the bridge finds no path for it, as Electron's webUtils would not.
  await page.getByLabel('Choose a file to add').setInputFiles({ name: 'from-mail.txt', mimeType: 'text/plain', buffer: Buffer.from('Noor Haddad') });
  await expect(page.getByRole('alert').filter({ hasText: 'from-mail.txt' })).toContainText('Save it to a folder first, then add it from that folder.');
  expect(hb.rows('SELECT id FROM attachments')).toHaveLength(0);
});

test('Delete on the profile says what is erased and what backups keep, then the person is gone from the list and the data folder', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Qzxerase Person', emails: ['qzxerase@example.com'] });
  await hb.open(`#/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'Delete “Qzxerase Person”?' });
  await expect(dialog).toContainText('erased for good, down to the bytes of the data file');
  // Which backups hold them is read as the dialog opens: none here, they were added after the last one.
  await expect(dialog).toContainText('No backup in the backups folder or the second folder holds this person.');
  await dialog.getByRole('button', { name: 'Delete candidate' }).click();
  await expect(page.getByText('Deleted “Qzxerase Person”')).toBeVisible();
  // The notice names the backups that still hold them (backup:holding): none here, made before they existed.
  await expect(page.getByText('No backup in the backups folder or the second folder holds this person.')).toBeVisible();
  expect(hb.rows('SELECT id FROM candidates WHERE id = ?', candidate.id)).toEqual([]);
  // The search index's own rows keep nothing of them (the raw bytes are checked in tests/db/erase-bytes.test.ts).
  expect(hb.rows("SELECT id FROM candidates_fts_data WHERE instr(block, CAST('qzxerase' AS BLOB)) > 0")).toEqual([]);
});

test('More → Anonymise… on the profile says what stays and what goes; the figures stay, the personal details are erased', async ({ hb }) => {
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Pastry cook', status: 'open' });
  const { candidate } = await hb.call('candidates:create', { fullName: 'Qzxanon Person', emails: ['qzxanon@example.com'], summary: 'Qzxanon summary', source: 'referral', roleId: role.id });
  const applicationId = candidate.applications[0]?.id ?? '';
  await hb.call('applications:note-add', { applicationId, body: 'Qzxanon note' });
  // An automatic backup made now holds them (the one at quit after changes).
  await hb.call('backup:auto', { reason: 'quit' });
  await hb.open(`#/candidates/${candidate.id}`);

  // Cancel changes nothing.
  const anonymiseItem = async () => {
    await page.getByRole('button', { name: 'More actions for Qzxanon Person' }).click();
    await page.getByRole('menuitem', { name: 'Anonymise…' }).click();
  };
  await anonymiseItem();
  const dialog = page.getByRole('alertdialog', { name: 'Anonymise “Qzxanon Person”?' });
  await expect(dialog).toContainText('Stays, for the reports: their application with every stage move and its date');
  await expect(dialog).toContainText('Goes, for good: their name, emails, phones');
  await expect(dialog).toContainText('This cannot be undone.');
  await expect(dialog).toContainText(/1 backup still holds this person; rotation removes it by \d{1,2} \w+ \d{4} if a backup is made each day\./);
  await expect(dialog).toContainText('A restore from any of them erases or anonymises this person again');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(hb.rows('SELECT full_name FROM candidates WHERE id = ?', candidate.id)).toEqual([{ full_name: 'Qzxanon Person' }]);

  await anonymiseItem();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Anonymise candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Anonymous candidate [0-9A-F]{4}$/ })).toBeVisible();
  await expect(page.getByText(/^Anonymised “Qzxanon Person”: now “Anonymous candidate [0-9A-F]{4}”$/)).toBeVisible();
  await expect(page.getByText(/^1 backup still holds this person; rotation removes it by/)).toBeVisible();
  await expect(page.getByText(/Anonymised .*: only the figures for reports are kept/)).toBeVisible();
  // More keeps only the export: there is nothing left to anonymise.
  await page.getByRole('button', { name: /^More actions for Anonymous candidate/ }).click();
  await expect(page.getByRole('menuitem', { name: 'Export everything about this person…' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Anonymise…' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Edit' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add to roles…' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Schedule interview for Pastry cook' })).toHaveCount(0);
  await expect(page.getByText('Their files were erased when they were anonymised; none can be added.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Pastry cook' })).toBeVisible();

  expect(hb.rows('SELECT email FROM candidate_emails WHERE candidate_id = ?', candidate.id)).toEqual([]);
  expect(hb.rows('SELECT summary, source_kind FROM candidates WHERE id = ?', candidate.id)).toEqual([{ summary: '', source_kind: 'referral' }]);
  expect(hb.rows('SELECT id FROM application_notes')).toEqual([]);
  expect(hb.rows('SELECT status FROM applications WHERE candidate_id = ?', candidate.id)).toEqual([{ status: 'active' }]);
  expect(hb.rows('SELECT kind FROM erasures WHERE candidate_id = ?', candidate.id)).toEqual([{ kind: 'anonymised' }]);
  expect(hb.rows("SELECT id FROM candidates_fts_data WHERE instr(block, CAST('qzxanon' AS BLOB)) > 0")).toEqual([]);
});
