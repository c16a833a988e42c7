// The reports and Today channels: glue between parsed input and the services; all read-only on the
// database (today:left writes today.json in the data folder only). The CSV, the printed page and its PDF
// and system print go through the postings' CSV writer, document shell and printer. Runs in plain Node,
// called only through dispatch.
import type { ReportsChannel, ReportsDocumentQuery } from '../../contract';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { HandlerGroup } from '../handlers';
import { NO_PRINT_DIALOG } from '../platform-services';
import { printFailure } from '../postings/postings-service';
import { slugify } from '../postings/posting-format';
import { reportCsv } from './report-csv';
import { buildReport, reportRoleTitle, reportsPage } from './reports-service';
import { readLastLeftToday, writeLastLeftToday } from './today-record';
import { buildToday } from './today-service';

/** Reads in one snapshot (a deferred transaction: it takes no write lock), so every figure is of one moment. */
const snapshot = <T>(ctx: CoreContext, read: () => T): T => ctx.db.transaction(read)();

/** Every report for the same role and range, read in one transaction, as the printed page. */
const page = (ctx: CoreContext, query: ReportsDocumentQuery) => snapshot(ctx, () => reportsPage(ctx.db, query, ctx.now()));

export const reportsHandlers: HandlerGroup<ReportsChannel> = {
  'reports:get': (query, ctx) => snapshot(ctx, () => buildReport(ctx.db, query, ctx.now())),
  'reports:csv': (query, ctx) => snapshot(ctx, () => reportCsv(buildReport(ctx.db, query, ctx.now()), reportRoleTitle(ctx.db, query.roleId))),
  'reports:html': (query, ctx) => {
    const { title, html } = page(ctx, query);
    return { title, html };
  },
  'reports:pdf': async (query, ctx) => {
    const printable = page(ctx, query);
    try {
      const printed = await ctx.printer().print(printable.html, { paperSize: printable.paperSize });
      const name = slugify(`hiring reports ${reportRoleTitle(ctx.db, query.roleId) ?? 'all roles'} ${query.from ?? ''} ${query.to ?? ''}`);
      return { fileName: `${name}.pdf`, base64: Buffer.from(printed.pdf).toString('base64'), pages: printed.pages };
    } catch (error) {
      throw printFailure(error);
    }
  },
  'reports:print': async (query, ctx) => {
    const printHtml = ctx.platform?.printHtml;
    if (!printHtml) throw new DomainError('unavailable', NO_PRINT_DIALOG);
    const printable = page(ctx, query);
    try {
      return { printed: await printHtml(printable.html, { paperSize: printable.paperSize }) };
    } catch (error) {
      const why = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new DomainError('unavailable', `The reports could not be printed (${why}). Save a PDF instead and print that.`);
    }
  },
  'today:get': (query, ctx) => snapshot(ctx, () => buildToday(ctx.db, readLastLeftToday(ctx.dataDir), query, ctx.now())),
  'today:left': (_input, ctx) => {
    const lastLeftAt = ctx.now().toISOString();
    writeLastLeftToday(ctx.dataDir, lastLeftAt);
    return { lastLeftAt };
  },
};
