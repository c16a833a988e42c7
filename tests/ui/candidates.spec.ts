// Playwright UI: adding candidates through the form, finding them by search, and merging a duplicate.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { expect, test } from './fixtures';

test('a candidate typed into the form is stored, opens on their profile and is found by searching', async ({ hb }) => {
  const { page } = hb;
  await hb.open('#/candidates');
  await expect(page.getByRole('heading', { name: 'No candidates yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Add candidate' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add candidate' })).toBeVisible();

  // A bad email is refused beside its field, and nothing is stored.
  await page.getByLabel('Full name').fill('Ana Souza');
  await page.getByLabel('Email addresses').fill('ana@example, ana.souza@mail.example');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByText('Enter a valid email address')).toBeVisible();
  await expect(page.getByLabel('Email addresses')).toBeFocused();
  expect(hb.rows('SELECT id FROM candidates')).toHaveLength(0);

  await page.getByLabel('Email addresses').fill('ana@example.com, ana.souza@mail.example');
  await page.getByLabel('Phone numbers').fill('+1 207 555 0100');
  await page.getByLabel('Location').fill('Portland, Maine');
  await page.getByLabel('LinkedIn').fill('https://www.linkedin.com/in/ana-souza');
  await page.getByLabel('Source').selectOption({ label: 'Referral' });
  await page.getByLabel('Referred by').fill('Maya Lopez');
  await page.getByLabel('Tags').fill('barista, weekends');
  await page.getByLabel('Summary').fill('Four years behind an espresso bar.');
  await page.getByRole('button', { name: 'Save candidate' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Ana Souza' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'ana.souza@mail.example' })).toBeVisible();
  await expect(page.getByRole('list', { name: 'Tags' })).toContainText('weekends');
  await expect(page.getByText('Added as a candidate')).toBeVisible();
  const [stored] = hb.rows<Record<string, unknown>>('SELECT * FROM candidates');
  expect(stored).toMatchObject({ full_name: 'Ana Souza', location: 'Portland, Maine', source_kind: 'referral', source_detail: 'Maya Lopez' });
  expect(hb.rows('SELECT email FROM candidate_emails ORDER BY position').map((r) => r.email)).toEqual(['ana@example.com', 'ana.souza@mail.example']);

  await hb.call('candidates:create', { fullName: 'Ben Okafor', emails: ['ben@example.com'], tags: ['kitchen'] });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Candidates' }).click();
  await expect(page.getByText('2 candidates')).toBeVisible();
  await page.getByLabel('Search candidates').fill('espresso');
  await expect(page.getByText('0 candidates match')).toBeVisible();
  await page.getByLabel('Search candidates').fill('weekend');
  await expect(page.getByText('1 candidate match')).toBeVisible();
  const rows = page.getByRole('table', { name: 'Candidates' }).getByRole('row');
  await expect(rows.filter({ hasText: 'Ana Souza' })).toContainText('Referral');
  await expect(rows.filter({ hasText: 'Ben Okafor' })).toHaveCount(0);
  await page.getByLabel('Search candidates').fill('');
  await page.getByLabel('Source').selectOption({ label: 'Referral' });
  await expect(page.getByText('1 candidate match')).toBeVisible();
  await page.getByRole('link', { name: 'Ana Souza' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ana Souza' })).toBeVisible();
});

test('adding someone with a stored email warns, and merging keeps one candidate with everything', async ({ hb }) => {
  const { page } = hb;
  const role = await hb.call('roles:create', { title: 'Line cook', status: 'open' });
  const existing = await hb.call('candidates:create', { fullName: 'Carla Mendes', emails: ['carla@example.com'] });
  await hb.call('applications:create', { candidateId: existing.candidate.id, roleIds: [role.id] });

  await hb.open('#/candidates/new');
  await page.getByLabel('Full name').fill('Carla M.');
  await page.getByLabel('Email addresses').fill('carla@example.com, carla.m@other.example');
  await page.getByRole('button', { name: 'Save candidate' }).click();

  const panel = page.getByRole('alert').filter({ hasText: 'may already be in Hirebook' });
  await expect(panel).toContainText('Carla Mendes');
  await expect(panel).toContainText('same email');
  expect(hb.rows('SELECT id FROM candidates')).toHaveLength(2);
  await panel.getByRole('button', { name: 'Merge into existing' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Merge' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Carla Mendes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'carla.m@other.example' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Line cook' })).toHaveAttribute('href', `#/roles/${role.id}/pipeline`);
  const candidates = hb.rows<{ id: string }>('SELECT id FROM candidates');
  expect(candidates).toEqual([{ id: existing.candidate.id }]);
  const emails = hb.rows<{ email: string }>('SELECT email FROM candidate_emails WHERE candidate_id = ? ORDER BY position', existing.candidate.id);
  expect(emails.map((e) => e.email)).toEqual(['carla@example.com', 'carla.m@other.example']);
  expect(hb.rows('SELECT id FROM applications WHERE candidate_id = ?', existing.candidate.id)).toHaveLength(1);
});

test('editing a candidate from their profile saves the change; a bad link is refused beside its field', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Gus Lindqvist', location: 'Bath' });
  await hb.open(`#/candidates/${candidate.id}`);
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit “Gus Lindqvist”' })).toBeVisible();
  await page.getByLabel('Location').fill('Brunswick, Maine');
  await page.getByLabel('Other links').fill('GitHub not-a-link');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByText('Enter a web address starting with https://')).toBeVisible();
  await page.getByLabel('Other links').fill('GitHub https://github.com/gus');
  await page.getByRole('button', { name: 'Save candidate' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gus Lindqvist' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'GitHub' })).toHaveAttribute('href', 'https://github.com/gus');
  expect(hb.rows<{ location: string }>('SELECT location FROM candidates')[0]?.location).toBe('Brunswick, Maine');
  await expect(page.getByText('Details changed')).toBeVisible();
});

test('the Roles column names each role with its stage or status, and lists the rest on hover', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Ines Duarte' });
  await hb.call('candidates:create', { fullName: 'Omar Haddad' });
  const roleIds: Record<string, string> = {};
  for (const title of ['Barista', 'Baker', 'Cashier']) roleIds[title] = (await hb.call('roles:create', { title, status: 'open' })).id;
  const barista = await hb.call('pipeline:get', { roleId: roleIds.Barista ?? '' });
  const interview = barista.stages.find((s) => s.name === 'Interview')?.id;
  const apps = await hb.call('applications:create', { candidateId: candidate.id, roleIds: [roleIds.Baker ?? '', roleIds.Cashier ?? ''] });
  await hb.call('applications:create', { candidateId: candidate.id, roleIds: [roleIds.Barista ?? ''], stageId: interview });
  const [reason] = (await hb.call('rejection-reasons:list', {})).reasons;
  const baker = apps.applications.find((a) => a.roleId === roleIds.Baker)?.id ?? '';
  await hb.call('applications:reject', { applicationIds: [baker], reasonId: reason?.id ?? '' });

  await hb.open('#/candidates');
  const rows = page.getByRole('table', { name: 'Candidates' }).getByRole('row');
  const ines = rows.filter({ hasText: 'Ines Duarte' });
  await expect(ines.getByRole('cell').nth(3)).toHaveText('Barista · Interview +2 more');
  await expect(ines.getByRole('cell').nth(3)).toHaveAttribute('title', 'Barista · Interview\nCashier · Applied\nBaker · Rejected');
  await expect(rows.filter({ hasText: 'Omar Haddad' }).getByRole('cell').nth(3)).toHaveText('—');
});

test('a long list scrolls to its last candidate and back, with only the rows on screen in the page', async ({ hb }) => {
  const { page } = hb;
  // 6,000 rows = 30 pages of 200: more than the table keeps, so coming back to the top fetches page 1 again.
  const lines = ['Name,Email'];
  for (let i = 0; i < 6_000; i += 1) lines.push(`Person ${String(i).padStart(4, '0')},person${i}@example.com`);
  await hb.call('candidates:import', { text: lines.join('\n'), fileName: 'many.csv', mapping: { name: 0, email: 1 }, duplicates: 'create', jobId: randomUUID() });

  await hb.open('#/candidates');
  await expect(page.getByText('6,000 candidates')).toBeVisible();
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  const table = page.getByRole('table', { name: 'Candidates' });
  await expect(table).toHaveAttribute('aria-rowcount', '6001');
  await expect(table.getByRole('row').nth(1)).toContainText('Person 0000');

  const scroller = page.getByTestId('candidates-scroll');
  // The fraction of the list to scroll to (0 top, 1 bottom), as a person dragging the scrollbar would.
  const scrollTo = (fraction: number) =>
    scroller.evaluate((el, f) => {
      const box = el as unknown as { scrollTop: number; scrollHeight: number; clientHeight: number };
      box.scrollTop = f * (box.scrollHeight - box.clientHeight);
    }, fraction);
  await scrollTo(1);
  await expect(table.getByRole('link', { name: 'Person 5999' })).toBeVisible();
  await expect(table.getByRole('row').last()).toHaveAttribute('aria-rowindex', '6001');
  expect(await table.getByRole('row').count()).toBeLessThan(40);
  await scrollTo(0.5);
  await expect(table.getByRole('link', { name: /^Person 29\d\d$/ }).first()).toBeVisible();
  // A jump asks for its page by position alone; scrolling on from there asks for the next page after the
  // last row the table holds (the core seeks past it), and shows the rows in order across the pages' seam.
  const lists = () => hb.sent('candidates:list').filter((input) => input.sort === 'name');
  const jump = lists().find((input) => input.offset === 3_000);
  expect(jump?.afterId).toBeUndefined();
  const rowHeight = await table.getByRole('row').nth(1).evaluate((el) => (el as unknown as { getBoundingClientRect(): { height: number } }).getBoundingClientRect().height);
  await scroller.evaluate((el, to) => ((el as unknown as { scrollTop: number }).scrollTop = to), rowHeight * 3_192);
  await expect(table.getByRole('link', { name: 'Person 3199' })).toBeVisible();
  await expect(table.getByRole('link', { name: 'Person 3200' })).toBeVisible();
  const id3199 = hb.rows<{ candidate_id: string }>("SELECT candidate_id FROM candidate_emails WHERE email = 'person3199@example.com'")[0]?.candidate_id;
  expect(lists().find((input) => input.offset === 3_200)).toMatchObject({ afterId: id3199, limit: 200 });
  await scrollTo(0);
  await expect(table.getByRole('link', { name: 'Person 0000' })).toBeVisible();
  await table.getByRole('link', { name: 'Person 0001' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Person 0001' })).toBeVisible();
});

test('a search with more matches than it counts says "1,200+", counts further as it scrolls, and Count all and Export CSV see every one', async ({ hb }) => {
  const { page } = hb;
  // 2,500 people found by "person": more than the 200-row page plus the 1,000 counted past it.
  const lines = ['Name,Email'];
  for (let i = 0; i < 2_500; i += 1) lines.push(`Person ${String(i).padStart(4, '0')},person${i}@example.com`);
  lines.push('Quinn Harlow,quinn@example.com');
  await hb.call('candidates:import', { text: lines.join('\n'), fileName: 'many.csv', mapping: { name: 0, email: 1 }, duplicates: 'create', jobId: randomUUID() });

  await hb.open('#/candidates');
  await expect(page.getByText('2,501 candidates')).toBeVisible();
  await page.getByLabel('Search candidates').fill('person');
  await expect(page.getByText('1,200+ candidates match')).toBeVisible();
  const table = page.getByRole('table', { name: 'Candidates' });
  // Newest first, straight from the search index.
  await expect(table.getByRole('row').nth(1)).toContainText('Person 2499');
  await expect(table).toHaveAttribute('aria-rowcount', '1201');
  // Count all counts every match.
  await page.getByRole('button', { name: 'Count all' }).click();
  await expect(page.getByText('2,500 candidates match')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Count all' })).toHaveCount(0);

  // Another search counts a little past its page again; scrolling to the end fetches deeper pages, whose
  // answers count further, until the count is exact and the list ends at the last match.
  await page.getByLabel('Search candidates').fill('example');
  await expect(page.getByText('1,200+ candidates match')).toBeVisible();
  await expect(table.getByRole('row').nth(1)).toContainText('Quinn Harlow');
  const scroller = page.getByTestId('candidates-scroll');
  const toBottom = () =>
    scroller.evaluate((el) => {
      const box = el as unknown as { scrollTop: number; scrollHeight: number; clientHeight: number };
      box.scrollTop = box.scrollHeight - box.clientHeight;
    });
  await expect(async () => {
    await toBottom();
    await expect(page.getByText('2,501 candidates match')).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await toBottom();
  await expect(table.getByRole('link', { name: 'Person 0000' })).toBeVisible();
  await expect(table).toHaveAttribute('aria-rowcount', '2502');

  // The CSV export of the view holds every match, not only the ones counted.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const download = await downloading;
  const csv = fs.readFileSync((await download.path()) ?? '', 'utf8');
  expect(csv.trim().split('\r\n')).toHaveLength(2_502);
  await expect(page.getByText('Exported 2,501 candidates')).toBeVisible();

  // Fewer matches than are counted past the page: the count is exact at once.
  await page.getByLabel('Search candidates').fill('person 1');
  await expect(page.getByText('1,000 candidates match')).toBeVisible();
});

