// `npx tsx scripts/render-sample-postings.ts`: prints sample postings (a short role, a long four-page role,
// flyers, Letter paper, hostile text) to PDF and PNG pages in screenshots/postings/ (git-ignored), so
// anyone can look at the typography. Runs in Node with Chromium (CHROMIUM_PATH or on the PATH).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PostingPdf, Role } from '../electron/contract';
import { createCore, type Core } from '../electron/core/create-core';
import { createPlaywrightPrinter } from '../electron/core/postings/pdf-printer-playwright';
import { HOSTILE_ROLE, HOSTILE_SECTIONS, LONG_ROLE, LONG_SECTIONS, SHORT_ROLE, SHORT_SECTIONS, type FixtureSection } from '../tests/helpers/posting-fixtures';

const OUT = path.resolve(__dirname, '..', 'screenshots', 'postings');

async function call<T>(core: Core, channel: string, input: unknown): Promise<T> {
  const result = await core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as T;
}

async function role(core: Core, fields: object, sections: FixtureSection[]): Promise<Role> {
  const created = await call<Role>(core, 'roles:create', fields);
  await call(core, 'descriptions:save', { roleId: created.id, sections });
  return created;
}

async function render(core: Core, name: string, roleId: string, layout: 'classic' | 'flyer'): Promise<void> {
  const pdf = await call<PostingPdf>(core, 'postings:pdf', { roleId, layout });
  const file = path.join(OUT, `${name}.pdf`);
  fs.writeFileSync(file, Buffer.from(pdf.base64, 'base64'));
  execFileSync('pdftoppm', ['-png', '-r', '60', file, path.join(OUT, name)]);
  console.log(`${name}.pdf: ${pdf.pages} page(s)`);
}

async function main(): Promise<void> {
  fs.rmSync(OUT, { recursive: true, force: true });
  fs.mkdirSync(OUT, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirebook-samples-'));
  const core = createCore({ dataDir, printer: () => createPlaywrightPrinter() });
  try {
    await call(core, 'company:update', {
      name: 'Hearth & Crumb Bakery Café',
      website: 'https://hearthandcrumb.example',
      address: { street: '1824 SE Division Street', city: 'Portland', region: 'OR', postalCode: '97202', country: 'United States' },
      paperSize: 'a4',
    });
    const short = await role(core, SHORT_ROLE, SHORT_SECTIONS);
    const long = await role(core, LONG_ROLE, LONG_SECTIONS);
    const hostile = await role(core, HOSTILE_ROLE, HOSTILE_SECTIONS);
    await render(core, 'short-classic-a4', short.id, 'classic');
    await render(core, 'long-classic-a4', long.id, 'classic');
    await render(core, 'short-flyer-a4', short.id, 'flyer');
    await render(core, 'long-flyer-a4', long.id, 'flyer');
    await render(core, 'hostile-classic-a4', hostile.id, 'classic');
    await render(core, 'hostile-flyer-a4', hostile.id, 'flyer');
    await call(core, 'company:update', { paperSize: 'letter' });
    await render(core, 'short-classic-letter', short.id, 'classic');
    await render(core, 'long-flyer-letter', long.id, 'flyer');
    console.log(`PNG pages in ${path.relative(process.cwd(), OUT)}/`);
  } finally {
    await core.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
