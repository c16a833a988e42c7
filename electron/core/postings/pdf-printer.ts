// The PdfPrinter port: prints one self-contained HTML document to PDF bytes. Core depends only on this;
// adapters live in pdf-printer-playwright.ts (CLI, tests) and electron/main/pdf-printer-electron.ts (app).
import type { PaperSize } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';

/** The running footer of a multi-page posting: left text and "Page N of M" on the right. */
export interface PrintFooter {
  /** Plain text (the adapter escapes it), e.g. "Hearth & Crumb · Head Baker". */
  text: string;
  /** The font-family stack and @font-face CSS to use inside the footer template. */
  fontCss: string;
  fontFamily: string;
}

export interface PrintOptions {
  paperSize: PaperSize;
  footer?: PrintFooter;
}

export interface PrintResult {
  pdf: Uint8Array;
  pages: number;
}

export interface PdfPrinter {
  print(html: string, options: PrintOptions): Promise<PrintResult>;
  close(): Promise<void>;
}

/** Thrown by an adapter that cannot print at all (no browser); the core reports it as 'unavailable'. */
export class PrinterUnavailableError extends Error {
  override readonly name = 'PrinterUnavailableError';
}

/**
 * Page margins, shared by the CSS @page rule (what the preview shows) and the printer options (what
 * Chromium uses when it draws the footer into the bottom margin). Millimetres.
 */
export const PAGE_MARGINS_MM = { top: 16, right: 18, bottom: 20, left: 18 } as const;

export const PAPER_MM: Record<PaperSize, { width: number; height: number }> = {
  a4: { width: 210, height: 297 },
  letter: { width: 215.9, height: 279.4 },
};

/**
 * Counts the pages of a PDF Chromium wrote: one "/Type /Page" dictionary per page (the tree nodes are
 * "/Type /Pages"). Skia writes no object streams, so every page object is visible in the bytes.
 */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![A-Za-z])/g) ?? []).length;
}

/**
 * Chromium's footer template (the same for printToPDF in Electron and page.pdf in Playwright): the
 * page's own styles do not reach it, so it brings its own font and sizes. pageNumber/totalPages are
 * filled in by Chromium itself, which works with JavaScript disabled.
 */
export function footerTemplate(footer: PrintFooter): string {
  const side = `${PAGE_MARGINS_MM.left}mm`;
  return (
    `<div style="width:100%;display:flex;justify-content:space-between;gap:8mm;margin:0 ${side};` +
    `font-family:${footer.fontFamily};font-size:7.5pt;color:#6b6f76;letter-spacing:0.02em">` +
    `<style>${footer.fontCss}</style>` +
    `<span style="overflow:hidden;white-space:nowrap;text-overflow:ellipsis;unicode-bidi:isolate">${escapeHtml(footer.text)}</span>` +
    `<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`
  );
}

/** Chromium shows a default header when displayHeaderFooter is on; this empty one replaces it. */
export const EMPTY_HEADER_TEMPLATE = '<span></span>';
