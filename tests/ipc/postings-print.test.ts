// Issue 16.11 "Print": the flyer keeps every text whole and the benefits, and its notice names what it left
// out; a classic posting just over two pages long never ends on a page holding only the closing line; every
// PDF is tagged with its title and language. Real Chromium (playwright-core), read back with poppler
// (skipped with the reason when poppler is missing). Runs in Vitest.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PostingHtml, PostingPdf } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { parseJobDescriptionFile } from '../../electron/core/job-descriptions/jd-import-formats';
import { parsedToSections } from '../../electron/core/job-descriptions/jd-import-rules';
import type { PdfPrinter, PrintOptions } from '../../electron/core/postings/pdf-printer';
import { createPlaywrightPrinter } from '../../electron/core/postings/pdf-printer-playwright';
import { LONG_ROLE, LONG_SECTIONS, SHORT_ROLE, type FixtureSection } from '../helpers/posting-fixtures';
import { parseHtml, pdfInfoFields, pdfLang, pdfPageText, pdfText, popplerMissing, seedRole } from '../helpers/postings';
import { tempCore, value } from '../helpers/temp-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const OYSTER = path.resolve(here, '../fixtures/jd/real/heldout-oyster-house-line-cook.txt');
const SHARED = path.resolve(here, '../../../shared/fixtures/backend-developer-posting.txt');

const POPPLER = popplerMissing();
const shared = createPlaywrightPrinter();
const borrowed = (): PdfPrinter => ({ print: (html: string, options: PrintOptions) => shared.print(html, options), close: async () => undefined });

afterAll(() => shared.close(), 30_000);

const COMPANY = { name: 'Hearth & Crumb', website: 'https://hearthandcrumb.example', address: { city: 'Portland', region: 'OR', country: 'US' } };

async function setup(paperSize: 'a4' | 'letter' = 'a4'): Promise<Core> {
  const core = tempCore({ printer: borrowed });
  value(await core.dispatch('company:update', { ...COMPANY, paperSize }));
  return core;
}

async function realSections(file: string): Promise<FixtureSection[]> {
  return parsedToSections(await parseJobDescriptionFile(fs.readFileSync(file), path.basename(file)));
}

async function printed(core: Core, roleId: string, layout: 'classic' | 'flyer'): Promise<{ bytes: Buffer; pages: number; html: string; notice: string | null }> {
  const pdf = value<PostingPdf>(await core.dispatch('postings:pdf', { roleId, layout }));
  const doc = value<PostingHtml>(await core.dispatch('postings:html', { roleId, layout }));
  return { bytes: Buffer.from(pdf.base64, 'base64'), pages: pdf.pages, html: doc.html, notice: doc.notice };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** The flyer's lists as printed: heading → items, from the document the PDF was printed from. */
function flyerLists(html: string): Map<string, string[]> {
  const body = /<div class="body[^"]*">([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  const lists = new Map<string, string[]>();
  for (const m of body.matchAll(/<h2>(.*?)<\/h2><ul>(.*?)<\/ul>/g)) {
    lists.set(parseHtml(m[1] ?? '').text, [...(m[2] ?? '').matchAll(/<li[^>]*>(.*?)<\/li>/g)].map((li) => parseHtml(li[1] ?? '').text));
  }
  return lists;
}

function expectTagged(bytes: Buffer, title: string, lang: string, pages: number): void {
  const info = pdfInfoFields(bytes);
  expect(info.Tagged).toBe('yes');
  expect(info.Title).toContain(title);
  expect(Number(info.Pages)).toBe(pages);
  expect(pdfLang(bytes)).toBe(lang);
}

describe.skipIf(POPPLER !== null)(`printed postings${POPPLER ? ` (skipped: ${POPPLER})` : ''}`, { timeout: 90_000 }, () => {
  it('prints a real posting’s flyer on one tagged page: the benefits, every bullet whole, and a notice naming what was left out', async () => {
    for (const [paper, lang] of [['a4', 'en-GB'], ['letter', 'en-US']] as const) {
      const core = await setup(paper);
      const role = await seedRole(core, { ...SHORT_ROLE, title: 'Line Cook' }, await realSections(OYSTER));
      const out = await printed(core, role.id, 'flyer');
      expect(out.pages).toBe(1);
      expectTagged(out.bytes, 'Line Cook', lang, 1);
      const text = flat(pdfText(out.bytes, false));
      expect(text).not.toContain('…');
      const lists = flyerLists(out.html);
      const duties = lists.get('What you will do') ?? [];
      const perks = lists.get('What we offer') ?? [];
      expect(perks.length, 'benefits on the flyer').toBeGreaterThanOrEqual(1);
      expect(text).toContain('What we offer');
      expect(text).toContain('major medical & dental through BCBS of Alabama;');
      for (const item of [...duties, ...perks]) expect(text, item).toContain(flat(item));
      // The posting has 15 duties and 7 benefits: what did not fit is counted in the notice, in plain words.
      expect(duties.length).toBeLessThan(15);
      expect(out.notice).toContain(`${15 - duties.length} duties`);
      if (perks.length < 7) expect(out.notice).toContain(`${7 - perks.length} benefit`);
      expect(out.notice).toMatch(/^To fit one page, the flyer leaves out .+\. The classic layout has everything\.$/);
      expect(text).toContain('More about this job at hearthandcrumb.example');
      expect(text).toContain('How to apply');
    }
  });

  it('names the sections a long flyer leaves out, and prints the classic layout of the same role tagged with page numbers', async () => {
    const core = await setup();
    const role = await seedRole(core, LONG_ROLE, LONG_SECTIONS);
    const flyer = await printed(core, role.id, 'flyer');
    expectTagged(flyer.bytes, 'Head Baker and Production Lead', 'en-GB', 1);
    expect(flyer.notice).toContain('the sections “Nice to have”, “About us” and “Working here”');
    const lists = flyerLists(flyer.html);
    expect(flyer.notice).toContain(`${24 - (lists.get('What you will do')?.length ?? 0)} duties`);
    expect(flyer.notice).toContain(`${16 - (lists.get('What you bring')?.length ?? 0)} requirements`);
    expect(flyer.notice).toContain(`${12 - (lists.get('What we offer')?.length ?? 0)} benefits`);
    const text = flat(pdfText(flyer.bytes, false));
    for (const item of [...lists.values()].flat()) expect(text, item).toContain(flat(item));
    expect(text).not.toContain('…');

    const classic = await printed(core, role.id, 'classic');
    expect(classic.notice).toBeNull();
    expectTagged(classic.bytes, 'Head Baker and Production Lead', 'en-GB', 4);
  });

  it('says nothing was left out when a short posting fits, and prints it in a larger type', async () => {
    const core = await setup();
    const role = await seedRole(core, { ...SHORT_ROLE, title: 'Barista' }, [
      { kind: 'summary', heading: 'About the job', html: '<p>Pull espresso for our weekend regulars.</p>' },
      { kind: 'benefits', heading: 'What we offer', html: '<ul><li>Free coffee</li><li>Tips shared fairly</li></ul>' },
    ]);
    const out = await printed(core, role.id, 'flyer');
    expect(out.notice).toBeNull();
    expect(out.html).toMatch(/class="body s-16"/);
    const text = flat(pdfText(out.bytes, false));
    expect(text).toContain('Free coffee');
    expect(text).not.toContain('More about this job');
  });

  it('never ends a classic posting just over two pages long on a page holding only the closing line', async () => {
    const core = await setup();
    const role = await seedRole(core, LONG_ROLE, []);
    const para = '<p>We are a neighbourhood bakery café that has baked in the same brick oven since 1998. Our customers come for the bread and stay for the people.</p>';
    const closing = 'Hearth & Crumb · Portland, OR, US · hearthandcrumb.example';
    // 49 to 51 duties used to leave the closing line alone on page three (measured before the fix).
    for (const count of [49, 51]) {
      const items = Array.from({ length: count }, (_, i) => `<li>Duty ${i + 1}: keep temperature and proofing logs accurate so every batch can be traced.</li>`).join('');
      value(await core.dispatch('descriptions:save', { roleId: role.id, sections: [{ kind: 'summary', heading: 'About the job', html: para.repeat(3) }, { kind: 'responsibilities', heading: 'Duties', html: `<ul>${items}</ul>` }] }));
      const out = await printed(core, role.id, 'classic');
      expect(out.pages).toBeGreaterThanOrEqual(3);
      expectTagged(out.bytes, 'Head Baker and Production Lead', 'en-GB', out.pages);
      const last = flat(pdfPageText(out.bytes, out.pages));
      expect(last).toContain(closing);
      const rest = flat(last.replace(closing, '').replace(`Hearth & Crumb · Head Baker and Production Lead`, '').replace(`Page ${out.pages} of ${out.pages}`, ''));
      expect(rest, `page ${out.pages} of the ${count}-duty posting`).not.toBe('');
      expect(last).toContain('How to apply');
    }
  });

  it.skipIf(!fs.existsSync(SHARED))('prints the shared back-end developer posting as a tagged flyer with whole bullets (skipped when ../shared/fixtures is absent)', async () => {
    const core = await setup();
    const role = await seedRole(core, { ...SHORT_ROLE, title: 'Back End Developer' }, await realSections(SHARED));
    const out = await printed(core, role.id, 'flyer');
    expectTagged(out.bytes, 'Back End Developer', 'en-GB', 1);
    const text = flat(pdfText(out.bytes, false));
    const lists = flyerLists(out.html);
    for (const item of [...lists.values()].flat()) expect(text, item).toContain(flat(item));
    expect(text).not.toContain('…');
    expect(out.notice).toContain(`${6 - (lists.get('What you will do')?.length ?? 0)} duties`);
  });
});
