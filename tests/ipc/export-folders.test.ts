// Writes go only where the owner chose, and never over their files: postings:batch-pdf and careers:export
// with required grants (the desktop app), the batch PDFs' marker (an owner's file keeps its bytes, the new
// PDF takes a free name), and a careers re-export that meets links (symlinks) and a hostile marker.
// PDFs come from a stand-in printer (real Chromium is tested in postings-pdf.test.ts). Runs in Vitest on
// real SQLite and real folders.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BatchPdfResult, CareersExport } from '../../electron/contract';
import type { Core, CoreOptions } from '../../electron/core';
import type { PdfPrinter } from '../../electron/core/postings/pdf-printer';
import { SHORT_ROLE, SHORT_SECTIONS } from '../helpers/posting-fixtures';
import { seedRole } from '../helpers/postings';
import { tempCore, tempDir, value } from '../helpers/temp-core';

const JOB = '3f1d2c4b-5a6e-4f70-8a9b-0c1d2e3f4a5b';
const UNCHOSEN = /Choose the folder with the folder button/;

/** A printer whose every PDF is different ("%PDF-fake 1", "%PDF-fake 2", …), so a replaced file shows. */
function countingPrinter(): () => PdfPrinter {
  let n = 0;
  return () => ({
    print: () => Promise.resolve({ pdf: new TextEncoder().encode(`%PDF-fake ${(n += 1)}`), pages: 1 }),
    close: () => Promise.resolve(),
  });
}

/** A core whose folder dialog answers `folders` in turn (the owner's choices). */
async function setup(options: Partial<CoreOptions> & { folders?: string[] } = {}): Promise<Core> {
  const folders = [...(options.folders ?? [])];
  const core = tempCore({
    printer: countingPrinter(),
    platform: { chooseFolder: () => Promise.resolve(folders.shift() ?? null), chooseFiles: () => Promise.resolve([]) },
    ...options,
  });
  await seedRole(core, { ...SHORT_ROLE, title: 'Barista' }, SHORT_SECTIONS);
  await seedRole(core, { ...SHORT_ROLE, title: 'Baker' }, SHORT_SECTIONS);
  return core;
}

async function choose(core: Core): Promise<string> {
  const chosen = value<{ path: string | null }>(await core.dispatch('app:choose-folder', { title: 'Choose a folder' })).path;
  if (!chosen) throw new Error('the fake dialog answered no folder');
  return chosen;
}

/** Every file below `dir` (relative, sorted), with its bytes: to prove nothing changed. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (sub: string): void => {
    for (const entry of fs.readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.join(sub, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.isSymbolicLink()) out[rel] = `-> ${fs.readlinkSync(path.join(dir, rel))}`;
      else out[rel] = fs.readFileSync(path.join(dir, rel)).toString('base64');
    }
  };
  walk('');
  return out;
}

describe('with required grants (the desktop app)', () => {
  it('refuses batch PDFs and the careers site into a folder the owner did not choose, writing nothing', async () => {
    const core = await setup({ requireGrants: true });
    const notChosen = tempDir();
    fs.writeFileSync(path.join(notChosen, 'barista.pdf'), 'the owner’s own file');
    const before = snapshot(notChosen);
    const missing = path.join(tempDir(), 'new-folder');

    for (const outDir of [notChosen, missing]) {
      const batch = await core.dispatch('postings:batch-pdf', { outDir, layout: 'classic', jobId: JOB });
      expect(batch).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(UNCHOSEN) } });
      if (!batch.ok) expect(batch.error.issues?.[0]?.path).toEqual(['outDir']);
      const site = await core.dispatch('careers:export', { outDir });
      expect(site).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(UNCHOSEN) } });
    }
    expect(snapshot(notChosen)).toEqual(before);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('writes into the folder the folder dialog returned', async () => {
    const pdfs = tempDir();
    const site = tempDir();
    const core = await setup({ requireGrants: true, folders: [pdfs, site] });
    const batch = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir: await choose(core), layout: 'classic', jobId: JOB }));
    expect(batch.files.sort()).toEqual(['baker.pdf', 'barista.pdf']);
    const careers = value<CareersExport>(await core.dispatch('careers:export', { outDir: await choose(core) }));
    expect(careers.roles).toBe(2);
    expect(fs.existsSync(path.join(site, 'roles', 'barista.html'))).toBe(true);
  });

  it('never lets the app force a careers export into a folder with other files', async () => {
    const site = tempDir();
    fs.writeFileSync(path.join(site, 'index.html'), 'my own site');
    const core = await setup({ requireGrants: true, folders: [site] });
    const result = await core.dispatch('careers:export', { outDir: await choose(core), force: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('my own site');
  });
});

describe('postings:batch-pdf into a folder holding the owner’s files', () => {
  it('keeps the owner’s barista.pdf byte for byte and saves the new PDF under a free name', async () => {
    const outDir = tempDir();
    const theirs = Buffer.from('%PDF-1.7 the owner’s own barista flyer, made by hand');
    fs.writeFileSync(path.join(outDir, 'barista.pdf'), theirs);
    const core = await setup({ requireGrants: true, folders: [outDir, outDir] });

    const first = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir: await choose(core), layout: 'classic', jobId: JOB }));
    expect(first.files.sort()).toEqual(['baker.pdf', 'barista-2.pdf']);
    expect(first.renamed).toEqual([{ file: 'barista-2.pdf', wanted: 'barista.pdf' }]);
    expect(fs.readFileSync(path.join(outDir, 'barista.pdf'))).toEqual(theirs);
    expect(fs.readFileSync(path.join(outDir, 'barista-2.pdf'), 'latin1')).toMatch(/^%PDF-fake \d$/);
    const marker = JSON.parse(fs.readFileSync(path.join(outDir, '.hirebook-pdfs.json'), 'utf8')) as { files: string[] };
    expect(marker.files.sort()).toEqual(['baker.pdf', 'barista-2.pdf']);

    // A re-run replaces exactly the PDFs it wrote before, under the same names.
    const before = { baker: fs.readFileSync(path.join(outDir, 'baker.pdf'), 'latin1'), barista: fs.readFileSync(path.join(outDir, 'barista-2.pdf'), 'latin1') };
    const second = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir: await choose(core), layout: 'classic', jobId: JOB }));
    expect(second.files.sort()).toEqual(['baker.pdf', 'barista-2.pdf']);
    expect(fs.readFileSync(path.join(outDir, 'baker.pdf'), 'latin1')).not.toBe(before.baker);
    expect(fs.readFileSync(path.join(outDir, 'barista-2.pdf'), 'latin1')).not.toBe(before.barista);
    expect(fs.readFileSync(path.join(outDir, 'barista.pdf'))).toEqual(theirs);
    expect(fs.readdirSync(outDir).sort()).toEqual(['.hirebook-pdfs.json', 'baker.pdf', 'barista-2.pdf', 'barista.pdf']);
  });

  it('does not trust a marker that lists a link or a name outside the folder', async () => {
    const outDir = tempDir();
    const outside = tempDir();
    fs.writeFileSync(path.join(outside, 'precious.pdf'), 'not Hirebook’s');
    fs.symlinkSync(path.join(outside, 'precious.pdf'), path.join(outDir, 'barista.pdf'));
    fs.writeFileSync(path.join(outDir, '.hirebook-pdfs.json'), JSON.stringify({ files: ['barista.pdf', '../baker.pdf', path.join(outside, 'precious.pdf')] }));
    const core = await setup({ requireGrants: true, folders: [outDir] });
    const result = value<BatchPdfResult>(await core.dispatch('postings:batch-pdf', { outDir: await choose(core), layout: 'classic', jobId: JOB }));
    expect(result.files.sort()).toEqual(['baker.pdf', 'barista-2.pdf']);
    expect(fs.readFileSync(path.join(outside, 'precious.pdf'), 'utf8')).toBe('not Hirebook’s');
    expect(fs.lstatSync(path.join(outDir, 'barista.pdf')).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(outside)).toEqual(['precious.pdf']);
  });
});

describe('careers:export over an earlier export', () => {
  async function exported(): Promise<{ core: Core; site: string; outside: string }> {
    const site = path.join(tempDir(), 'site');
    const outside = tempDir();
    const core = await setup();
    value(await core.dispatch('careers:export', { outDir: site }));
    return { core, site, outside };
  }

  function addToMarker(site: string, files: string[]): void {
    const file = path.join(site, '.hirebook-careers.json');
    const marker = JSON.parse(fs.readFileSync(file, 'utf8')) as { files: string[] };
    fs.writeFileSync(file, JSON.stringify({ ...marker, files: [...marker.files, ...files] }));
  }

  it('never deletes through a link the marker names (link/victim.txt, link → another folder)', async () => {
    const { core, site, outside } = await exported();
    fs.writeFileSync(path.join(outside, 'victim.txt'), 'keep me');
    fs.symlinkSync(outside, path.join(site, 'link'));
    addToMarker(site, ['link/victim.txt']);
    value(await core.dispatch('careers:export', { outDir: site }));
    expect(fs.readFileSync(path.join(outside, 'victim.txt'), 'utf8')).toBe('keep me');
    expect(fs.lstatSync(path.join(site, 'link')).isSymbolicLink()).toBe(true);
  });

  it('ignores marker entries outside the folder: "..", absolute paths, backslashes, NUL, and an over-long list', async () => {
    const { core, site, outside } = await exported();
    const parent = path.dirname(site);
    fs.writeFileSync(path.join(parent, 'outside.txt'), 'beside the site');
    fs.writeFileSync(path.join(outside, 'absolute.txt'), 'elsewhere');
    fs.writeFileSync(path.join(site, 'mine.txt'), 'the owner’s note');
    fs.mkdirSync(path.join(site, 'sub'));
    fs.writeFileSync(path.join(site, 'sub', 'x.txt'), 'the owner’s too');
    addToMarker(site, ['../outside.txt', path.join(outside, 'absolute.txt'), 'sub\\x.txt', 'mine.txt\0', './mine.txt', 'sub//x.txt', 'roles/../mine.txt']);
    value(await core.dispatch('careers:export', { outDir: site }));
    expect(fs.readFileSync(path.join(parent, 'outside.txt'), 'utf8')).toBe('beside the site');
    expect(fs.readFileSync(path.join(outside, 'absolute.txt'), 'utf8')).toBe('elsewhere');
    expect(fs.readFileSync(path.join(site, 'mine.txt'), 'utf8')).toBe('the owner’s note');
    expect(fs.readFileSync(path.join(site, 'sub', 'x.txt'), 'utf8')).toBe('the owner’s too');

    // A list far longer than any site Hirebook writes is not one Hirebook wrote: it owns nothing, so the
    // export refuses rather than replace or remove anything.
    const long = Array.from({ length: 20_001 }, (_, i) => `page-${i}.html`);
    addToMarker(site, ['mine.txt', ...long]);
    const index = fs.readFileSync(path.join(site, 'index.html'));
    const refused = await core.dispatch('careers:export', { outDir: site });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringContaining('already has other files') } });
    expect(fs.readFileSync(path.join(site, 'mine.txt'), 'utf8')).toBe('the owner’s note');
    expect(fs.readFileSync(path.join(site, 'index.html'))).toEqual(index);
  });

  it('refuses to write through a linked roles folder, saying which, and writes nothing outside', async () => {
    const { core, site, outside } = await exported();
    fs.rmSync(path.join(site, 'roles'), { recursive: true });
    fs.symlinkSync(outside, path.join(site, 'roles'));
    const before = snapshot(site);
    const result = await core.dispatch('careers:export', { outDir: site });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringMatching(/roles.*link/) } });
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(snapshot(site)).toEqual(before);
  });

  it('never replaces a file the earlier export did not write', async () => {
    const { core, site } = await exported();
    fs.rmSync(path.join(site, '.hirebook-careers.json'));
    fs.writeFileSync(path.join(site, '.hirebook-careers.json'), JSON.stringify({ files: ['style.css'] }));
    fs.writeFileSync(path.join(site, 'index.html'), 'the owner’s own start page');
    const result = await core.dispatch('careers:export', { outDir: site });
    expect(result).toMatchObject({ ok: false, error: { code: 'conflict', message: expect.stringMatching(/^index\.html, roles\/baker\.html, roles\/barista\.html are already in .* not written by Hirebook, so nothing was written/) } });
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('the owner’s own start page');
  });
});

describe('careers:export with force (the CLI’s --force)', () => {
  it('writes into a folder with other files, replacing only the site’s names, and later re-exports without force', async () => {
    const site = tempDir();
    fs.writeFileSync(path.join(site, 'index.html'), 'the old hand-made start page');
    fs.writeFileSync(path.join(site, 'notes.txt'), 'the owner’s notes');
    const core = await setup();
    const refused = await core.dispatch('careers:export', { outDir: site });
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toBe('the old hand-made start page');

    const forced = value<CareersExport>(await core.dispatch('careers:export', { outDir: site, force: true }));
    expect(fs.readFileSync(path.join(site, 'index.html'), 'utf8')).toContain('<!DOCTYPE html>');
    expect(fs.readFileSync(path.join(site, 'notes.txt'), 'utf8')).toBe('the owner’s notes');
    const marker = JSON.parse(fs.readFileSync(path.join(site, '.hirebook-careers.json'), 'utf8')) as { files: string[] };
    expect(marker.files.sort()).toEqual(forced.files.sort());

    value(await core.dispatch('careers:export', { outDir: site }));
    expect(fs.readFileSync(path.join(site, 'notes.txt'), 'utf8')).toBe('the owner’s notes');
  });

  it('still never writes through a link', async () => {
    const site = tempDir();
    const outside = tempDir();
    fs.symlinkSync(outside, path.join(site, 'roles'));
    const core = await setup();
    const result = await core.dispatch('careers:export', { outDir: site, force: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', message: expect.stringContaining('roles is a link (symlink)') } });
    expect(fs.readdirSync(outside)).toEqual([]);
    expect(fs.readdirSync(site)).toEqual(['roles']);
  });
});
