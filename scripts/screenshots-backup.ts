// Node script (after the build: `npx tsx scripts/screenshots-backup.ts [outDir]`): the backup screens at
// 1024×640, 1280×800 and 1920×1080 through the UI test harness: Settings → Data's Backups area, the backup
// dialog (passphrase step, progress, done), the restore preview, the damaged-data banner and the empty first
// screen. Default output: shots-backup/ beside the repository.
import { randomBytes, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { chromium, type Page } from '@playwright/test';
import { chromiumLaunchOptions } from '../tests/ui/browser-launch';
import { createTestCore, installBridge, startStaticServer, type TestCore } from '../tests/ui/harness';

const OUT = path.resolve(process.argv[2] ?? path.join(__dirname, '..', '..', 'shots-backup'));
const SIZES = [
  { width: 1024, height: 640 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
];

async function shot(page: Page, name: string): Promise<void> {
  await page.evaluate('document.fonts.ready.then(() => true)');
  const { width, height } = page.viewportSize() ?? { width: 0, height: 0 };
  const file = path.join(OUT, `${name}-${width}x${height}.png`);
  await page.screenshot({ path: file });
  console.log(`  ${file}`);
}

async function must(core: TestCore, channel: string, input: unknown): Promise<unknown> {
  const result = await core.core.dispatch(channel, input);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
  return result.value;
}

async function seed(core: TestCore, big: boolean): Promise<void> {
  await must(core, 'sample:load', {});
  if (!big) return;
  const { rows } = (await must(core, 'candidates:list', { limit: 1 })) as { rows: { id: string }[] };
  for (let i = 0; i < 5; i += 1) {
    const file = path.join(core.filesDir, `scan-${i}.pdf`);
    fs.writeFileSync(file, Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(19_000_000)]));
    core.core.grantFile(file);
    await must(core, 'attachments:add', { candidateId: rows[0]?.id, kind: 'other', fileName: `scan-${i}.pdf`, path: file });
  }
}

function damageLeafPage(file: string, table: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno").pluck().all(table) as number[];
  db.close();
  const page = leaves[Math.floor(leaves.length / 2)] ?? 0;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

async function main(): Promise<void> {
  fs.mkdirSync(OUT, { recursive: true });
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const withCore = async (setup: (core: TestCore) => Promise<void>, run: (page: Page, core: TestCore) => Promise<void>) => {
    const core = createTestCore('hirebook-shots-');
    const page = await browser.newPage({ viewport: SIZES[1] });
    try {
      await installBridge(page, core);
      await setup(core);
      await run(page, core);
    } finally {
      core.setEventSink(null);
      await page.close();
      await core.dispose();
    }
  };
  try {
    console.log('empty first screen');
    await withCore(
      async () => undefined,
      async (page) => {
        await page.goto(`${server.url}#/roles`);
        await page.getByRole('button', { name: 'Restore from a backup' }).waitFor();
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await shot(page, 'empty-first-screen');
        }
      },
    );

    console.log('settings and the dialogs');
    await withCore(
      (core) => seed(core, true),
      async (page, core) => {
        await page.goto(`${server.url}#/settings`);
        const area = page.getByRole('group', { name: 'Backups' });
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await page.getByRole('heading', { name: 'Data', exact: true }).scrollIntoViewIfNeeded();
          await area.scrollIntoViewIfNeeded();
          await shot(page, 'settings-data');
          await page.getByRole('button', { name: 'Back up now…' }).click();
          const ask = page.getByRole('dialog', { name: 'Back up now' });
          await ask.getByLabel('Protect it with a passphrase').check();
          await ask.getByLabel('Passphrase', { exact: true }).fill('short');
          await ask.getByRole('button', { name: 'Back up', exact: true }).click();
          await shot(page, 'backup-passphrase');
          await ask.getByLabel('Protect it with a passphrase').uncheck();
          await ask.getByRole('button', { name: 'Back up', exact: true }).click();
          const running = page.getByRole('dialog', { name: 'Backing up' });
          await running.getByRole('progressbar').and(page.locator('[aria-valuenow]:not([aria-valuenow="0"])')).waitFor({ timeout: 60_000 });
          await shot(page, 'backup-progress');
          const done = page.getByRole('dialog', { name: 'Backup saved' });
          await done.waitFor({ timeout: 120_000 });
          await shot(page, 'backup-done');
          await done.getByRole('button', { name: 'Close' }).click();
          const folder = core.platform.folders.at(-1) ?? '';
          core.platform.nextFiles = [path.join(folder, fs.readdirSync(folder)[0] ?? '')];
          await page.getByRole('button', { name: 'Restore from a backup…' }).click();
          const preview = page.getByRole('dialog', { name: 'Restore this backup?' });
          await preview.waitFor({ timeout: 120_000 });
          await shot(page, 'restore-preview');
          await preview.getByRole('button', { name: 'Cancel' }).click();
          await preview.waitFor({ state: 'hidden' });
        }
        await page.setViewportSize(SIZES[1] ?? { width: 1280, height: 800 });
        await shot(page, 'settings-data-after');
      },
    );

    console.log('damaged banner');
    await withCore(
      async (core) => {
        await must(core, 'roles:create', { title: 'Weekend Barista' });
        const rows = Array.from({ length: 3000 }, (_, i) => `Person ${i},person${i}@example.test`);
        await must(core, 'candidates:import', { text: `Name,Email\n${rows.join('\n')}\n`, mapping: { name: 0, email: 1 }, jobId: randomUUID() });
        await must(core, 'backup:auto', { reason: 'daily' });
      },
      async (page, core) => {
        await page.goto(`${server.url}#/roles`);
        await page.getByRole('navigation', { name: 'Main' }).waitFor();
        await core.reopen(() => damageLeafPage(core.databasePath, 'candidates'));
        await page.getByRole('heading', { name: 'Your data file is damaged: Hirebook is read-only' }).waitFor({ timeout: 120_000 });
        for (const size of SIZES) {
          await page.setViewportSize(size);
          await shot(page, 'damaged-banner');
        }
      },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
