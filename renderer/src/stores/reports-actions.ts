// Renderer: every call of the Today and Reports screens: Today's list and noting that the owner left it,
// each report for a role and range, its CSV (saved through the download path: the system save dialog in
// the app), and the printed page as a PDF or through the system print dialog. Also the data changes that
// make what they show stale.
import { toast } from 'sonner';
import type { Report, ReportName, ReportsDocumentQuery, Role, Today } from '../../../electron/contract';
import { call } from '../api/client';
import { base64ToBytes, downloadFile } from '../lib/download-file';
import { notifyActionError } from '../lib/notify';
import { onDataChanged } from './data-changed';
import { localTimeZone } from '../features/interviews/zoned-time';

/** The computer's zone: the owner's day and the reports' calendar days. */

export interface ReportScope {
  roleId: string | null;
  from: string;
  to: string;
}

const query = (scope: ReportScope): ReportsDocumentQuery => ({
  ...(scope.roleId ? { roleId: scope.roleId } : {}),
  ...(scope.from ? { from: scope.from } : {}),
  ...(scope.to ? { to: scope.to } : {}),
  timeZone: localTimeZone(),
});

export const todayActions = {
  load: (): Promise<Today> => call('today:get', { timeZone: localTimeZone() }),
  /** The owner left Today: applicants added after now are new next time. */
  left: (): void => {
    call('today:left', {}).catch(() => {
      // Not worth a toast: the next visit shows a few applicants as new again.
    });
  },
};

export const reportActions = {
  get: (name: ReportName, scope: ReportScope): Promise<Report> => call('reports:get', { name, ...query(scope) }),
  /** The roles to pick from (archived ones too: their history is in the reports). */
  roles: async (): Promise<Role[]> => (await call('roles:list', { archived: 'include', sort: 'title', direction: 'asc' })).roles,
};

export async function exportReportCsv(name: ReportName, scope: ReportScope): Promise<void> {
  try {
    const file = await call('reports:csv', { name, ...query(scope) });
    downloadFile(file.content, file.fileName, 'text/csv;charset=utf-8');
    toast.success('CSV ready', { description: `${file.fileName} · ${file.rows} row${file.rows === 1 ? '' : 's'}` });
  } catch (error) {
    notifyActionError(error, 'Exporting the CSV');
  }
}

export async function saveReportsPdf(scope: ReportScope): Promise<void> {
  const id = toast.loading('Preparing the PDF…');
  try {
    const pdf = await call('reports:pdf', query(scope));
    downloadFile(base64ToBytes(pdf.base64), pdf.fileName, 'application/pdf');
    toast.success('PDF ready', { id, description: `${pdf.fileName} · ${pdf.pages} page${pdf.pages === 1 ? '' : 's'}` });
  } catch (error) {
    notifyActionError(error, 'Saving a PDF', id);
  }
}

export async function printReports(scope: ReportScope): Promise<void> {
  try {
    const { printed } = await call('reports:print', query(scope));
    if (printed) toast.success('Sent to the printer');
  } catch (error) {
    notifyActionError(error, 'Printing');
  }
}

/** Calls `reload` after any write that can change Today or a report (nearly every domain). */
export function watchHiringData(reload: () => void): () => void {
  return onDataChanged(['roles', 'candidates', 'applications', 'pipeline', 'interviews', 'rejection-reasons', 'kits'], reload);
}
