// The posting channels: preview HTML, text exports, PDF, printing through the desktop shell, the
// search-engine check, the careers site and the batch PDF job (progress events, cancel). Runs in plain
// Node via dispatch.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { BatchPdfResult, PostingLayout, PostingsChannel } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import { NO_PRINT_DIALOG } from '../platform-services';
import type { HandlerGroup } from '../handlers';
import { uniqueSlugs } from './careers-site';
import { postingCheck } from './posting-check-rules';
import { postingDocument, postingHtml } from './posting-html';
import { exportCareersSite, exportPosting, loadPosting, openRoles, pdfFileName, printPosting } from './postings-service';
import { openExportFolder, planNames, writeInside, writeMarker } from './export-folder';
import { slugify } from './posting-format';

interface BatchInput {
  outDir: string;
  layout: PostingLayout;
  jobId: string;
}

function reasonOf(error: unknown): string {
  return error instanceof DomainError ? error.message : 'Something went wrong while printing this role.';
}

/** The marker of a batch PDF folder: the PDFs Hirebook wrote there, which a later batch may replace. */
export const PDF_MARKER = '.hirebook-pdfs.json';

/**
 * Prints every open role into outDir (a folder the owner chose), one at a time, yielding between roles
 * so cancel requests and other calls get their turn. A PDF whose name is taken by a file Hirebook did
 * not write gets a free name instead (reported in `renamed`); the marker records each PDF as it is
 * written. A role that fails is reported and the rest go on; a printer that cannot start at all stops
 * the job (every role would fail the same way).
 */
async function batchPdf(ctx: CoreContext, input: BatchInput): Promise<BatchPdfResult> {
  ctx.grants.checkFolder(input.outDir, ['outDir']);
  ctx.printer();
  const job = ctx.jobs.start(input.jobId);
  if (!job) throw new DomainError('conflict', 'A batch job with this id is already running.');
  try {
    const folder = openExportFolder(input.outDir, PDF_MARKER);
    const roles = openRoles(ctx);
    const wanted = uniqueSlugs(roles.map((r) => r.title)).map((slug) => pdfFileName(slug, input.layout));
    const names = planNames(folder, wanted);
    const result: BatchPdfResult = { files: [], renamed: [], failed: [], cancelled: false };
    ctx.emit('postings:progress', { jobId: job.id, done: 0, total: roles.length });
    for (const [i, role] of roles.entries()) {
      await nextTurn();
      if (job.cancelled) return { ...result, cancelled: true };
      try {
        const [name, want] = [names[i], wanted[i] as string];
        if (!name) throw new DomainError('conflict', `The folder has no free file name like ${want} left.`);
        const printed = await printPosting(ctx, loadPosting(ctx, role), input.layout);
        writeInside(folder, name, printed.pdf);
        result.files.push(name);
        if (name !== want) result.renamed.push({ file: name, wanted: want });
        writeMarker(folder, [...new Set([...folder.owned, ...result.files])]);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'unavailable' && result.files.length === 0) throw error;
        result.failed.push({ roleId: role.id, title: role.title, reason: reasonOf(error) });
      }
      ctx.emit('postings:progress', { jobId: job.id, done: i + 1, total: roles.length });
    }
    return { ...result, cancelled: job.cancelled };
  } finally {
    ctx.jobs.finish(job.id);
  }
}

export const postingsHandlers: HandlerGroup<PostingsChannel> = {
  'postings:html': ({ roleId, layout }, ctx) => postingDocument(loadPosting(ctx, roleId), layout),

  'postings:export': ({ roleId, format }, ctx) => exportPosting(loadPosting(ctx, roleId), format),

  'postings:pdf': async ({ roleId, layout }, ctx) => {
    const model = loadPosting(ctx, roleId);
    const printed = await printPosting(ctx, model, layout);
    return { fileName: pdfFileName(slugify(model.title), layout), base64: Buffer.from(printed.pdf).toString('base64'), pages: printed.pages };
  },

  'postings:check': ({ roleId }, ctx) => ({ missing: postingCheck(loadPosting(ctx, roleId)) }),

  'postings:print': async ({ roleId, layout }, ctx) => {
    const model = loadPosting(ctx, roleId);
    const printHtml = ctx.platform?.printHtml;
    if (!printHtml) throw new DomainError('unavailable', NO_PRINT_DIALOG);
    try {
      return { printed: await printHtml(postingHtml(model, layout), { paperSize: model.paperSize }) };
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new DomainError('unavailable', `The posting could not be printed (${why}). Save a PDF instead and print that.`);
    }
  },

  'postings:batch-pdf': (input, ctx) => batchPdf(ctx, input),

  'postings:cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),

  'careers:export': ({ outDir, force }, ctx) => exportCareersSite(ctx, outDir, force),
};
