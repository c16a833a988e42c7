// Node (Playwright UI tests): the `hb` fixture: a page wired to a real core on a fresh data folder,
// failing the test on any console error, page error or CSP violation.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../electron/contract';
import type { PdfPrinter } from '../../electron/core/postings/pdf-printer';
import { createPlaywrightPrinter } from '../../electron/core/postings/pdf-printer-playwright';
import { borrowPrinter, createTestCore, installBridge, offerFile, queryDb, startStaticServer, type FakePlatform, type StaticServer, type TestCore } from './harness';

export interface Hirebook {
  page: Page;
  dataDir: string;
  databasePath: string;
  /** The fake desktop shell: the folders its dialog handed out and the documents it printed. */
  platform: FakePlatform;
  /** Opens the app at a hash route (default: the Roles screen). */
  open(hash?: string): Promise<void>;
  /** Calls the core directly, as set-up for a test (not through the UI); a `path` it names is granted. */
  call<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>>;
  /** Rows straight from the SQLite file. */
  rows<T = Record<string, unknown>>(sql: string, ...params: unknown[]): T[];
  /**
   * Writes a file to disk (or takes an existing path) that the page may then open or drop, and returns its
   * path: hand it to setInputFiles, as the owner would pick it in the desktop app.
   */
  file(name: string, content: string | Uint8Array): Promise<string>;
  offer(filePath: string): Promise<string>;
  /** Closes the core and opens a new one on the same data folder, then reloads the page (as the desktop shell's reopen). */
  reopen(whileClosed?: () => void): Promise<void>;
  /** How many times the core was reopened (by reopen() or by the page's app:reopen). */
  reopens(): number;
  /** Keeps the page's calls on this channel waiting until release() (see TestCore.hold). */
  hold(channel: Channel): () => void;
  /** The inputs of the page's calls on this channel so far, in order. */
  sent<C extends Channel>(channel: C): Input<C>[];
}

export interface HirebookOptions {
  /**
   * Give the test's core its own PDF printer, started cold on its first print, instead of the worker's
   * warm one: for tests that need a print to take a browser start's time (a batch on screen long enough
   * to see its progress, or to cancel it).
   */
  freshPrinter: boolean;
}

export const test = base.extend<{ hb: Hirebook } & HirebookOptions, { server: StaticServer; sharedPrinter: PdfPrinter }>({
  server: [
    // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const server = await startStaticServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  // One PDF printer per worker, lent to each test's core: Chromium starts on the worker's first print, not
  // on every printing test's. A test that needs a cold printer sets freshPrinter.
  sharedPrinter: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const printer = createPlaywrightPrinter();
      await use(printer);
      await printer.close();
    },
    { scope: 'worker' },
  ],
  freshPrinter: [false, { option: true }],
  hb: async ({ page, server, sharedPrinter, freshPrinter }, use) => {
    const testCore: TestCore = createTestCore('hirebook-ui-', freshPrinter ? {} : { printer: borrowPrinter(sharedPrinter) });
    const problems: string[] = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console.error: ${msg.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await installBridge(page, testCore);

    const hb: Hirebook = {
      page,
      dataDir: testCore.dataDir,
      databasePath: testCore.databasePath,
      platform: testCore.platform,
      async open(hash = '#/roles') {
        await page.goto(`${server.url}${hash}`);
        await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
      },
      async call(channel, input) {
        // A test's own set-up call is trusted like the CLI: a file it names may be read.
        const named = (input as { path?: unknown }).path;
        if (typeof named === 'string') testCore.core.grantFile(named);
        const result = await testCore.core.dispatch(channel, input);
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.message}`);
        return result.value as Output<typeof channel>;
      },
      rows: (sql, ...params) => queryDb(testCore.databasePath, sql, ...params),
      async file(name, content) {
        const dir = fs.mkdtempSync(path.join(testCore.filesDir, 'f-'));
        const filePath = path.join(dir, name);
        fs.writeFileSync(filePath, content);
        return hb.offer(filePath);
      },
      async offer(filePath) {
        await offerFile(page, testCore, filePath);
        return filePath;
      },
      reopen: (whileClosed) => testCore.reopen(whileClosed),
      reopens: () => testCore.reopens,
      hold: (channel) => testCore.hold(channel),
      sent: (channel) => testCore.sent.filter((call) => call.channel === channel).map((call) => call.input as Input<typeof channel>),
    };
    try {
      await use(hb);
      expect(problems, 'the page logged errors or CSP violations').toEqual([]);
    } finally {
      testCore.setEventSink(null);
      await page.close();
      await testCore.dispose();
    }
  },
});

export { expect };

/** A role with sensible defaults, created through the core. */
export function roleInput(overrides: Partial<Input<'roles:create'>> = {}): Input<'roles:create'> {
  return { title: 'Weekend Barista', department: 'Front of house', status: 'open', ...overrides };
}
