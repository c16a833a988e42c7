// One report by name: the range as instants in the owner's zone, the rows from the report's builder, and
// the definitions beside them (report-definitions-rules.ts); and every report for one role and range as the
// printed page. Read-only (callers read in one snapshot); runs in plain Node.
import { REPORT_NAMES, type Report, type ReportQuery, type ReportsDocumentQuery, type ReportsHtml } from '../../contract';
import { getCompany } from '../company/company-repo';
import type { Db } from '../db/open-database';
import { notFound } from '../errors';
import { getRole } from '../roles/roles-repo';
import { funnelReport, interviewersReport, reasonsReport, sourcesReport, timeInStageReport, type Built } from './pipeline-reports-service';
import { utcToZoned } from '../../contract/zoned-time';
import { offerAcceptanceReport } from './offer-reports-service';
import { REPORT_DEFINITIONS } from './report-definitions-rules';
import { reportsDocument } from './report-document';
import { computerTimeZone, rangeInstants, rangeWords } from './report-range-rules';
import { openRolesReport, timeToFillReport, timeToHireReport } from './role-reports-service';

export function buildReport(db: Db, query: ReportQuery, now: Date): Report {
  const timeZone = query.timeZone ?? computerTimeZone();
  const roleId = query.roleId ?? null;
  if (roleId !== null && !getRole(db, roleId)) throw notFound('That role');
  const range = rangeInstants(query.from, query.to, timeZone);
  const builders: Record<Report['name'], () => Built> = {
    funnel: () => funnelReport(db, roleId, range),
    'time-to-hire': () => timeToHireReport(db, roleId, range, timeZone),
    'time-to-fill': () => timeToFillReport(db, roleId, range, timeZone),
    'time-in-stage': () => timeInStageReport(db, roleId, range, now),
    sources: () => sourcesReport(db, roleId, range),
    reasons: () => reasonsReport(db, roleId, range),
    'open-roles': () => openRolesReport(db, roleId, timeZone, now),
    interviewers: () => interviewersReport(db, roleId, range),
    offers: () => offerAcceptanceReport(db, roleId, range, utcToZoned(now.toISOString(), timeZone).date),
  };
  const built = builders[query.name]();
  const definition = REPORT_DEFINITIONS[query.name];
  const rangeNote = query.name === 'open-roles' ? [] : [rangeWords(query.from, query.to, timeZone)];
  return {
    name: query.name,
    title: definition.title,
    about: definition.about,
    roleId,
    from: query.from ?? null,
    to: query.to ?? null,
    timeZone,
    notes: [...rangeNote, ...built.notes],
    columns: definition.columns,
    rows: built.rows,
  };
}

/** The title of the role a report is for, or null for all roles (or a role that is gone). */
export function reportRoleTitle(db: Db, roleId: string | undefined): string | null {
  return roleId === undefined ? null : (getRole(db, roleId)?.title ?? null);
}

/** Every report for the same role and range as the printed page, on the company's paper size. */
export function reportsPage(db: Db, query: ReportsDocumentQuery, now: Date): ReportsHtml & { paperSize: 'a4' | 'letter' } {
  const timeZone = query.timeZone ?? computerTimeZone();
  const reports = REPORT_NAMES.map((name) => buildReport(db, { ...query, name, timeZone }, now));
  const paperSize = getCompany(db).paperSize;
  const document = reportsDocument(reports, { roleTitle: reportRoleTitle(db, query.roleId), rangeText: rangeWords(query.from, query.to, timeZone), paperSize });
  return { ...document, paperSize };
}
