// The offer letter as ONE self-contained HTML page (the postings' document shell: no scripts, a CSP pinning its one
// stylesheet), printed to PDF by the same PdfPrinter as postings and reports: the company's name and address at
// the top, the date, the person's name, then the offer template's text filled in (every value escaped; each
// blank line starts a paragraph). Pure.
import type { PaperSize } from '../../contract';
import { escapeHtml } from '../escaping/escape-html';
import { pageCss } from '../postings/posting-css';
import { SANS_STACK, fontFaceCss } from '../postings/posting-fonts';
import { documentHtml } from '../postings/posting-html';

const CSS = `body{font-family:${SANS_STACK};color:#1d2128;font-size:11pt;line-height:1.5;margin:0}
.letterhead{margin:0 0 12mm}.letterhead .company{font-size:16pt;font-weight:700;margin:0}
.letterhead p{margin:0;color:#545a63}
.date{margin:0 0 6mm}.to{margin:0 0 8mm;font-weight:600}
.body p{margin:0 0 4mm;white-space:pre-wrap}`;

export interface LetterParts {
  company: string;
  addressLines: readonly string[];
  /** The day in words, e.g. "7 December 2026". */
  dateWords: string;
  candidateName: string;
  /** The letter's heading and file name, e.g. "Job offer: Barista at Bean There". */
  title: string;
  /** The filled template text (line breaks as \n). */
  body: string;
  paperSize: PaperSize;
}

/** The letter page; every value escaped, paragraphs split on blank lines, single line breaks kept. */
export function offerLetterHtml(parts: LetterParts): string {
  const paragraphs = parts.body
    .split(/\n{2,}/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p dir="auto">${escapeHtml(p)}</p>`)
    .join('\n');
  const address = parts.addressLines.map((line) => `<p dir="auto">${escapeHtml(line)}</p>`).join('');
  const body = [
    `<header class="letterhead"><p class="company" dir="auto">${escapeHtml(parts.company)}</p>${address}</header>`,
    `<p class="date">${escapeHtml(parts.dateWords)}</p>`,
    `<p class="to" dir="auto">${escapeHtml(parts.candidateName)}</p>`,
    `<main class="body">\n${paragraphs}\n</main>`,
  ].join('\n');
  const css = `${fontFaceCss()}\n${pageCss(parts.paperSize)}\n${CSS}`;
  return documentHtml(parts.title, css, body);
}
