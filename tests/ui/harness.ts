// Node (UI tests and screenshots): serves the built renderer, runs a real core on a temp data folder,
// and installs window.hirebook in the page over an exposed binding (DESIGN.md §6). Only the preload differs.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import type { MenuStateInput, PaperSize } from '../../electron/contract';
import { createCore, type Core } from '../../electron/core/create-core';
import type { PlatformServices } from '../../electron/core/platform-services';
import type { PdfPrinter } from '../../electron/core/postings/pdf-printer';
import { createPlaywrightPrinter } from '../../electron/core/postings/pdf-printer-playwright';

export const RENDERER_DIR = path.resolve(__dirname, '../../out/renderer');

/** The same policy as the meta tag in renderer/index.html, also sent as a header. */
export const CSP =
  "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self' data:; " +
  "connect-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'";

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:41234/index.html */
  url: string;
  close(): Promise<void>;
}

/** Serves out/renderer on 127.0.0.1 at a random port, read-only, with the app's CSP. */
export async function startStaticServer(root = RENDERER_DIR): Promise<StaticServer> {
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    throw new Error(`No built renderer at ${root}. Run the build first (npm run build).`);
  }
  const server = http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(root, pathname === '/' ? 'index.html' : pathname);
    const inside = file.startsWith(root + path.sep);
    if (req.method !== 'GET' || !inside || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    res.writeHead(200, {
      'Content-Type': MIME[path.extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/index.html`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

type EventSink = (event: string, payload: unknown) => void;

/** The desktop shell's dialogs, faked: what the core asked for, and what the next dialog answers. */
export interface FakePlatform {
  /** Titles of the folder dialogs shown, in order. */
  folderTitles: string[];
  /** The folders handed out (each a new empty folder under outRoot). */
  folders: string[];
  /** The documents sent to the system print dialog. */
  printed: { html: string; paperSize: PaperSize }[];
  /** Set to true to make the next folder dialog come back cancelled. */
  cancelNextFolder: boolean;
  /** Set to a reason to make the next print fail (as a printer with a problem would). */
  failNextPrint: string | null;
  /** What the next open dialog (app:choose-file) answers: absolute paths; empty means cancelled. */
  nextFiles: string[];
  /** The open dialogs shown, in order. */
  fileDialogs: { title: string; purpose: string; multiple: boolean }[];
  /** Set to fill the next folder handed out before the dialog answers (the owner's files already in it). */
  prepareNextFolder: ((folder: string) => void) | null;
  /** Set to false for a shell without reopen (app:reopen then answers unavailable). */
  reopenAvailable: boolean;
  /** What the page told the menus (app:menu-state), in order: the last is what the menus show now. */
  menuStates: MenuStateInput[];
}

export interface TestCore {
  /** The core in use now (reopen() replaces it). */
  readonly core: Core;
  dataDir: string;
  /** A temp folder for files a test hands to the page (removed by dispose). */
  filesDir: string;
  databasePath: string;
  platform: FakePlatform;
  /** Where push events go; installBridge points it at the page. */
  setEventSink(sink: EventSink | null): void;
  /**
   * What the desktop shell does on app:reopen: closes the core (the data folder stays), opens a new one on
   * the same folder with the same options (a staged restore is switched in then), and reloads the bound pages.
   * `whileClosed` runs with the folder closed (a test damaging the data file, as a crash or a bad disk would).
   */
  reopen(whileClosed?: () => void): Promise<void>;
  /** How many times reopen() ran (the fake platform's reopen calls it). */
  readonly reopens: number;
  /** Closes the core (and its PDF browser, if one started) and removes the temp folders. */
  dispose(): Promise<void>;
  /** Pages installBridge bound to this core: reopen() reloads them. Internal to the harness. */
  pages: Set<Page>;
  /**
   * Keeps the page's calls on `channel` waiting (as a slow core would) until the returned release() is
   * called; calls already made are then answered in order. For tests of what the page does meanwhile.
   */
  hold(channel: string): () => void;
  /** Resolves when the page's call on `channel` may go to the core. Internal to the harness. */
  gate(channel: string): Promise<void>;
  /** Every call the page made, in order: for tests of what the page asks the core. */
  readonly sent: { channel: string; input: unknown }[];
}

function fakePlatform(outRoot: string, reopen: () => void): { services: PlatformServices; record: FakePlatform } {
  const record: FakePlatform = {
    folderTitles: [],
    folders: [],
    printed: [],
    cancelNextFolder: false,
    failNextPrint: null,
    prepareNextFolder: null,
    nextFiles: [],
    fileDialogs: [],
    reopenAvailable: true,
    menuStates: [],
  };
  const services: PlatformServices = {
    chooseFolder: ({ title }) => {
      record.folderTitles.push(title);
      if (record.cancelNextFolder) {
        record.cancelNextFolder = false;
        return Promise.resolve(null);
      }
      const folder = path.join(outRoot, `chosen-${record.folders.length + 1}`);
      fs.mkdirSync(folder, { recursive: true });
      record.prepareNextFolder?.(folder);
      record.prepareNextFolder = null;
      record.folders.push(folder);
      return Promise.resolve(folder);
    },
    chooseFiles: (input) => {
      record.fileDialogs.push(input);
      const files = record.nextFiles;
      record.nextFiles = [];
      return Promise.resolve(files);
    },
    printHtml: (html, { paperSize }) => {
      const failure = record.failNextPrint;
      record.failNextPrint = null;
      if (failure) return Promise.reject(new Error(failure));
      record.printed.push({ html, paperSize });
      return Promise.resolve(true);
    },
    get reopen() {
      return record.reopenAvailable ? reopen : undefined;
    },
    setMenuState: (state) => {
      record.menuStates.push(state);
    },
  };
  return { services, record };
}

/**
 * A printer for one core that prints on `shared` and leaves it running when the core closes, so one warm
 * Chromium serves many cores in turn (each print starts from a blank page, with JavaScript off and no
 * network, so nothing of one test's document reaches the next).
 */
export function borrowPrinter(shared: PdfPrinter): () => PdfPrinter {
  return () => ({ print: (html, options) => shared.print(html, options), close: () => Promise.resolve() });
}

/**
 * A real core on a fresh temp data folder (or on `dataDir`, an existing one a benchmark seeded, which is then
 * left in place), with a real PDF printer (by default its own playwright-core Chromium, started on the first
 * print and closed with the core; `printer` lends it another, see borrowPrinter) and a fake platform whose
 * folder dialog hands out fresh temp folders.
 */
export function createTestCore(
  prefix = 'hirebook-ui-',
  { printer = () => createPlaywrightPrinter(), dataDir: given }: { printer?: () => PdfPrinter; dataDir?: string } = {},
): TestCore {
  const dataDir = given ?? fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const outRoot = fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}out-`));
  let sink: EventSink | null = null;
  let reopening: Promise<void> | null = null;
  const pages = new Set<Page>();
  const held = new Map<string, Promise<void>>();
  const platform = fakePlatform(outRoot, () => {
    // As electron/main does after app:reopen answered; errors surface in the test through the page.
    reopening = testCore.reopen().finally(() => {
      reopening = null;
    });
  });
  const open = (): Core =>
    createCore({
      dataDir,
      runtime: 'node',
      appVersion: '0.1.0-test',
      onEvent: (e, p) => sink?.(e, p),
      printer,
      platform: platform.services,
      // As in the app (electron/main/open-core.ts): files and folders must come from the (fake) dialogs or offerFile.
      requireGrants: true,
    });
  let core = open();
  let reopens = 0;
  const filesDir = path.join(outRoot, 'files');
  fs.mkdirSync(filesDir);
  const testCore: TestCore = {
    get core() {
      return core;
    },
    get reopens() {
      return reopens;
    },
    dataDir,
    filesDir,
    databasePath: core.databasePath,
    platform: platform.record,
    pages,
    setEventSink: (next) => {
      sink = next;
    },
    hold: (channel) => {
      let release = (): void => undefined;
      held.set(channel, new Promise<void>((resolve) => (release = resolve)));
      return () => {
        held.delete(channel);
        release();
      };
    },
    gate: (channel) => held.get(channel) ?? Promise.resolve(),
    sent: [],
    reopen: async (whileClosed) => {
      await core.close();
      whileClosed?.();
      core = open();
      await Promise.all([...pages].filter((p) => !p.isClosed()).map((p) => p.reload()));
      reopens += 1;
    },
    dispose: async () => {
      sink = null;
      await (reopening as Promise<void> | null)?.catch(() => undefined);
      await core.close();
      if (given === undefined) fs.rmSync(dataDir, { recursive: true, force: true });
      fs.rmSync(outRoot, { recursive: true, force: true });
    },
  };
  return testCore;
}

/** Runs in the page before its own scripts: the same shape the preload exposes. */
const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map();
  Object.defineProperty(window, '__hirebookEmit', {
    value: (event, payload) => {
      for (const listener of [...(listeners.get(event) || [])]) listener(payload);
    },
  });
  // The preload's webUtils.getPathForFile, faked: a File the page holds gets the path a test offered
  // under that name (offerFile), else none, as a file without one on disk would.
  const offered = new Map();
  Object.defineProperty(window, '__hirebookOfferFile', { value: (name, path) => offered.set(name, path) });
  window.hirebook = Object.freeze({
    pathForFile: (file) => offered.get(file.name) || '',
    invoke: (channel, input) => window.__hirebookInvoke(channel, input),
    on: (event, listener) => {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => set.delete(listener);
    },
  });
})();`;

/** Wires a page to a core: invoke goes to core.dispatch, core events come back to the page. */
export async function installBridge(page: Page, testCore: TestCore): Promise<void> {
  await page.exposeBinding('__hirebookInvoke', async (_source, channel: string, input: unknown) => {
    testCore.sent.push({ channel, input });
    await testCore.gate(channel);
    return testCore.core.dispatch(channel, input);
  });
  await page.addInitScript({ content: BRIDGE_SCRIPT });
  testCore.pages.add(page);
  testCore.setEventSink((event, payload) => {
    // The page may be navigating or closed; a lost event only means a view refreshes later.
    page
      .evaluate(([e, p]) => {
        const target = globalThis as unknown as { __hirebookEmit?: (event: string, payload: unknown) => void };
        target.__hirebookEmit?.(e, p);
      }, [event, payload] as const)
      .catch(() => undefined);
  });
}

/**
 * Makes a file on disk droppable and choosable in the page, as the desktop app allows for a file the
 * owner picks: the core may read it (a grant, like the preload's), and the page's pathForFile answers its
 * path for a File of that name (from setInputFiles or a synthetic drop). Survives reloads.
 */
export async function offerFile(page: Page, testCore: TestCore, filePath: string): Promise<void> {
  testCore.core.grantFile(filePath);
  const entry = [path.basename(filePath), filePath] as const;
  const register = ([name, file]: readonly [string, string]): void => {
    const target = globalThis as unknown as { __hirebookOfferFile?: (name: string, path: string) => void };
    target.__hirebookOfferFile?.(name, file);
  };
  await page.addInitScript(register, entry);
  await page.evaluate(register, entry).catch(() => undefined);
}

/** Reads the SQLite file directly (read-only), to assert what is really stored. */
export function queryDb<T = Record<string, unknown>>(databasePath: string, sql: string, ...params: unknown[]): T[] {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    return db.prepare(sql).all(...params) as T[];
  } finally {
    db.close();
  }
}
