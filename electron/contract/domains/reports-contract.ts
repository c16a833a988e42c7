// Reports and Today: hiring figures over a date range, and the home screen's list of what needs the owner.
// A spec per name in ./reports-channels.ts, no more, no fewer (else a type error); handlers: core/reports/reports-handlers.ts.
import { EmptyInput } from '../common-schemas';
import { Report, ReportCsvFile, ReportQuery, ReportsDocumentQuery, ReportsHtml, ReportsPdf, ReportsPrintResult, Today, TodayLeftResult, TodayQuery } from '../reports-schemas';
import type { DomainContract } from '../channel-spec';
import type { ReportsChannel } from './reports-channels';

export type { ReportsChannel };

export const reportsContract = {
  'reports:get': {
    input: ReportQuery,
    output: Report,
    doc: 'One report (funnel, time-to-hire, time-to-fill, time-in-stage, sources, reasons, open-roles, interviewers) for one role or all, over calendar days in the owner’s zone; each column carries its definition.',
  },
  'reports:csv': {
    input: ReportQuery,
    output: ReportCsvFile,
    doc: 'One report as a CSV file (its table, then each column’s definition and the notes); the renderer saves it where the owner chooses.',
  },
  'reports:html': {
    input: ReportsDocumentQuery,
    output: ReportsHtml,
    doc: 'Every report for one role or all over a range as one printable HTML page: tables, definitions, charts as static SVG, no scripts.',
  },
  'reports:pdf': { input: ReportsDocumentQuery, output: ReportsPdf, doc: 'The printed reports page as a PDF on the company’s paper size (needs the PDF printer).' },
  'reports:print': {
    input: ReportsDocumentQuery,
    output: ReportsPrintResult,
    doc: 'Print the reports page with the system print dialog (desktop app only); printed is false when the owner cancelled.',
  },
  'today:get': {
    input: TodayQuery,
    output: Today,
    doc: 'What needs the owner today: interviews today and tomorrow, feedback not submitted, candidates waiting too long, new applicants since Today was last left, roles closing within 7 days, open roles without applicants.',
  },
  'today:left': { input: EmptyInput, output: TodayLeftResult, doc: 'Note that the owner left Today now (kept in today.json in the data folder): later applicants are new.' },
} as const satisfies DomainContract<ReportsChannel>;
