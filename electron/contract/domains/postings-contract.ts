// Postings: a role's posting as HTML, text, PDF or print, and the static careers site.
// A spec per name in ./postings-channels.ts, no more, no fewer (else a type error); handlers: core/postings/postings-handlers.ts.
import {
  BatchCancelInput,
  BatchCancelResult,
  BatchPdfInput,
  BatchPdfResult,
  CareersExport,
  CareersExportInput,
  PostingCheck,
  PostingCheckInput,
  PostingExport,
  PostingExportInput,
  PostingHtml,
  PostingHtmlInput,
  PostingPdf,
  PostingPdfInput,
  PostingPrintInput,
  PostingPrintResult,
} from '../posting-schemas';
import type { DomainContract } from '../channel-spec';
import type { PostingsChannel } from './postings-channels';

export type { PostingsChannel };

export const postingsContract = {
  'postings:html': {
    input: PostingHtmlInput,
    output: PostingHtml,
    doc: 'The self-contained HTML document of a posting (classic or flyer): the exact page that is printed, for preview.',
  },
  'postings:export': { input: PostingExportInput, output: PostingExport, doc: 'A posting as Markdown, plain text for job boards, HTML, or schema.org JSON-LD.' },
  'postings:pdf': { input: PostingPdfInput, output: PostingPdf, doc: "A posting printed to PDF on the company's paper size (needs the PDF printer)." },
  'postings:check': { input: PostingCheckInput, output: PostingCheck, doc: "What search engines need for the role's JSON-LD that is still missing, with the field to fill." },
  'postings:print': {
    input: PostingPrintInput,
    output: PostingPrintResult,
    doc: "Print a posting with the system print dialog (desktop app only); printed is false when the person cancelled.",
  },
  'postings:batch-pdf': {
    input: BatchPdfInput,
    output: BatchPdfResult,
    doc: 'PDFs of every open role into a folder, with postings:progress events; postings:cancel stops it. Never replaces a file it did not write: that PDF takes a free name.',
  },
  'postings:cancel': { input: BatchCancelInput, output: BatchCancelResult, doc: 'Stop a running batch PDF job after the role it is printing.' },
  'careers:export': {
    input: CareersExportInput,
    output: CareersExport,
    doc: 'Write a static careers site (index, one page per open role with JSON-LD, a stylesheet) into an empty folder or over its own earlier export.',
  },
} as const satisfies DomainContract<PostingsChannel>;
