// The PdfPrinter adapter for the CLI and tests: playwright-core driving a headless Chromium with
// JavaScript off and every network request refused. Runs in plain Node (never in Electron).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as PlaywrightModule from 'playwright-core';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { EMPTY_HEADER_TEMPLATE, PAGE_MARGINS_MM, PrinterUnavailableError, countPdfPages, footerTemplate, type PdfPrinter, type PrintOptions, type PrintResult } from './pdf-printer';

/** DESIGN.md §7: as root, offline, no GPU; nothing phones home. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type PlaywrightCore = typeof PlaywrightModule;
let loaded: PlaywrightCore | null = null;

/**
 * playwright-core, loaded on first use: it takes about 70 MB once loaded, which every CLI command (a CSV
 * import, a list) would otherwise pay for at start-up without ever printing.
 */
function playwright(): PlaywrightCore {
  loaded ??= createRequire(__filename)('playwright-core') as PlaywrightCore;
  return loaded;
}

const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const HOW_TO_PROVIDE_BROWSER =
  'Printing PDFs needs Chromium or Google Chrome: install Chromium (e.g. "apt-get install chromium") ' +
  'or set CHROMIUM_PATH to the browser executable.';

function onPath(name: string, env: NodeJS.ProcessEnv): string | null {
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir === '') continue;
    const file = path.join(dir, name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      return file;
    } catch {
      // Not in this folder; try the next.
    }
  }
  return null;
}

function playwrightBrowser(): string | null {
  try {
    const own = playwright().chromium.executablePath();
    return own && fs.existsSync(own) ? own : null;
  } catch {
    // Playwright throws when it has no browser for this platform.
    return null;
  }
}

/** CHROMIUM_PATH (must exist), else Playwright's own browser, else one on PATH. Throws PrinterUnavailableError. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROMIUM_PATH?.trim();
  if (fromEnv) {
    if (fs.existsSync(fromEnv)) return fromEnv;
    throw new PrinterUnavailableError(`CHROMIUM_PATH is set to "${fromEnv}", but there is no browser there. ${HOW_TO_PROVIDE_BROWSER}`);
  }
  const found = playwrightBrowser() ?? PATH_NAMES.map((name) => onPath(name, env)).find((file) => file !== null);
  if (!found) throw new PrinterUnavailableError(`No Chromium browser was found. ${HOW_TO_PROVIDE_BROWSER}`);
  return found;
}

interface Warm {
  browser: Browser;
  context: BrowserContext;
  page: Page;
}

async function launch(executablePath: string): Promise<Warm> {
  let browser: Browser;
  try {
    browser = await playwright().chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
  } catch (error) {
    const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new PrinterUnavailableError(`Could not start the browser at ${executablePath} (${why}). ${HOW_TO_PROVIDE_BROWSER}`);
  }
  const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
  // The document is self-contained: anything it asks the network for is refused (data: never reaches here).
  await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
  return { browser, context, page: await context.newPage() };
}

const mm = (value: number): string => `${value}mm`;

async function printOn(page: Page, html: string, options: PrintOptions): Promise<PrintResult> {
  // A fresh document each time: setContent alone would document.write into the previous one, which keeps
  // the previous document's CSP (pinned to the previous stylesheet's hash) and so drops the new styles.
  await page.goto('about:blank');
  await page.setContent(html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    format: options.paperSize === 'a4' ? 'A4' : 'Letter',
    printBackground: true,
    preferCSSPageSize: true,
    margin: { top: mm(PAGE_MARGINS_MM.top), right: mm(PAGE_MARGINS_MM.right), bottom: mm(PAGE_MARGINS_MM.bottom), left: mm(PAGE_MARGINS_MM.left) },
    displayHeaderFooter: options.footer !== undefined,
    headerTemplate: EMPTY_HEADER_TEMPLATE,
    footerTemplate: options.footer ? footerTemplate(options.footer) : EMPTY_HEADER_TEMPLATE,
    // A tagged PDF (headings, lists, paragraphs, reading order) with its headings as bookmarks: screen
    // readers get the structure; the title and language come from the document's <title> and <html lang>.
    tagged: true,
    outline: true,
  });
  const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  return { pdf: bytes, pages: countPdfPages(bytes) };
}

/**
 * One browser, one context and one page, started on the first print and kept warm: a warm print costs
 * a setContent and a page.pdf. Prints are serialised because they share the page.
 */
export function createPlaywrightPrinter(env: NodeJS.ProcessEnv = process.env): PdfPrinter {
  let warm: Promise<Warm> | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  const ensure = (): Promise<Warm> => {
    if (warm) return warm;
    const starting = Promise.resolve().then(() => launch(findChromium(env)));
    warm = starting;
    starting.then(
      // A browser that dies (killed, crashed) is started afresh by the next print.
      ({ browser }) => browser.on('disconnected', () => (warm = warm === starting ? null : warm)),
      // A failed start is not cached: the next print tries again (the user may have installed a browser).
      () => (warm = warm === starting ? null : warm),
    );
    return starting;
  };

  const print = (html: string, options: PrintOptions): Promise<PrintResult> => {
    const run = queue.then(async () => {
      const { page } = await ensure();
      return printOn(page, html, options);
    });
    queue = run.catch(() => undefined);
    return run;
  };

  const close = async (): Promise<void> => {
    const current = warm;
    warm = null;
    if (!current) return;
    const started = await current.catch(() => null);
    await started?.browser.close().catch(() => undefined);
  };

  return { print, close };
}
