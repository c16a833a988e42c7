// Playwright UI: the Roles list as a hiring overview: each row's counts, the row and its title opening the
// role's pipeline, the More menu (by keyboard too); and adding a candidate straight onto a board, or with a
// role from the new-candidate form, checked on screen and in the database.
import { expect, test } from './fixtures';
import { column, namesIn, openBoard, seedBoard } from './pipeline-fixtures';

test('a row shows its counts, and clicking the row or its title opens the pipeline', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Applied: ['Ada Lovelace', 'Grace Hopper'], Interview: ['Alan Turing'] });
  await hb.call('roles:create', { title: 'Dishwasher' });
  await hb.open('#/roles');
  const barista = page.getByRole('row').filter({ hasText: 'Weekend Barista' });
  await expect(barista).toContainText('2 new · 1 in process');
  await expect(barista).toContainText('No interviews this week');
  await expect(page.getByRole('row').filter({ hasText: 'Dishwasher' })).toContainText('No candidates yet');

  // A click on the row's empty space (its status cell) opens the board, not the edit form.
  await barista.getByRole('cell').nth(3).click();
  await expect(page.getByRole('heading', { name: 'Pipeline: Weekend Barista' })).toBeVisible();
  expect(page.url()).toContain(`#/roles/${board.roleId}/pipeline`);

  await page.getByRole('link', { name: 'Roles' }).first().click();
  const title = page.getByRole('table').getByRole('link', { name: 'Weekend Barista' });
  await expect(title).toHaveAttribute('href', `#/roles/${board.roleId}/pipeline`);
  await title.click();
  await expect(page.getByRole('heading', { name: 'Pipeline: Weekend Barista' })).toBeVisible();
});

test('Edit has its name on it; the other actions are in the More menu, which the keyboard reaches', async ({ hb }) => {
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Line cook' });
  await hb.open('#/roles');
  const row = page.getByRole('row').filter({ hasText: 'Line cook' });
  const edit = row.getByRole('button', { name: 'Edit Line cook' });
  await expect(edit).toHaveText('Edit');
  const more = row.getByRole('button', { name: 'More actions for Line cook' });
  await expect(more).toHaveText('More');
  // No icon-only buttons left in the row.
  await expect(row.getByRole('button')).toHaveCount(2);

  await edit.focus();
  await page.keyboard.press('Tab');
  await expect(more).toBeFocused();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'More actions for Line cook' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Job description',
    'Interview kit',
    'Preview posting',
    'Save PDF…',
    'Copy text for job boards',
    'Duplicate',
    'Archive',
    'Delete…',
  ]);
  await expect(menu.getByRole('menuitem', { name: 'Job description' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(more).toBeFocused();

  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Interview kit' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/roles/${role.id}/kit$`));
});

test('Add candidate on a board puts the new card in the first column, with the résumé kept and read', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, { Interview: ['Alan Turing'] });
  const resume = await hb.file('ana-lima-resume.txt', 'Ana Lima\nana.lima@example.com\nFour years behind an espresso bar.\n');
  await openBoard(hb, board.roleId);
  await page.getByRole('button', { name: 'Add candidate' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a candidate to Weekend Barista' });
  await expect(dialog).toContainText('They start in Applied.');

  // Refused before anything is saved: a name is needed.
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByLabel('Full name')).toBeFocused();
  expect(hb.rows('SELECT id FROM candidates WHERE full_name = ?', 'Ana Lima')).toEqual([]);

  await dialog.getByLabel('Full name').fill('Ana Lima');
  await dialog.getByLabel('Email address').fill('ana.lima@example.com');
  await dialog.getByLabel('Phone number').fill('+1 207 555 0101');
  await dialog.getByLabel('Résumé file').setInputFiles(resume);
  await expect(dialog).toContainText('ana-lima-resume.txt');
  await dialog.getByRole('button', { name: 'Add candidate' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Added Ana Lima to Applied')).toBeVisible();

  await expect(column(page, 'Applied').getByRole('link', { name: 'Ana Lima' })).toBeVisible();
  expect(await namesIn(page, 'Applied')).toEqual(['Ana Lima']);
  const stored = hb.rows<{ stage: string; status: string; emails: string; phones: string }>(
    `SELECT s.name AS stage, a.status,
       (SELECT group_concat(email) FROM candidate_emails e WHERE e.candidate_id = c.id) AS emails,
       (SELECT group_concat(phone) FROM candidate_phones p WHERE p.candidate_id = c.id) AS phones
     FROM candidates c JOIN applications a ON a.candidate_id = c.id JOIN pipeline_stages s ON s.id = a.stage_id
     WHERE c.full_name = 'Ana Lima'`,
  );
  expect(stored).toEqual([{ stage: 'Applied', status: 'active', emails: 'ana.lima@example.com', phones: '+1 207 555 0101' }]);
  const files = hb.rows<{ file_name: string; kind: string; text: string }>(
    "SELECT a.file_name, a.kind, a.extracted_text AS text FROM attachments a JOIN candidates c ON c.id = a.candidate_id WHERE c.full_name = 'Ana Lima'",
  );
  expect(files).toHaveLength(1);
  expect(files[0]).toMatchObject({ file_name: 'ana-lima-resume.txt', kind: 'resume' });
  expect(files[0]?.text).toContain('espresso bar');
  // The Roles list counts the new card as new.
  await page.getByRole('link', { name: 'Roles' }).first().click();
  await expect(page.getByRole('row').filter({ hasText: 'Weekend Barista' })).toContainText('1 new · 1 in process');
});

test('the new-candidate form with a role chosen adds them to that role’s first stage', async ({ hb }) => {
  const { page } = hb;
  const board = await seedBoard(hb, {});
  await hb.call('roles:create', { title: 'Dishwasher' });
  await hb.open('#/candidates/new');
  const role = page.getByLabel('Applying for');
  await expect(role).toHaveValue('');
  await expect(role.getByRole('option')).toHaveText(['No role yet', 'Dishwasher', 'Weekend Barista']);
  await page.getByLabel('Full name').fill('Bo Chen');
  await role.selectOption({ label: 'Weekend Barista' });
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByText('Added “Bo Chen” to Weekend Barista')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Bo Chen' })).toBeVisible();
  expect(
    hb.rows(
      "SELECT a.role_id, s.name AS stage, a.status FROM applications a JOIN candidates c ON c.id = a.candidate_id JOIN pipeline_stages s ON s.id = a.stage_id WHERE c.full_name = 'Bo Chen'",
    ),
  ).toEqual([{ role_id: board.roleId, stage: 'Applied', status: 'active' }]);
  expect(hb.rows("SELECT COUNT(*) AS n FROM stage_events e JOIN applications a ON a.id = e.application_id JOIN candidates c ON c.id = a.candidate_id WHERE c.full_name = 'Bo Chen'")).toEqual([{ n: 1 }]);

  // Without a role, no application.
  await hb.open('#/candidates/new');
  await page.getByLabel('Full name').fill('Cy Diaz');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Cy Diaz' })).toBeVisible();
  expect(hb.rows("SELECT a.id FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE c.full_name = 'Cy Diaz'")).toEqual([]);
});
