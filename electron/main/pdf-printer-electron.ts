// The PdfPrinter adapter for the desktop app: prints a posting in a hidden, sandboxed window with
// JavaScript off, in its own in-memory session that refuses every request but the document itself.
// Runs in the Electron main process.
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BrowserWindow, session, type Session } from 'electron';
import log from 'electron-log/main';
import {
  EMPTY_HEADER_TEMPLATE,
  PAGE_MARGINS_MM,
  countPdfPages,
  footerTemplate,
  type PdfPrinter,
  type PrintOptions,
  type PrintResult,
} from '../core/postings/pdf-printer';

/** An in-memory partition (no "persist:"): nothing of a print survives it. */
const PARTITION = 'hirebook-print';
const LOAD_TIMEOUT_MS = 30_000;
/** Chromium refuses URLs over 2 MB; a posting with a large logo is loaded from a private temp file instead. */
const MAX_DATA_URL = 1_900_000;

let printSession: Session | null = null;
/** The temp files being printed right now (a PDF and a system print may overlap). */
const allowedFileUrls = new Set<string>();

/**
 * The print session allows data: (the document, its fonts and logo) and, while one prints, the temp
 * files being printed. This handler replaces the remote-request filter security.ts installs on every new
 * session (a session has one onBeforeRequest listener): it is stricter, so nothing is lost.
 */
function printingSession(): Session {
  if (printSession) return printSession;
  const ses = session.fromPartition(PARTITION, { cache: false });
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = details.url.startsWith('data:') || allowedFileUrls.has(details.url);
    if (!allowed) log.warn(`Blocked a request while printing: ${details.url.slice(0, 120)}`);
    callback({ cancel: !allowed });
  });
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  printSession = ses;
  return ses;
}

function hiddenWindow(ses: Session): BrowserWindow {
  return new BrowserWindow({
    show: false,
    width: 900,
    height: 1200,
    webPreferences: {
      session: ses,
      sandbox: true,
      contextIsolation: true,
      javascript: false,
      disableBlinkFeatures: 'Auxclick',
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
      backgroundThrottling: false,
    },
  });
}

function withTimeout<T>(promise: Promise<T>, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} took too long`)), LOAD_TIMEOUT_MS);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}

/** Loads the document: as a data: URL, or from a private temp file when it is too big for one. */
async function load(win: BrowserWindow, html: string): Promise<() => Promise<void>> {
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  if (dataUrl.length <= MAX_DATA_URL) {
    await withTimeout(win.loadURL(dataUrl), 'Loading the posting');
    return async () => undefined;
  }
  const dir = await mkdtemp(join(tmpdir(), 'hirebook-print-'));
  const file = join(dir, `${randomUUID()}.html`);
  await writeFile(file, html, { mode: 0o600 });
  const url = pathToFileURL(file).href;
  allowedFileUrls.add(url);
  const cleanup = async (): Promise<void> => {
    allowedFileUrls.delete(url);
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await withTimeout(win.loadFile(file), 'Loading the posting');
  } catch (error) {
    await cleanup();
    throw error;
  }
  return cleanup;
}

/**
 * Loads a posting into a fresh hidden, sandboxed window with JavaScript off (in the locked print session),
 * runs `use` on it, then destroys the window and any temp file. Shared by printToPDF and the system print.
 */
export async function withPostingWindow<T>(html: string, use: (win: BrowserWindow) => Promise<T>): Promise<T> {
  const win = hiddenWindow(printingSession());
  let cleanup: () => Promise<void> = async () => undefined;
  try {
    cleanup = await load(win, html);
    return await use(win);
  } finally {
    if (!win.isDestroyed()) win.destroy();
    await cleanup();
  }
}

// printToPDF takes its margins in inches.
const inches = (mm: number): number => mm / 25.4;

function printOnce(html: string, options: PrintOptions): Promise<PrintResult> {
  return withPostingWindow(html, async (win) => {
    const pdf = await win.webContents.printToPDF({
      pageSize: options.paperSize === 'a4' ? 'A4' : 'Letter',
      printBackground: true,
      preferCSSPageSize: true,
      margins: {
        top: inches(PAGE_MARGINS_MM.top),
        right: inches(PAGE_MARGINS_MM.right),
        bottom: inches(PAGE_MARGINS_MM.bottom),
        left: inches(PAGE_MARGINS_MM.left),
      },
      displayHeaderFooter: options.footer !== undefined,
      headerTemplate: EMPTY_HEADER_TEMPLATE,
      footerTemplate: options.footer ? footerTemplate(options.footer) : EMPTY_HEADER_TEMPLATE,
      // Tagged, with the headings as bookmarks: the same PDF as the Playwright adapter (see there).
      generateTaggedPDF: true,
      generateDocumentOutline: true,
    });
    const bytes = new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    return { pdf: bytes, pages: countPdfPages(bytes) };
  });
}

/**
 * One hidden window per print, destroyed right after: nothing stays loaded between prints. Prints run one
 * at a time, so a batch never opens many windows at once.
 */
export function createElectronPrinter(): PdfPrinter {
  let queue: Promise<unknown> = Promise.resolve();
  return {
    print(html, options) {
      const run = queue.then(() => printOnce(html, options));
      queue = run.catch(() => undefined);
      return run;
    },
    async close() {
      await queue;
    },
  };
}
