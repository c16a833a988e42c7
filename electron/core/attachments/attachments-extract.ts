// Reads the text out of a candidate's file for search and suggestions: PDF with pdfjs-dist (no eval, no
// fonts, no worker), DOCX with mammoth once the zip guard has passed it (plus the page headers and footers,
// which mammoth skips and résumé templates put the name in), TXT as is, images none. Every text then goes
// through normalizeExtractedText (text-normalize.ts). Bounded by a time and page limit; a file that cannot
// be read gives empty text and a warning. Runs in plain Node (in the untrusted-file worker, or on the
// core's thread without workers).
import type { Readable } from 'node:stream';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import yauzl from 'yauzl';
import type { AttachmentMimeType } from '../../contract';
import { checkZip, readEntries, ZipRefusedError } from '../files/zip-guard';
import { DOCX_MIME } from './attachments-rules';
import { normalizeExtractedText } from './text-normalize';

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
  transform?: number[];
  width?: number;
  height?: number;
}

/** "C A T H E R I N E": one text item that pdfjs spaced out letter by letter. */
const LETTER_SPACED_ITEM = /^(?:\S ){2,}\S$/u;

/**
 * A page's text from pdfjs's items: pdfjs puts the spaces it sees between words into the items, so items
 * are joined as they are ("Co" "ff" "ee" is "Coffee"), adding a space only where a gap on the line has
 * none; a space next to a letter-spaced word is a word break and doubles, so the normaliser can close the
 * letters up without running the words together.
 */
export function pageText(items: readonly TextItemLike[]): string {
  let out = '';
  let previous: { y: number; end: number; size: number; str: string } | null = null;
  let pendingSpace = false;
  for (const item of items) {
    const str = item.str ?? '';
    const [a = 0, b = 0, , , x = 0, y = 0] = item.transform ?? [];
    const size = Math.hypot(a, b) || item.height || 10;
    if (str.trim() === '') {
      if (str !== '' && !/\s$/.test(out)) pendingSpace = true;
    } else {
      const atLineStart = out === '' || out.endsWith('\n');
      if (pendingSpace && !atLineStart) {
        out += previous !== null && (LETTER_SPACED_ITEM.test(previous.str) || LETTER_SPACED_ITEM.test(str)) ? '  ' : ' ';
      } else if (previous !== null && !atLineStart && !/\s$/.test(out) && !/^\s/.test(str)) {
        const sameLine = Math.abs(y - previous.y) < Math.max(size, previous.size) * 0.5;
        if (!sameLine || x - previous.end > Math.max(size, previous.size) * 0.15) out += ' ';
      }
      pendingSpace = false;
      out += str;
      previous = { y, end: x + (item.width ?? 0), size, str };
    }
    if (item.hasEOL) {
      out += '\n';
      pendingSpace = false;
    }
  }
  return out;
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
      parts.push(pageText(content.items as TextItemLike[]));
    }
    const warning = doc.numPages > maxPages ? `Only the first ${maxPages} of ${doc.numPages} pages were read for search.` : null;
    return { text: parts.join('\n'), warning };
  } finally {
    await task.destroy();
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[name.toLowerCase()] ?? all;
  });
}

/**
 * Text from mammoth's HTML: one line per paragraph, heading, list item and table cell, a line break for
 * <br> (mammoth's raw text drops those, running "Dayton, OH 45402" into the phone number under it).
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li[^>]*>/gi, '• ')
    .replace(/<\/(p|h[1-6]|li|tr|td|th|table|ul|ol)>/gi, '\n')
    .replace(/<[^>]*>/g, '');
  return decodeEntities(text);
}

/** Text of WordprocessingML (a header or footer part): paragraphs on lines, tabs and breaks kept. */
function wordXmlText(xml: string): string {
  return xml
    .split(/<\/w:p>/)
    .map((paragraph) =>
      [...paragraph.matchAll(/<w:(t|tab|br|cr|softHyphen|noBreakHyphen)\b[^>]*?(?:\/>|>([^<]*)<\/w:t>)/g)]
        .map(([, tag, content]) => (tag === 't' ? decodeEntities(content ?? '') : tag === 'tab' ? '\t' : tag === 'noBreakHyphen' ? '-' : tag === 'softHyphen' ? '\u00AD' : '\n'))
        .join(''),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

/** The page headers and footers of a Word file (already passed by the zip guard), as text. */
async function headersAndFooters(bytes: Uint8Array): Promise<{ headers: string; footers: string }> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.fromBuffer(buffer, { lazyEntries: true }, (error, opened) => (error || !opened ? reject(error ?? new Error('no archive')) : resolve(opened)));
  });
  try {
    const entries = (await readEntries(zip)).filter((entry) => /^word\/(header|footer)\d*\.xml$/.test(entry.fileName)).sort((a, b) => a.fileName.localeCompare(b.fileName, 'en', { numeric: true }));
    const parts = { headers: [] as string[], footers: [] as string[] };
    for (const entry of entries) {
      const xml = await new Promise<string>((resolve, reject) => {
        zip.openReadStream(entry, (error, stream: Readable | undefined) => {
          if (error || !stream) return reject(error ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (chunk: Buffer) => chunks.push(chunk));
          stream.on('error', reject);
          stream.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        });
      });
      const text = wordXmlText(xml);
      const list = entry.fileName.startsWith('word/header') ? parts.headers : parts.footers;
      if (text !== '' && !list.includes(text)) list.push(text);
    }
    return { headers: parts.headers.join('\n'), footers: parts.footers.join('\n') };
  } finally {
    zip.close();
  }
}

async function docxText(bytes: Uint8Array): Promise<Extracted> {
  // Before mammoth unpacks anything: a zip bomb is refused here (ZipRefusedError), a damaged zip too.
  await checkZip(bytes);
  const { default: mammoth } = await import('mammoth');
  const result = await mammoth.convertToHtml({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }, { ignoreEmptyParagraphs: true });
  // Headers and footers are a bonus: a file whose body reads but whose header does not still has its text.
  const extra = await headersAndFooters(bytes).catch(() => ({ headers: '', footers: '' }));
  const text = [extra.headers, htmlToText(result.value), extra.footers].filter((part) => part.trim() !== '').join('\n');
  return { text, warning: null };
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

function cleanText(text: string, mimeType: AttachmentMimeType): string {
  // Word paragraphs are real; PDF and plain-text lines end where the page or the sender's editor ran out.
  return normalizeExtractedText(text.slice(0, MAX_TEXT_CHARS * 2), { joinWrappedLines: mimeType !== DOCX_MIME }).slice(0, MAX_TEXT_CHARS);
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
  if (mimeType === 'text/plain') return { text: cleanText(new TextDecoder('utf-8').decode(bytes), mimeType), warning: null };
  const cancel: Cancel = { cancelled: false };
  const work = mimeType === DOCX_MIME ? docxText(bytes) : pdfText(bytes, options.maxPages ?? DEFAULT_MAX_PAGES, cancel);
  try {
    const result = await withTimeout(work, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, () => {
      cancel.cancelled = true;
      cancel.stop?.();
    });
    return { text: cleanText(result.text, mimeType), warning: result.warning };
  } catch (error) {
    if (isHostile(error)) throw error;
    // The abandoned work may still settle later; nothing is waiting for it.
    work.catch(() => undefined);
    return { text: '', warning: failureMessage(mimeType, error) };
  }
}
