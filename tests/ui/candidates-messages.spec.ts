// Playwright UI: a profile's application → "Write to them…": the template picked for the application, the
// text filled in for this one person, "Open in mail program" as a mailto: link to their one address (the desktop
// app hands it to the system; here the click is kept from leaving the page) and "Save as draft (.eml)…" into the
// chosen folder; both logged on the timeline as "Message drafted" with the subject.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

test('Write to them… opens a filled-in draft to one person, or saves it as an .eml, and logs each', async ({ hb }) => {
  const { page } = hb;
  await hb.call('company:update', { name: 'Bean There' });
  const role = await hb.call('roles:create', { title: 'Barista' });
  const { candidate } = await hb.call('candidates:create', { fullName: 'Dana Whitfield', emails: ['dana@example.com', 'dana.other@example.com'], roleId: role.id });
  await hb.open(`#/candidates/${candidate.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dana Whitfield' })).toBeVisible();

  await page.getByRole('button', { name: 'Write to Dana Whitfield about Barista' }).click();
  const dialog = page.getByRole('dialog', { name: 'Write to Dana Whitfield about Barista' });
  await expect(dialog.getByLabel('Template')).toHaveValue(/.+/);
  await expect(dialog.getByText('Subject: Thanks for applying: Barista')).toBeVisible();
  await expect(dialog.getByText('To: dana@example.com')).toBeVisible();
  await expect(dialog.getByText(/^Hello Dana,/)).toBeVisible();
  const link = dialog.getByRole('link', { name: 'Open in mail program' });
  const href = (await link.getAttribute('href')) ?? '';
  expect(href).toMatch(/^mailto:dana@example\.com\?subject=Thanks%20for%20applying%3A%20Barista&body=Hello%20Dana%2C%0D%0A%0D%0AThank%20you/);
  expect(href).not.toContain('dana.other');
  // The desktop app opens the link in the mail program; the test page stays where it is.
  await page.evaluate(`document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('a[href^="mailto:"]')) e.preventDefault();
  }, true)`);
  await link.click();
  await expect(page.getByText('Draft to Dana Whitfield opened in your mail program')).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('subject: Thanks for applying: Barista · opened as: mail link')).toBeVisible();

  // An invitation with no interview booked: the time and place are pointed out; saved as a draft file.
  await page.getByRole('button', { name: 'Write to Dana Whitfield about Barista' }).click();
  await dialog.getByLabel('Template').selectOption({ label: 'Interview invitation' });
  await expect(dialog.getByText('Subject: Interview for Barista at Bean There')).toBeVisible();
  await expect(dialog.getByText('Left as typed, fill in before sending: {interview time}, {interview place}')).toBeVisible();
  await dialog.getByRole('button', { name: 'Save as draft (.eml)…' }).click();
  await expect.poll(() => hb.platform.folderTitles).toEqual(['Choose where to save the draft to Dana Whitfield']);
  const [chosen] = hb.platform.folders;
  if (!chosen) throw new Error('no folder was chosen');
  await expect(page.getByText('Saved the draft to Dana Whitfield')).toBeVisible();
  const [made = ''] = fs.readdirSync(chosen);
  expect(made).toMatch(/^Dana Whitfield - Interview for Barista at Bean There \d{4}-\d{2}-\d{2}-\d{6}\.eml$/);
  const eml = fs.readFileSync(path.join(chosen, made), 'utf8');
  expect(eml).toMatch(/^To: dana@example\.com\r$/m);
  expect(eml).toMatch(/^X-Unsent: 1\r$/m);
  await expect(page.getByText('subject: Interview for Barista at Bean There · opened as: draft file')).toBeVisible();
  expect(hb.rows('SELECT kind, how FROM messages ORDER BY created_at')).toEqual([
    { kind: 'acknowledgement', how: 'mailto' },
    { kind: 'invitation', how: 'eml' },
  ]);
});
