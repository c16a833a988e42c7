// Renderer: opens a PDF for the in-app preview with pdf.js, locked down: no eval, no scripting sandbox, no
// XFA, no network (the worker ships with the app; pdf.js is loaded only when a PDF is first previewed).
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
// The legacy build: the modern one calls Map.prototype.getOrInsertComputed, which Electron 40's Chromium 144 lacks.
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

type PdfJs = typeof PdfJsModule;
let pdfjs: Promise<PdfJs> | null = null;

function loadPdfJs(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((module) => {
    module.GlobalWorkerOptions.workerSrc = workerUrl;
    return module;
  });
  return pdfjs;
}

/**
 * pdf.js asks this for CMaps, standard fonts and wasm it would otherwise fetch: it gets nothing, so nothing
 * is ever requested. Fonts a PDF does not embed are drawn with the computer's own (useSystemFonts).
 */
class NoFetchDataFactory {
  fetch({ filename }: { filename: string }): Promise<Uint8Array> {
    return Promise.reject(new Error(`${filename} is not available offline`));
  }
}

export type OpenPdfResult = { status: 'ready'; doc: PDFDocumentProxy } | { status: 'password'; wrong: boolean } | { status: 'error'; message: string };

function failure(error: unknown): OpenPdfResult {
  const { name, code, message } = (error ?? {}) as { name?: string; code?: number; message?: string };
  // PasswordResponses: 1 = a password is needed, 2 = the one given was wrong.
  if (name === 'PasswordException') return { status: 'password', wrong: code === 2 };
  if (name === 'InvalidPDFException') return { status: 'error', message: 'the file is not a valid PDF (it may be damaged).' };
  return { status: 'error', message: message ? `${message.replace(/\.$/, '')}.` : 'it could not be read.' };
}

/** Opens the bytes (copied: pdf.js hands its copy to the worker). Call doc.destroy() when done. */
export async function openPdf(bytes: Uint8Array, password?: string): Promise<OpenPdfResult> {
  const { getDocument } = await loadPdfJs();
  const task = getDocument({
    data: bytes.slice(),
    password,
    isEvalSupported: false,
    enableXfa: false,
    disableAutoFetch: true,
    disableStream: true,
    stopAtErrors: false,
    useSystemFonts: true,
    useWorkerFetch: false,
    useWasm: false,
    BinaryDataFactory: NoFetchDataFactory,
    verbosity: 0,
  });
  try {
    return { status: 'ready', doc: await task.promise };
  } catch (error) {
    void task.destroy();
    return failure(error);
  }
}
