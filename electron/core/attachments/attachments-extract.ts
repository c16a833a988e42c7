// Reads the text out of a candidate's file for search and suggestions: PDF with pdfjs-dist (no eval, no
// fonts, no worker), DOCX with mammoth once the zip guard has passed it, TXT as is, images none. Bounded
// by a time and page limit; a file that cannot be read gives empty text and a warning. Runs in plain Node
// (in the untrusted-file worker, or on the core's thread without workers).
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { AttachmentMimeType } from '../../contract';
import { checkZip, ZipRefusedError } from '../files/zip-guard';
import { DOCX_MIME } from './attachments-rules';

export interface ExtractOptions {
  timeoutMs?: number;
  maxPages?: number;
}

export interface Extracted {
  text: string;
  /** Why there is no (or only partial) text; null when reading went fine. */
  warning: string | null;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_PAGES = 50;
/** More text than any resume has; stops a crafted file from filling the database. */
const MAX_TEXT_CHARS = 1_000_000;

class ExtractTimeout extends Error {}

type PdfJs = typeof PdfJsModule;
let pdfjsModule: Promise<PdfJs> | null = null;

/**
 * pdfjs in Node: the legacy build. With no worker configured it runs its worker code in this thread
 * (loaded from its own package folder, which stays outside every bundle).
 */
function loadPdfJs(): Promise<PdfJs> {
  pdfjsModule ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsModule;
}

interface TextItemLike {
  str?: string;
  hasEOL?: boolean;
}

/** Lets a timeout stop the PDF work: no further pages are read and pdfjs drops the document. */
interface Cancel {
  cancelled: boolean;
  stop?: () => void;
}

async function pdfText(bytes: Uint8Array, maxPages: number, cancel: Cancel): Promise<Extracted> {
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    verbosity: 0,
  });
  cancel.stop = () => void task.destroy();
  try {
    const doc = await task.promise;
    const pages = Math.min(doc.numPages, maxPages);
    const parts: string[] = [];
    for (let n = 1; n <= pages && !cancel.cancelled; n++) {
      // pdfjs without a worker thread hands work on through promises only; yielding between pages lets
      // the timeout (and everything else waiting on this thread) run.
      await new Promise((resolve) => setImmediate(resolve));
      if (cancel.cancelled) break;
      const content = await (await doc.getPage(n)).getTextContent();
      parts.push((content.items as TextItemLike[]).map((item) => `${item.str ?? ''}${item.hasEOL ? '\n' : ' '}`).join(''));
    }
    const warning = doc.numPages > maxPages ? `Only the first ${maxPages} of ${doc.numPages} pages were read for search.` : null;
    return { text: parts.join('\n'), warning };
  } finally {
    await task.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<Extracted> {
  // Before mammoth unpacks anything: a zip bomb is refused here (ZipRefusedError), a damaged zip too.
  await checkZip(bytes);
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return { text: result.value, warning: null };
}

function withTimeout<T>(work: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(new ExtractTimeout());
    }, ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replaceAll('\u0000', '').replace(/[ \t]+\n/g, '\n').trim().slice(0, MAX_TEXT_CHARS);
}

/** The warning for a file whose text could not be read ('timeout': it took too long). */
export function failureMessage(mimeType: AttachmentMimeType, error: unknown): string {
  const what = mimeType === 'application/pdf' ? 'PDF' : 'Word document';
  if (error instanceof ExtractTimeout || error === 'timeout') return `Reading the text of this ${what} took too long, so it is not searchable. The file itself was kept.`;
  return `The text of this ${what} could not be read (it may be damaged or protected), so it is not searchable. The file itself was kept.`;
}

/** A Word file the zip guard refused as hostile (not merely damaged): the caller keeps nothing. */
function isHostile(error: unknown): error is ZipRefusedError {
  return error instanceof ZipRefusedError && error.reason !== 'unreadable';
}

/**
 * The file's text (empty for images). Throws only ZipRefusedError, for a Word file built to overload a
 * reader; any other failure gives empty text and a warning.
 */
export async function extractText(bytes: Uint8Array, mimeType: AttachmentMimeType, options: ExtractOptions = {}): Promise<Extracted> {
  if (mimeType === 'image/png' || mimeType === 'image/jpeg') return { text: '', warning: null };
  if (mimeType === 'text/plain') return { text: cleanText(new TextDecoder('utf-8').decode(bytes)), warning: null };
  const cancel: Cancel = { cancelled: false };
  const work = mimeType === DOCX_MIME ? docxText(bytes) : pdfText(bytes, options.maxPages ?? DEFAULT_MAX_PAGES, cancel);
  try {
    const result = await withTimeout(work, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
      cancel.cancelled = true;
      cancel.stop?.();
    });
    return { text: cleanText(result.text), warning: result.warning };
  } catch (error) {
    if (isHostile(error)) throw error;
    // The abandoned work may still settle later; nothing is waiting for it.
    work.catch(() => undefined);
    return { text: '', warning: failureMessage(mimeType, error) };
  }
}
