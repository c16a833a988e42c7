// Node script (after the build: `npx tsx scripts/screenshots-dark.ts [outDir] [light|dark]`): every main screen
// (roles, a pipeline, candidates, a profile, interviews, the description editor, the posting, Settings and its
// Backups area, the import review's section menu and split dialog) on the sample data at 1024×640, 1280×800 and 1920×1080, with the computer set to dark (or
// light) colours. Default output: shots-dark/ beside the repository.
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer, type TestCore } from '../tests/ui/harness';
import { must } from './screenshot-kit';

const OUT = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shots-dark'));
const SCHEME = process.argv[3] === 'light' ? 'light' : 'dark';
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

interface Screen {
  name: string;
  hash: string;
  ready(page: Page): Promise<void>;
  /** Shot at 1280×800 only: a dialog, a menu or a screen beside the main ones. */
  extra?: boolean;
}

/** The import review of a posting whose list holds a heading the reader missed ("Also good to know"). */
async function readPosting(p: Page): Promise<void> {
  const items = ['Prep vegetables, sauces and proteins before service', 'Cook lunch and dinner on the grill', 'Also good to know', 'Staff meal every shift', 'Paid time off after 90 days'];
  await p.getByLabel('Job description text').fill(`Line Cook\n\nABOUT US\nHarbour Kitchen is a 40-seat neighbourhood restaurant on the waterfront.\n\nDuties:\n${items.map((i) => `- ${i}`).join('\n')}`);
  await p.getByRole('button', { name: 'Read pasted text' }).click();
  await p.getByRole('heading', { name: 'Review the import' }).waitFor();
}

async function screens(core: TestCore): Promise<Screen[]> {
  await must(core, 'sample:load', {});
  const { roles } = await must<{ roles: { id: string }[] }>(core, 'roles:list', {});
  let busiest = { id: '', cards: -1 };
  for (const role of roles) {
    const board = await must<{ cards: unknown[] }>(core, 'pipeline:get', { roleId: role.id });
    if (board.cards.length > busiest.cards) busiest = { id: role.id, cards: board.cards.length };
  }
  const { roleId: described } = await must<{ roleId: string }>(core, 'templates:use', { templateId: 'barista' });
  const { rows } = await must<{ rows: { id: string }[] }>(core, 'candidates:list', { limit: 1 });
  const candidate = rows[0]?.id ?? '';
  const { interviews } = await must<{ interviews: { id: string; status: string; interviewers: { id: string }[] }[] }>(core, 'interviews:list', {});
  const open = interviews.find((i) => i.status === 'scheduled') ?? interviews[0];
  return [
    { name: 'roles', hash: '#/roles', ready: (p) => p.getByRole('table').waitFor() },
    { name: 'pipeline', hash: `#/roles/${busiest.id}/pipeline`, ready: (p) => p.getByTestId('board-card').first().waitFor() },
    { name: 'candidates', hash: '#/candidates', ready: (p) => p.getByRole('table').waitFor() },
    { name: 'candidate-profile', hash: `#/candidates/${candidate}`, ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
    { name: 'interviews', hash: '#/interviews', ready: (p) => p.getByRole('heading', { name: 'Interviews', level: 1 }).waitFor() },
    { name: 'description', hash: `#/roles/${described}/description`, ready: (p) => p.getByText(/^Posting score: /).waitFor() },
    {
      name: 'posting',
      hash: `#/roles/${described}/posting`,
      ready: (p) => p.getByRole('region', { name: 'Classic posting preview' }).getByRole('heading', { level: 1 }).waitFor(),
    },
    { name: 'settings', hash: '#/settings', ready: (p) => p.getByRole('heading', { name: 'Company profile' }).waitFor() },
    {
      name: 'backups',
      hash: '#/settings',
      ready: async (p) => {
        const heading = p.getByRole('heading', { name: 'Backups' });
        await heading.waitFor();
        await heading.scrollIntoViewIfNeeded();
      },
    },
    {
      name: 'pipeline-card-details',
      hash: `#/roles/${busiest.id}/pipeline`,
      extra: true,
      ready: async (p) => {
        await p.getByRole('button', { name: /^Actions for / }).nth(1).click();
        await p.getByRole('menuitem', { name: 'Rating, notes and history…' }).click();
        await p.getByRole('dialog').getByText('Time in each stage').waitFor();
      },
    },
    {
      name: 'pipeline-card-menu',
      hash: `#/roles/${busiest.id}/pipeline`,
      extra: true,
      ready: async (p) => {
        await p.getByRole('button', { name: /^Actions for / }).first().click();
        await p.getByRole('menu').waitFor();
      },
    },
    { name: 'role-form', hash: `#/roles/${described}/edit`, extra: true, ready: (p) => p.getByLabel('Job title').waitFor() },
    { name: 'candidate-form', hash: '#/candidates/new', extra: true, ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
    {
      name: 'description-preview',
      hash: `#/roles/${described}/description`,
      extra: true,
      ready: async (p) => {
        await p.getByRole('tab', { name: 'Preview' }).click();
        await p.getByRole('tabpanel').waitFor();
      },
    },
    { name: 'templates', hash: '#/templates', extra: true, ready: (p) => p.getByLabel('Search templates').waitFor() },
    {
      name: 'posting-flyer',
      hash: `#/roles/${described}/posting`,
      extra: true,
      ready: async (p) => {
        await p.getByRole('button', { name: 'Flyer', exact: true }).click();
        await p.getByRole('region', { name: 'Flyer posting preview' }).getByRole('heading', { level: 1 }).waitFor();
      },
    },
    { name: 'interview', hash: `#/interviews/${interviews[0]?.id ?? ''}`, extra: true, ready: (p) => p.getByRole('heading', { name: /^Interview with / }).waitFor() },
    { name: 'interview-mode', hash: `#/interviews/${interviews[0]?.id ?? ''}/mode`, extra: true, ready: (p) => p.getByRole('heading', { level: 1 }).first().waitFor() },
    {
      name: 'interview-scoring',
      hash: `#/interviews/${open?.id ?? ''}/mode?interviewer=${open?.interviewers[0]?.id ?? ''}`,
      extra: true,
      ready: async (p) => {
        const first = p.getByRole('radio').first();
        await first.waitFor();
        // A few ratings chosen, so the filled marks show.
        for (const index of [1, 7, 13]) await p.getByRole('radio').nth(index).check({ force: true });
      },
    },
    { name: 'kit', hash: `#/roles/${busiest.id}/kit`, extra: true, ready: (p) => p.getByRole('heading', { level: 1 }).waitFor() },
    {
      name: 'delete-dialog',
      hash: '#/roles',
      extra: true,
      ready: async (p) => {
        await p.getByRole('button', { name: /^More actions for / }).first().click();
        await p.getByRole('menu').getByRole('menuitem', { name: 'Delete…' }).click();
        await p.getByRole('alertdialog').waitFor();
      },
    },
    {
      name: 'jd-import-menu',
      hash: '#/jd-import',
      ready: async (p) => {
        await readPosting(p);
        await p.getByRole('button', { name: 'More for section 2' }).click();
        await p.getByRole('menu').waitFor();
      },
    },
    {
      name: 'jd-import-split',
      hash: '#/jd-import',
      ready: async (p) => {
        await readPosting(p);
        await p.getByRole('button', { name: 'More for section 2' }).click();
        await p.getByRole('menuitem', { name: 'Split at a line…' }).click();
        await p.getByRole('dialog').getByRole('radio', { name: /Also good to know/ }).check();
      },
    },
    {
      name: 'toast',
      hash: '#/settings',
      extra: true,
      ready: async (p) => {
        await p.getByRole('button', { name: 'Save company profile' }).click();
        await p.locator('[data-sonner-toast]').first().waitFor();
      },
    },
  ];
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const core = createTestCore('hirebook-shots-');
  const errors: string[] = [];
  try {
    const list = await screens(core);
    for (const size of SIZES) {
      const page = await browser.newPage({ viewport: size, colorScheme: SCHEME, reducedMotion: 'reduce', locale: 'en-GB' });
      page.on('pageerror', (e) => errors.push(e.message));
      await installBridge(page, core);
      for (const screen of list) {
        if (screen.extra && size.width !== 1280) continue;
        if (process.env.ONLY && !process.env.ONLY.split(',').includes(screen.name)) continue;
        // A fresh load each time: an open dialog or menu from the last screen must not stay.
        await page.goto('about:blank');
        await page.goto(`${server.url}${screen.hash}`);
        await screen.ready(page);
        await page.evaluate('document.fonts.ready.then(() => true)');
        const file = path.join(OUT, `${screen.name}-${SCHEME}-${size.width}x${size.height}.png`);
        await page.screenshot({ path: file });
        console.log(`  ${file}`);
      }
      await page.close();
    }
  } finally {
    core.setEventSink(null);
    await core.dispose();
    await browser.close();
    await server.close();
  }
  if (errors.length > 0) throw new Error(`page errors:\n${errors.join('\n')}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
