// Playwright UI: writing to candidates from the pipeline board. A selection of cards → "Write to them…" on the
// bulk bar: a template, the first person's draft as a preview, then one .eml per person saved into the chosen
// folder (each to that person alone, read back from disk), who was skipped and why, and each draft on that
// person's timeline; Cancel while it runs stops after the drafts in hand. A card's own menu opens Write to them….
import fs from 'node:fs';
import path from 'node:path';
import { expectNoSeriousViolations } from './axe';
import { expect, roleInput, test, type Hirebook } from './fixtures';
import { openBoard } from './pipeline-fixtures';

/** A role with these people on its board (an e-mail address each, or none for null), in that order. */
async function board(hb: Hirebook, people: Record<string, string | null>): Promise<Record<string, string>> {
  await hb.call('company:update', { name: 'Bean There' });
  const role = await hb.call('roles:create', roleInput());
  const apps: Record<string, string> = {};
  for (const [fullName, email] of Object.entries(people)) {
    const { candidate } = await hb.call('candidates:create', { fullName, emails: email ? [email] : [], roleId: role.id });
    apps[fullName] = candidate.applications[0]?.id ?? '';
  }
  await openBoard(hb, role.id);
  return apps;
}

test('Write to them… on the bulk bar saves one draft per person into the chosen folder and lists who was skipped', async ({ hb }) => {
  const { page } = hb;
  const apps = await board(hb, { 'Alan Turing': null, 'Ada Lovelace': 'ada@example.com', 'Grace Hopper': 'grace@example.com' });
  for (const name of ['Alan Turing', 'Ada Lovelace', 'Grace Hopper']) await page.getByRole('checkbox', { name: `Select ${name}` }).click();
  const bar = page.getByRole('region', { name: 'Selected candidates' });
  await bar.getByRole('button', { name: 'Write to them…' }).click();

  const dialog = page.getByRole('dialog', { name: 'Write to 3 people' });
  await expect(dialog.getByLabel('Template')).toHaveValue(/.+/);
  // Alan has no address, so the preview is Ada's, and the dialog says someone will be skipped.
  const preview = dialog.getByLabel('Preview for Ada Lovelace');
  await expect(preview.getByText('To: ada@example.com')).toBeVisible();
  await expect(preview.getByText('Subject: Thanks for applying: Weekend Barista')).toBeVisible();
  await expect(dialog.getByText('Some will be skipped. Alan Turing has no e-mail address. Add one to their profile first.')).toBeVisible();
  await dialog.getByLabel('Template').selectOption({ label: 'Job offer' });
  await expect(preview.getByText('Subject: Job offer: Weekend Barista at Bean There')).toBeVisible();
  await expect(preview.getByText(/^Hello Ada,/)).toBeVisible();
  await expectNoSeriousViolations(page);

  await dialog.getByRole('button', { name: 'Save 3 drafts (.eml)…' }).click();
  await expect.poll(() => hb.platform.folderTitles).toEqual(['Choose where to save the 3 drafts']);
  const [chosen = ''] = hb.platform.folders;
  await expect(dialog.getByText('Saved 2 drafts, one per person.')).toBeVisible();
  await expect(dialog.getByText(chosen)).toBeVisible();
  await expect(dialog.getByText('choose Message → Send Again in Apple Mail, or Message → Edit As New Message in Thunderbird', { exact: false })).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Skipped 1 person' })).toBeVisible();
  await expect(dialog.getByRole('listitem')).toHaveText(['Alan Turing: Alan Turing has no e-mail address. Add one to their profile first.']);

  // One file per person, each addressed to that person alone.
  const files = fs.readdirSync(chosen).sort();
  expect(files).toEqual(['Ada Lovelace - Job offer_ Weekend Barista at Bean There.eml', 'Grace Hopper - Job offer_ Weekend Barista at Bean There.eml']);
  for (const [file, address] of [[files[0], 'ada@example.com'], [files[1], 'grace@example.com']] as const) {
    const raw = fs.readFileSync(path.join(chosen, file ?? ''), 'utf8');
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    expect(headers.match(/^To:.*$/gm)).toEqual([`To: ${address}`]);
    expect(headers).not.toMatch(/^(Cc|Bcc):/im);
    expect(headers).toMatch(/^X-Unsent: 1$/m);
  }
  expect(hb.rows('SELECT application_id, kind, how FROM messages ORDER BY created_at')).toEqual([
    { application_id: apps['Ada Lovelace'], kind: 'offer', how: 'eml' },
    { application_id: apps['Grace Hopper'], kind: 'offer', how: 'eml' },
  ]);

  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  await expect(bar).toBeHidden();
  // The draft is on Grace's timeline.
  await page.getByRole('link', { name: 'Grace Hopper', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Grace Hopper' })).toBeVisible();
  await expect(page.getByText('subject: Job offer: Weekend Barista at Bean There · opened as: draft file')).toBeVisible();
});

test('Cancel while the drafts are saved stops after the ones in hand; what was saved stays saved and logged', async ({ hb }) => {
  const { page } = hb;
  const names = ['Ann One', 'Bea Two', 'Cal Three', 'Dee Four', 'Eve Five', 'Fay Six', 'Gus Seven'];
  await board(hb, Object.fromEntries(names.map((n) => [n, `${n.split(' ')[0]?.toLowerCase() ?? ''}@example.com`])));
  for (const name of names) await page.getByRole('checkbox', { name: `Select ${name}` }).click();
  await page.getByRole('region', { name: 'Selected candidates' }).getByRole('button', { name: 'Write to them…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write to 7 people' });
  await expect(dialog.getByLabel('Preview for Ann One')).toBeVisible();

  const release = hb.hold('messages:draft-eml-many');
  await dialog.getByRole('button', { name: 'Save 7 drafts (.eml)…' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Drafts saved' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('button', { name: 'Stopping…' })).toBeDisabled();
  release();
  await expect(dialog.getByText('Stopped. 5 drafts saved before you cancelled (of 7 people).')).toBeVisible();
  const [chosen = ''] = hb.platform.folders;
  expect(fs.readdirSync(chosen)).toHaveLength(5);
  expect(hb.rows('SELECT COUNT(*) AS n FROM messages')).toEqual([{ n: 5 }]);
  // The selection stays, to write to the rest.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('region', { name: 'Selected candidates' })).toContainText('7 selected');
});

test('A card’s menu opens Write to them… for that one person', async ({ hb }) => {
  const { page } = hb;
  await board(hb, { 'Ada Lovelace': 'ada@example.com', 'Grace Hopper': 'grace@example.com' });
  await page.getByRole('button', { name: 'Actions for Grace Hopper' }).click();
  await page.getByRole('menuitem', { name: 'Write to them…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write to Grace Hopper about Weekend Barista' });
  await expect(dialog.getByText('To: grace@example.com')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save as draft (.eml)…' }).click();
  await expect(page.getByText('Saved the draft to Grace Hopper')).toBeVisible();
  await expect(dialog).toBeHidden();
  const [chosen = ''] = hb.platform.folders;
  const [file = ''] = fs.readdirSync(chosen);
  expect(fs.readFileSync(path.join(chosen, file), 'utf8')).toMatch(/^To: grace@example\.com\r$/m);
});
