// Playwright UI: Settings → Messages → the message templates, like a person: the list by kind (rejections
// with the reason each is worded for), a built-in edited with a placeholder inserted by its button and the
// live preview following, a placeholder Hirebook does not know reported before saving, the built-in restored
// as shipped after confirmation, unsaved changes kept unless discarded, and a template of the owner's own added;
// axe finds nothing serious on the screen.
import { expectNoSeriousViolations } from './axe';
import { expect, test } from './fixtures';

test('the template editor edits, checks, restores and adds message templates', async ({ hb }) => {
  const { page } = hb;
  await hb.call('company:update', { name: 'Bean There' });
  await hb.open('#/settings');
  await page.getByRole('button', { name: 'Edit message templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Message templates' })).toBeVisible();

  const list = page.getByRole('navigation', { name: 'Message templates' });
  await expect(list.getByRole('heading')).toHaveText(['Acknowledgement', 'Interview invitation', 'Rejection', 'Offer', 'Your own']);
  await expect(list.getByRole('button', { name: /Rejection: Lacks experience/ })).toContainText('For: Lacks experience');

  await list.getByRole('button', { name: /^Interview invitation/ }).click();
  const editor = page.getByRole('form', { name: 'Edit “Interview invitation”' });
  await expect(editor.getByLabel('Kind')).toBeDisabled();
  const preview = editor.getByLabel('Preview with sample data');
  await expect(preview.getByText('Subject: Interview for Weekend Barista at Bean There')).toBeVisible();
  await expect(preview.getByText('When: Thursday 3 December 2026, 14:00 (Europe/London)')).toBeVisible();
  await expectNoSeriousViolations(page);

  // A placeholder goes in where the cursor is, by its button; the preview follows.
  const subject = editor.getByLabel('Subject');
  await subject.fill('Come and meet us about ');
  await editor.getByRole('group', { name: 'Insert a placeholder' }).getByRole('button', { name: '{role}' }).click();
  await expect(subject).toHaveValue('Come and meet us about {role}');
  await expect(preview.getByText('Subject: Come and meet us about Weekend Barista')).toBeVisible();

  // A placeholder Hirebook does not know is said plainly, and again before saving.
  const body = editor.getByLabel('Text');
  await body.fill('Hello {first name}, the pay is {salary}.');
  await expect(editor.getByRole('alert')).toHaveText('Hirebook does not know {salary}: it stays as typed in every message. Use a button above for a placeholder Hirebook fills in.');
  await expect(preview.getByText('Hello Sam, the pay is {salary}.')).toBeVisible();
  await editor.getByRole('button', { name: 'Save template' }).click();
  const unknown = page.getByRole('alertdialog', { name: 'Save with a placeholder Hirebook does not know?' });
  await expect(unknown).toContainText('{salary} will not be filled in');
  await unknown.getByRole('button', { name: 'Go back and fix it' }).click();
  await body.fill('Hello {first name}, see you on {interview time}.');
  await expect(editor.getByRole('alert')).toBeHidden();

  // Unsaved changes are kept unless the owner discards them.
  await list.getByRole('button', { name: /^Job offer/ }).click();
  const discard = page.getByRole('alertdialog', { name: 'Discard your changes?' });
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(subject).toHaveValue('Come and meet us about {role}');

  await editor.getByRole('button', { name: 'Save template' }).click();
  await expect(page.getByText('Saved “Interview invitation”')).toBeVisible();
  expect(hb.rows("SELECT subject, body FROM message_templates WHERE kind = 'invitation'")).toEqual([
    { subject: 'Come and meet us about {role}', body: 'Hello {first name}, see you on {interview time}.' },
  ]);

  // Restoring the built-in asks first, then puts Hirebook's wording back.
  await editor.getByRole('button', { name: 'Restore default…' }).click();
  const restore = page.getByRole('alertdialog', { name: 'Restore “Interview invitation” as Hirebook wrote it?' });
  await restore.getByRole('button', { name: 'Restore default' }).click();
  await expect(page.getByText('Restored “Interview invitation” as Hirebook wrote it')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Edit “Interview invitation”' }).getByLabel('Subject')).toHaveValue('Interview for {role} at {company}');
  expect(hb.rows("SELECT subject FROM message_templates WHERE kind = 'invitation'")).toEqual([{ subject: 'Interview for {role} at {company}' }]);

  // A template of the owner's own.
  await page.getByRole('button', { name: 'New template' }).click();
  const added = page.getByRole('form', { name: 'New template' });
  await added.getByLabel('Name').fill('Checking in');
  await added.getByLabel('Subject').fill('Checking in, {first name}');
  await added.getByLabel('Text').fill('Hello {first name}, are you still interested in the {role} job?');
  await expect(added.getByLabel('Preview with sample data').getByText('Subject: Checking in, Sam')).toBeVisible();
  await added.getByRole('button', { name: 'Add template' }).click();
  await expect(page.getByText('Saved “Checking in”')).toBeVisible();
  await expect(page.getByRole('form', { name: 'Edit “Checking in”' })).toBeVisible();
  await expect(page.getByRole('form', { name: 'Edit “Checking in”' }).getByRole('button', { name: 'Restore default…' })).toHaveCount(0);
  await expect(list.getByRole('button', { name: /^Checking in/ })).toContainText('Your own');
  expect(hb.rows("SELECT kind, subject, builtin FROM message_templates WHERE name = 'Checking in'")).toEqual([{ kind: 'custom', subject: 'Checking in, {first name}', builtin: 0 }]);
});
