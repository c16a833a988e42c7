// Playwright UI: a role's posting view: the preview of the printed HTML in Classic and Flyer, and each
// Export menu action (PDF, print, job-board text, Markdown, HTML, JSON-LD), checked on screen and in the files.
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { HEADINGS, PRINT_TEST_MS, SECTIONS, choose, openPosting, pdfText, preview, seedPosting } from './postings-fixtures';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

test('the posting view previews the printed posting, in Classic and as a Flyer', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await hb.open();
  await choose(page, page.getByRole('button', { name: 'More actions for Weekend Barista' }), 'Preview posting');
  await expect(page.getByRole('heading', { name: 'Posting: Weekend Barista' })).toBeVisible();
  expect(page.url()).toContain(`#/roles/${roleId}/posting`);

  const classic = preview(page);
  await expect(classic.getByRole('heading', { name: 'Weekend Barista', level: 1 })).toBeVisible();
  await expect(classic).toContainText('$18–$22 an hour');
  await expect(classic).toContainText('Part-time');
  for (const heading of [...HEADINGS, 'How to apply']) await expect(classic.getByRole('heading', { name: heading })).toBeVisible();

  await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Flyer' }).click();
  const flyer = preview(page, 'Flyer');
  await expect(flyer.getByRole('heading', { name: 'Weekend Barista', level: 1 })).toBeVisible();
  await expect(flyer).toContainText(/we are hiring/i);
  await expect(flyer).toContainText('$18–$22 an hour');
  await expect(flyer.getByRole('heading', { name: 'What you will do' })).toBeVisible();
  await expect(flyer.getByRole('heading', { name: 'How to apply' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Flyer' })).toHaveAttribute('aria-pressed', 'true');
});

test('the preview follows edits to the role', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  await hb.call('roles:update', { id: roleId, patch: { title: 'Weekend Head Barista' } });
  await expect(preview(page).getByRole('heading', { name: 'Weekend Head Barista', level: 1 })).toBeVisible();
});

test('Save PDF… downloads a PDF holding the title and every heading', async ({ hb }, testInfo) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  const download = page.waitForEvent('download');
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Save PDF…');
  const file = testInfo.outputPath((await download).suggestedFilename());
  await (await download).saveAs(file);
  expect(path.basename(file)).toBe('weekend-barista.pdf');
  expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const text = pdfText(file);
  let at = 0;
  for (const words of ['Weekend Barista', ...HEADINGS, 'How to apply']) {
    const found = text.indexOf(words, at);
    expect(found, words).toBeGreaterThanOrEqual(0);
    at = found;
  }
  await expect(page.getByText('PDF ready')).toBeVisible();
});

test('the flyer PDF is one page with the flyer’s file name', async ({ hb }, testInfo) => {
  test.setTimeout(PRINT_TEST_MS);
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  await page.getByRole('button', { name: 'Flyer' }).click();
  await expect(preview(page, 'Flyer')).toBeVisible();
  const download = page.waitForEvent('download');
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Save PDF…');
  expect((await download).suggestedFilename()).toBe('weekend-barista-flyer.pdf');
  const file = testInfo.outputPath('flyer.pdf');
  await (await download).saveAs(file);
  expect(pdfText(file)).toContain('How to apply');
  await expect(page.getByText('weekend-barista-flyer.pdf · 1 page', { exact: true })).toBeVisible();
});

test('Copy text for job boards puts the plain-text posting on the clipboard', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Copy text for job boards');
  await expect(page.getByText('Copied', { exact: true })).toBeVisible();
  // A string runs in the page (the tests are compiled without DOM types).
  const copied = String(await page.evaluate('navigator.clipboard.readText()'));
  expect(copied).toContain('Weekend Barista');
  // Job-board forms drop formatting, so the text marks headings in capitals.
  for (const heading of HEADINGS) expect(copied).toContain(heading.toUpperCase());
  expect(copied).toContain('Make espresso drinks to our recipe cards');
  expect(copied).not.toMatch(/<[a-z]/i);
});

test('Markdown, HTML and JSON-LD downloads hold the posting', async ({ hb }, testInfo) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  const saved: Record<string, string> = {};
  for (const [item, name] of [['Download for other editors (Markdown)', 'weekend-barista.md'], ['Download as a web page (HTML)', 'weekend-barista.html'], ['Download for search engines (JSON-LD)', 'weekend-barista.jsonld']] as const) {
    const download = page.waitForEvent('download');
    await choose(page, page.getByRole('button', { name: 'Export' }), item);
    expect((await download).suggestedFilename()).toBe(name);
    const file = testInfo.outputPath(name);
    await (await download).saveAs(file);
    saved[name] = fs.readFileSync(file, 'utf8');
  }
  expect(saved['weekend-barista.md']).toMatch(/^# Weekend Barista/m);
  expect(saved['weekend-barista.md']).toContain('## What you will do');
  expect(saved['weekend-barista.html']).toContain('<h2 dir="auto">What you bring</h2>');
  const jsonLd = JSON.parse(saved['weekend-barista.jsonld'] ?? '') as Record<string, unknown>;
  expect(jsonLd['@type']).toBe('JobPosting');
  expect(jsonLd.title).toBe('Weekend Barista');
  expect(jsonLd.hiringOrganization).toMatchObject({ '@type': 'Organization', name: 'Hearth & Crumb' });
});

test('Print… hands the posting to the system print dialog', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  await page.getByRole('button', { name: 'Flyer' }).click();
  await expect(preview(page, 'Flyer')).toBeVisible();
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Print…');
  await expect(page.getByText('Sent to the printer')).toBeVisible();
  expect(hb.platform.printed).toHaveLength(1);
  const [printed] = hb.platform.printed;
  const html = (await hb.call('postings:html', { roleId, layout: 'flyer' })).html;
  expect(printed).toEqual({ html, paperSize: 'letter' });
});

test('a print that fails says so and suggests a PDF instead', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await openPosting(hb, roleId);
  hb.platform.failNextPrint = 'No printers are installed';
  await choose(page, page.getByRole('button', { name: 'Export' }), 'Print…');
  await expect(page.getByText('Printing is not available here')).toBeVisible();
  await expect(page.getByText(/No printers are installed.*Save a PDF instead/)).toBeVisible();
  expect(hb.platform.printed).toEqual([]);
});

test('the Export menu works from the keyboard and from the role form and description screens', async ({ hb }) => {
  const { page } = hb;
  const roleId = await seedPosting(hb);
  await hb.open(`#/roles/${roleId}/edit`);
  const exportButton = page.getByRole('button', { name: 'Export', exact: true });
  await exportButton.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'Preview posting' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Save PDF…' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(menu.getByRole('menuitem', { name: 'Download for search engines (JSON-LD)' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'Preview posting' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(exportButton).toBeFocused();
  await expect(exportButton).toHaveAttribute('aria-expanded', 'false');

  await hb.open(`#/roles/${roleId}/description`);
  await choose(page, page.getByRole('button', { name: 'Export', exact: true }), 'Preview posting');
  await expect(preview(page).getByRole('heading', { name: 'Weekend Barista', level: 1 })).toBeVisible();
});

test('the flyer preview names what it left out to fit one page; the classic layout and a short flyer say nothing', async ({ hb }) => {
  const { page } = hb;
  const duties = Array.from({ length: 30 }, (_, i) => `<li>Duty ${i + 1}: mix, shape and bake sourdough, rye and enriched doughs to our written recipes.</li>`).join('');
  const roleId = await seedPosting(hb, { title: 'Head Baker' });
  await hb.call('descriptions:save', {
    roleId,
    sections: [...SECTIONS.slice(0, 1), { kind: 'responsibilities', heading: 'What you will do', html: `<ul>${duties}</ul>` }, { kind: 'benefits', heading: 'What we offer', html: '<ul><li>Free bread</li></ul>' }],
  });
  await openPosting(hb, roleId);
  const note = page.getByRole('note');
  await expect(preview(page).getByRole('heading', { name: 'Head Baker', level: 1 })).toBeVisible();
  await expect(note).toHaveCount(0);
  await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Flyer' }).click();
  const flyer = preview(page, 'Flyer');
  await expect(flyer.getByRole('heading', { name: 'What we offer' })).toBeVisible();
  await expect(flyer).toContainText('Free bread');
  const shown = await flyer.locator('li').count();
  expect(shown).toBeGreaterThan(1);
  // Every duty on the flyer is whole, and the notice counts the rest.
  for (const text of await flyer.locator('li').allInnerTexts()) expect(text).not.toContain('…');
  await expect(note).toHaveText(`To fit one page, the flyer leaves out ${30 - (shown - 1)} duties. The classic layout has everything.`);

  const shortId = await seedPosting(hb);
  await openPosting(hb, shortId);
  await page.getByRole('group', { name: 'Layout' }).getByRole('button', { name: 'Flyer' }).click();
  await expect(preview(page, 'Flyer').getByRole('heading', { name: 'What you bring' })).toBeVisible();
  await expect(note).toHaveCount(0);
});
