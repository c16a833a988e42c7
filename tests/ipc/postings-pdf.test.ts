// PDFs through real Chromium (playwright-core), read back with poppler: text in order, page size, embedded
// fonts, no JavaScript, only the owner's links, page numbers on long postings, one-page flyers, hostile
// text, and the batch job with progress and cancel. One printer for the whole file. Runs in Vitest.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchPdfResult, EventName, PostingHtml, PostingPdf, PostingProgress, Role } from '../../electron/contract';
import type { Core } from '../../electron/core';
import { createPlaywrightPrinter } from '../../electron/core/postings/pdf-printer-playwright';
import type { PdfPrinter, PrintOptions } from '../../electron/core/postings/pdf-printer';
import { HOSTILE, HOSTILE_ROLE, HOSTILE_SECTIONS, LONG_ROLE, LONG_SECTIONS, SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { pdfFonts, pdfInfo, pdfPageSizes, pdfText, pdfUris, seedRole } from '../helpers/postings';
import { tempCore, tempDir, value } from '../helpers/temp-core';

const shared = createPlaywrightPrinter();
// The core closes its printer; the file's one warm printer must outlive each test's core.
const borrowed = (): PdfPrinter => ({ print: (html: string, options: PrintOptions) => shared.print(html, options), close: async () => undefined });

afterAll(() => shared.close(), 30_000);

const COMPANY = { name: 'Hearth & Crumb', website: 'https://hearthandcrumb.example', address: { city: 'Portland', region: 'OR', country: 'US' } };

async function setup(paperSize: 'a4' | 'letter' = 'a4', onEvent?: (event: EventName, payload: unknown) => void): Promise<Core> {
  const core = tempCore({ printer: borrowed, ...(onEvent ? { onEvent } : {}) });
  value(await core.dispatch('company:update', { ...COMPANY, paperSize }));
  return core;
}

async function pdf(core: Core, roleId: string, layout = 'classic'): Promise<{ bytes: Buffer; pages: number; fileName: string }> {
  const out = value<PostingPdf>(await core.dispatch('postings:pdf', { roleId, layout }));
  return { bytes: Buffer.from(out.base64, 'base64'), pages: out.pages, fileName: out.fileName };
}

const flat = (text: string): string => text.replace(/\s+/g, ' ');

function expectInOrder(text: string, parts: readonly string[]): void {
  const haystack = flat(text);
  let at = 0;
  for (const part of parts) {
    const found = haystack.indexOf(flat(part), at);
    expect(found, `"${part}" after position ${at}`).toBeGreaterThanOrEqual(0);
    at = found + part.length;
  }
}

function sectionTexts(sections: typeof SHORT_SECTIONS): string[] {
  return sections.flatMap((s) => [s.heading, ...[...s.html.matchAll(/<li>(.*?)<\/li>/g)].map((m) => (m[1] ?? '').replace(/<[^>]+>/g, ''))]);
}

function expectClean(bytes: Buffer): void {
  const raw = bytes.toString('latin1');
  expect(raw).not.toMatch(/\/JavaScript|\/JS\b|\/AA\b|\/OpenAction/);
  for (const font of pdfFonts(bytes)) expect(font.embedded, font.line).toBe(true);
}

// Printing starts Chromium (the first test) and prints one to four PDFs, each read back with poppler.
describe('postings:pdf', { timeout: 60_000 }, () => {
  it('prints a short role on one A4 page: every heading and item in order, fonts embedded, only the owner links', async () => {
    const core = await setup();
    const role = await seedRole(core, SHORT_ROLE, SHORT_SECTIONS);
    const out = await pdf(core, role.id);
    expect(out.fileName).toBe('weekend-barista.pdf');
    expect(out.pages).toBe(1);
    expect(pdfInfo(out.bytes)).toEqual({ pages: 1, pageSize: expect.stringMatching(/^59[45]\.\d+ x 841\.\d+ pts \(A4\)$/) as unknown as string });
    const text = pdfText(out.bytes);
    expectInOrder(text, ['Weekend Barista', '$18–$22 an hour', ...sectionTexts(SHORT_SECTIONS), 'How to apply', 'hearthandcrumb.example/jobs/barista']);
    expectClean(out.bytes);
    const fonts = pdfFonts(out.bytes).map((f) => f.name);
    expect(fonts.some((f) => f.includes('Inter'))).toBe(true);
    expect(fonts.some((f) => f.includes('SourceSerif'))).toBe(true);
    expect(new Set(pdfUris(out.bytes))).toEqual(
      new Set(['https://hearthandcrumb.example/', 'https://hearthandcrumb.example/team', 'https://hearthandcrumb.example/jobs/barista', 'mailto:jobs@hearthandcrumb.example']),
    );
  });

  it('prints on Letter when the company uses Letter', async () => {
    const core = await setup('letter');
    const role = await seedRole(core, SHORT_ROLE, SHORT_SECTIONS);
    const out = await pdf(core, role.id);
    expect(pdfInfo(out.bytes).pageSize).toBe('612 x 792 pts (letter)');
  });

  it('prints a long role on several pages with page numbers and a running footer', async () => {
    const core = await setup();
    const role = await seedRole(core, LONG_ROLE, LONG_SECTIONS);
    const out = await pdf(core, role.id);
    expect(out.pages).toBe(4);
    expect(pdfInfo(out.bytes).pages).toBe(4);
    const text = pdfText(out.bytes);
    for (let page = 1; page <= 4; page += 1) expect(text).toContain(`Page ${page} of 4`);
    expect(text).toContain('Hearth & Crumb · Head Baker and Production Lead');
    expectInOrder(text, sectionTexts(LONG_SECTIONS));
    expectClean(out.bytes);
  });

  it('keeps the flyer to exactly one page, even for a long role, and says where the rest is', async () => {
    for (const paper of ['a4', 'letter'] as const) {
      const core = await setup(paper);
      const role = await seedRole(core, LONG_ROLE, LONG_SECTIONS);
      const out = await pdf(core, role.id, 'flyer');
      expect(out.fileName).toBe('head-baker-and-production-lead-flyer.pdf');
      expect(out.pages).toBe(1);
      expect(pdfInfo(out.bytes).pages).toBe(1);
      const text = flat(pdfText(out.bytes));
      expect(text).toContain('Head Baker and');
      expect(text).toContain('More about this job at hearthandcrumb.example');
      expect(text).toContain('How to apply');
      expect(text).toContain('jobs@hearthandcrumb.example');
      expectClean(out.bytes);
    }
  });

  it('prints hostile text as literal text without breaking the page', async () => {
    const core = await setup();
    const role = await seedRole(core, HOSTILE_ROLE, HOSTILE_SECTIONS);
    for (const layout of ['classic', 'flyer']) {
      const out = await pdf(core, role.id, layout);
      const text = pdfText(out.bytes, false);
      expect(text).toContain(HOSTILE.script);
      expect(text).toContain(HOSTILE.img);
      expect(text).toContain(HOSTILE.js);
      // The override reverses only its own word ("evil" → "live"); what follows keeps its order.
      expect(flat(text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, ''))).toMatch(/live ?Crew/);
      expect(text).toContain('👩‍🍳');
      expect(text).not.toContain(HOSTILE.longWord.slice(0, 200));
      expect(text.normalize('NFC')).toContain('Café Zöe');
      if (layout === 'classic') expect(text).toMatch(/x{60,}/);
      else {
        // The flyer keeps texts whole: instructions that are one 1,500-character sentence cannot fit its panel.
        const { notice } = value<PostingHtml>(await core.dispatch('postings:html', { roleId: role.id, layout }));
        expect(notice).toContain('the how-to-apply note');
      }
      // Every page keeps the paper width: the 10,000-character word wrapped instead of widening the page.
      for (const size of pdfPageSizes(out.bytes)) expect(size).toMatch(/^59[45]\.\d+ x 841\.\d+ pts/);
      expectClean(out.bytes);
      expect(pdfUris(out.bytes).every((uri) => /^(https:\/\/hearthandcrumb\.example\/|mailto:jobs@example\.com)$/.test(uri))).toBe(true);
    }
  });

  it('answers not_found for an unknown role and unavailable without a printer', async () => {
    const core = await setup();
    const missing = await core.dispatch('postings:pdf', { roleId: '0b6c7d3e-1f2a-4b5c-8d9e-0f1a2b3c4d5e', layout: 'classic' });
    expect(!missing.ok && missing.error.code).toBe('not_found');
    const bare = tempCore();
    const role = await seedRole(bare, SHORT_ROLE, SHORT_SECTIONS);
    const none = await bare.dispatch('postings:pdf', { roleId: role.id, layout: 'classic' });
    expect(!none.ok && none.error).toMatchObject({ code: 'unavailable', message: expect.stringMatching(/PDF printing is not available/) as unknown as string });
  });
});

// A batch seeds and prints four or five roles.
describe('postings:batch-pdf', { timeout: 120_000 }, () => {
  async function seedOpenRoles(core: Core, count: number): Promise<Role[]> {
    const roles: Role[] = [];
    for (let i = 0; i < count; i += 1) roles.push(await seedRole(core, { ...SHORT_ROLE, title: i % 2 ? 'Barista' : `Baker ${i}` }, SHORT_SECTIONS));
    await seedRole(core, { ...SHORT_ROLE, title: 'Draft job', status: 'draft' }, SHORT_SECTIONS);
    return roles;
  }

  it('prints every open role into the folder with progress events', async () => {
    const progress: PostingProgress[] = [];
    const core = await setup('a4', (event, payload) => event === 'postings:progress' && progress.push(payload as PostingProgress));
    await seedOpenRoles(core, 4);
    const outDir = path.join(tempDir(), 'pdfs');
    const jobId = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
    const result = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir, layout: 'flyer', jobId }));
    expect(result).toMatchObject({ renamed: [], failed: [], cancelled: false });
    expect(result.files.sort()).toEqual(['baker-0-flyer.pdf', 'baker-2-flyer.pdf', 'barista-2-flyer.pdf', 'barista-flyer.pdf']);
    for (const file of result.files) expect(pdfInfo(fs.readFileSync(path.join(outDir, file))).pages).toBe(1);
    expect(progress.map((p) => p.done)).toEqual([0, 1, 2, 3, 4]);
    expect(progress.every((p) => p.total === 4 && p.jobId === jobId)).toBe(true);
  });

  it('stops after the current role when cancelled and reports the files written so far', async () => {
    let core: Core | null = null;
    const jobId = '7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d';
    const cancels: Promise<unknown>[] = [];
    core = await setup('a4', (event, payload) => {
      if (event === 'postings:progress' && (payload as PostingProgress).done === 1) cancels.push(core!.dispatch('postings:cancel', { jobId }));
    });
    await seedOpenRoles(core, 5);
    const outDir = path.join(tempDir(), 'pdfs');
    const result = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir, layout: 'classic', jobId }));
    expect(await Promise.all(cancels)).toEqual([{ ok: true, value: { cancelled: true } }]);
    expect(result.cancelled).toBe(true);
    expect(result.files).toHaveLength(1);
    // The marker lists the PDF written before the cancel, so a later batch may replace it.
    expect(fs.readdirSync(outDir).sort()).toEqual(['.hirebook-pdfs.json', ...result.files]);
    expect(JSON.parse(fs.readFileSync(path.join(outDir, '.hirebook-pdfs.json'), 'utf8'))).toMatchObject({ files: result.files });
    expect(value(await core.dispatch('postings:cancel', { jobId }))).toEqual({ cancelled: false });
  });
});
