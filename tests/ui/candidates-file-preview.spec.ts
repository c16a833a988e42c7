// Playwright UI: previewing a candidate's files: a 2-page PDF résumé drawn by pdf.js (pages, keys, zoom,
// Esc), a PDF full of JavaScript that must run none of it, a password, 50 pages drawn lazily, a damaged
// PDF, and an image and a text file.
import type { Page } from '@playwright/test';
import { makeEncryptedPdf, makePdf, makeScriptedPdf } from '../fixtures/candidates/make-pdf';
import { makeDocx } from '../fixtures/jd/make-docx';
import { PNG_1X1 } from '../helpers/images';
import { expectNoSeriousViolations } from './axe';
import { expect, test, type Hirebook } from './fixtures';

async function profileWithFile(hb: Hirebook, fileName: string, bytes: Buffer): Promise<void> {
  const { candidate } = await hb.call('candidates:create', { fullName: 'Jo Marsh' });
  await hb.call('attachments:add', { candidateId: candidate.id, fileName, path: await hb.file(fileName, bytes) });
  await hb.open(`#/candidates/${candidate.id}`);
}

/** Dark pixels drawn on a page's canvas (text is dark; an empty page is all white). A string runs in the page. */
function darkPixels(page: Page, pageNumber: number): Promise<number> {
  return page.evaluate(`(() => {
    const canvas = document.querySelector('.pdf-page[data-page="${pageNumber}"] canvas');
    if (!canvas || canvas.width === 0) return 0;
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && data[i] < 128 && data[i + 1] < 128 && data[i + 2] < 128) dark += 1;
    return dark;
  })()`);
}

test('a 2-page PDF résumé previews in the app: pages drawn, page keys, zoom, and Esc closes', async ({ hb }) => {
  const { page } = hb;
  await profileWithFile(hb, 'jo-resume.pdf', makePdf(['Jo Marsh', 'Head barista, 6 years', 'Latte art champion 2024'], 2));
  const previewButton = page.getByRole('button', { name: 'Preview jo-resume.pdf' });
  await previewButton.click();
  const dialog = page.getByRole('dialog', { name: 'jo-resume.pdf' });
  await expect(dialog.getByText('Page 1 of 2')).toBeVisible();
  const pages = dialog.getByRole('region', { name: /jo-resume\.pdf: Page Up and Page Down/ });
  await expect(pages).toBeFocused();
  await expect.poll(() => darkPixels(page, 1)).toBeGreaterThan(200);

  await page.keyboard.press('PageDown');
  await expect(dialog.getByText('Page 2 of 2')).toBeVisible();
  await expect.poll(() => darkPixels(page, 2)).toBeGreaterThan(200);
  await page.keyboard.press('PageUp');
  await expect(dialog.getByText('Page 1 of 2')).toBeVisible();
  await page.keyboard.press('+');
  await expect(dialog.getByText('125%')).toBeVisible();
  await dialog.getByRole('button', { name: 'Zoom out' }).click();
  await dialog.getByRole('button', { name: 'Zoom out' }).click();
  await expect(dialog.getByText('75%')).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(previewButton).toBeFocused();
});

test('a PDF with JavaScript on open, on the page and in links previews with none of it running', async ({ hb }) => {
  const { page } = hb;
  await profileWithFile(hb, 'mallory.pdf', makeScriptedPdf(['Mallory Example', 'Barista', 'Click here for my portfolio']));
  // Whatever a script could reach in the page is watched: dialogs, printing, popups, navigation, requests.
  await page.evaluate(`(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  })()`);
  const seen: string[] = [];
  page.on('dialog', (d) => {
    seen.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  page.on('popup', (p) => seen.push(`popup: ${p.url()}`));
  page.on('framenavigated', (f) => seen.push(`navigated: ${f.url()}`));
  const origin = new URL(page.url()).origin;
  page.on('request', (r) => {
    if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) seen.push(`request: ${r.url()}`);
  });
  const startUrl = page.url();

  await page.getByRole('button', { name: 'Preview mallory.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'mallory.pdf' });
  await expect(dialog.getByText('Page 1 of 1')).toBeVisible();
  await expect.poll(() => darkPixels(page, 1)).toBeGreaterThan(200);
  // Click where the script link and the web link are drawn: a canvas has no links.
  const canvas = dialog.locator('.pdf-page[data-page="1"] canvas');
  const box = await canvas.boundingBox();
  if (!box) throw new Error('no canvas');
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.1);
  await page.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.16);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  expect(seen).toEqual([]);
  expect(page.url()).toBe(startUrl);
  expect(await page.evaluate('window.__printed')).toBe(0);
  expect(await page.evaluate(`document.querySelectorAll('iframe, embed, object, .annotationLayer, a[href^="https://example.com"]').length`)).toBe(0);
});

test('a password-protected PDF asks for its password, says when it is wrong, and opens with the right one', async ({ hb }) => {
  const { page } = hb;
  await profileWithFile(hb, 'locked.pdf', makeEncryptedPdf(['Jo Marsh', 'Pastry chef'], 'latte'));
  await page.getByRole('button', { name: 'Preview locked.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'locked.pdf' });
  await expect(dialog.getByText('This PDF is protected with a password.')).toBeVisible();
  await expect(dialog.getByLabel('Password')).toBeFocused();
  await dialog.getByLabel('Password').fill('mocha');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That password did not open the file. Try again.');
  await dialog.getByLabel('Password').fill('latte');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(dialog.getByText('Page 1 of 1')).toBeVisible();
  await expect.poll(() => darkPixels(page, 1)).toBeGreaterThan(200);
});

test('a 50-page PDF draws only the pages near the view, and the last page once it is reached', async ({ hb }) => {
  const { page } = hb;
  await profileWithFile(hb, 'long-cv.pdf', makePdf(['Jo Marsh', 'A very long CV'], 50));
  await page.getByRole('button', { name: 'Preview long-cv.pdf' }).click();
  const dialog = page.getByRole('dialog', { name: 'long-cv.pdf' });
  await expect(dialog.getByText('Page 1 of 50')).toBeVisible();
  await expect(dialog.locator('.pdf-page')).toHaveCount(50);
  await expect.poll(() => darkPixels(page, 1)).toBeGreaterThan(200);
  const drawn = `[...document.querySelectorAll('.pdf-page canvas')].filter((c) => c.width > 0).map((c) => Number(c.closest('.pdf-page').dataset.page))`;
  const first = (await page.evaluate(drawn)) as number[];
  expect(first.length).toBeLessThanOrEqual(4);
  expect(first).toContain(1);

  await page.keyboard.press('End');
  await expect(dialog.getByText('Page 50 of 50')).toBeVisible();
  await expect.poll(() => darkPixels(page, 50)).toBeGreaterThan(200);
  // Pages far behind give their pixels back.
  await expect.poll(async () => ((await page.evaluate(drawn)) as number[]).includes(1)).toBe(false);
});

test('a damaged PDF says it could not be shown; images, text and Word files preview too', async ({ hb }) => {
  const { page } = hb;
  const { candidate } = await hb.call('candidates:create', { fullName: 'Kim Reyes' });
  const broken = Buffer.concat([makePdf(['Kim Reyes']).subarray(0, 40), Buffer.from('\n%%EOF\n')]);
  for (const [fileName, bytes] of [
    ['broken.pdf', broken],
    ['photo.png', PNG_1X1],
    ['notes.txt', Buffer.from('Kim Reyes\nOpens the shop at 6 am.\n')],
    ['cv.docx', makeDocx([{ kind: 'heading1', text: 'Experience' }, { kind: 'bullet', text: 'Ran the espresso bar at Stumptown' }])],
  ] as const) {
    await hb.call('attachments:add', { candidateId: candidate.id, fileName, path: await hb.file(fileName, bytes) });
  }
  await hb.open(`#/candidates/${candidate.id}`);

  await page.getByRole('button', { name: 'Preview broken.pdf' }).click();
  await expect(page.getByRole('dialog', { name: 'broken.pdf' }).getByRole('alert')).toContainText('This PDF could not be shown:');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Preview photo.png' }).click();
  const image = page.getByRole('dialog', { name: 'photo.png' }).getByRole('img', { name: 'photo.png' });
  await expect(image).toHaveAttribute('src', `data:image/png;base64,${PNG_1X1.toString('base64')}`);
  await expect.poll(() => image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)).toBe(1);
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Preview notes.txt' }).click();
  await expect(page.getByRole('dialog', { name: 'notes.txt' }).getByLabel('Text of notes.txt')).toHaveText('Kim Reyes\nOpens the shop at 6 am.');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Preview cv.docx' }).click();
  await expect(page.getByRole('dialog', { name: 'cv.docx' }).getByLabel('Text of cv.docx')).toHaveText(/^Experience\s+• Ran the espresso bar at Stumptown$/);
});
