// The reports and Today channels: glue between parsed input and the services; all read-only on the
// database (today:left writes today.json in the data folder only). The CSV, the printed page and its PDF
// and system print go through the postings' CSV writer, document shell and printer. Runs in plain Node,
// called only through dispatch.
import { REPORT_NAMES, type ReportsChannel, type ReportsDocumentQuery, type ReportsHtml } from '../../contract';
import { getCompany } from '../company/company-repo';
import type { CoreContext } from '../core-context';
import { DomainError } from '../errors';
import type { HandlerGroup } from '../handlers';
import { NO_PRINT_DIALOG } from '../platform-services';
import { printFailure } from '../postings/postings-service';
import { slugify } from '../postings/posting-format';
import { getRole } from '../roles/roles-repo';
import { reportCsv } from './report-csv';
import { reportsDocument } from './report-document';
import { computerTimeZone, rangeWords } from './report-range-rules';
import { buildReport } from './reports-service';
import { readLastLeftToday, writeLastLeftToday } from './today-record';
import { buildToday } from './today-service';

/** Reads in one snapshot (a deferred transaction: it takes no write lock), so every figure is of one moment. */
const snapshot = <T>(ctx: CoreContext, read: () => T): T => ctx.db.transaction(read)();

function roleTitle(ctx: CoreContext, roleId: string | undefined): string | null {
  return roleId === undefined ? null : (getRole(ctx.db, roleId)?.title ?? null);
}

/** Every report for the same role and range, read in one transaction, as the printed page. */
function reportsPage(ctx: CoreContext, query: ReportsDocumentQuery): ReportsHtml & { paperSize: 'a4' | 'letter' } {
  return snapshot(ctx, () => {
    const now = ctx.now();
    const timeZone = query.timeZone ?? computerTimeZone();
    const reports = REPORT_NAMES.map((name) => buildReport(ctx.db, { ...query, name, timeZone }, now));
    const paperSize = getCompany(ctx.db).paperSize;
    return { ...reportsDocument(reports, { roleTitle: roleTitle(ctx, query.roleId), rangeText: rangeWords(query.from, query.to, timeZone), paperSize }), paperSize };
  });
}

export const reportsHandlers: HandlerGroup<ReportsChannel> = {
  'reports:get': (query, ctx) => snapshot(ctx, () => buildReport(ctx.db, query, ctx.now())),
  'reports:csv': (query, ctx) => snapshot(ctx, () => reportCsv(buildReport(ctx.db, query, ctx.now()), roleTitle(ctx, query.roleId))),
  'reports:html': (query, ctx) => {
    const { title, html } = reportsPage(ctx, query);
    return { title, html };
  },
  'reports:pdf': async (query, ctx) => {
    const page = reportsPage(ctx, query);
    try {
      const printed = await ctx.printer().print(page.html, { paperSize: page.paperSize });
      const name = slugify(`hiring reports ${roleTitle(ctx, query.roleId) ?? 'all roles'} ${query.from ?? ''} ${query.to ?? ''}`);
      return { fileName: `${name}.pdf`, base64: Buffer.from(printed.pdf).toString('base64'), pages: printed.pages };
    } catch (error) {
      throw printFailure(error);
    }
  },
  'reports:print': async (query, ctx) => {
    const printHtml = ctx.platform?.printHtml;
    if (!printHtml) throw new DomainError('unavailable', NO_PRINT_DIALOG);
    const page = reportsPage(ctx, query);
    try {
      return { printed: await printHtml(page.html, { paperSize: page.paperSize }) };
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
