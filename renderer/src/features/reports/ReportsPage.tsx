// Renderer: Reports: for all roles or one, over a date range (the last 90 days to start with), every
// report of the core (reports:get) with its figures, definitions and chart; each report exports as CSV,
// and the whole page prints (or saves as PDF) through the core's static page, charts as SVG.
import { format, subDays } from 'date-fns';
import { FileDown, Loader2, Printer, RotateCw } from 'lucide-react';
import { useCallback, useEffect, useId, useState } from 'react';
import { REPORT_NAMES, type Report, type Role } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { RoleOptions } from '../../components/RoleOptions';
import { notifyError } from '../../lib/notify';
import { usePrintCommand } from '../../lib/print-target';
import { exportReportCsv, printReports, reportActions, saveReportsPdf, watchHiringData, type ReportScope } from '../../stores/reports-actions';
import { ReportSection } from './ReportSection';
import './reports.css';

/** The range a visit starts with: the last 90 days, today included. */
export function defaultScope(now = new Date()): ReportScope {
  return { roleId: null, from: format(subDays(now, 89), 'yyyy-MM-dd'), to: format(now, 'yyyy-MM-dd') };
}

type State = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; reports: Report[] };

export function ReportsPage() {
  const [scope, setScope] = useState<ReportScope>(() => defaultScope());
  // File → Print… (Ctrl/Cmd+P) prints the reports for the roles and dates chosen, as the Print… button does.
  usePrintCommand(() => void printReports(scope));
  const [roles, setRoles] = useState<Role[]>([]);
  const [state, setState] = useState<State>({ status: 'loading' });
  const ids = useId();

  useEffect(() => {
    reportActions.roles().then(setRoles, (e: unknown) => notifyError(e, 'Could not load the roles'));
  }, []);

  const load = useCallback(() => {
    let current = true;
    Promise.all(REPORT_NAMES.map((name) => reportActions.get(name, scope)))
      .then((reports) => {
        if (current) setState({ status: 'ready', reports });
      })
      .catch((error: unknown) => {
        if (current) setState({ status: 'error', message: errorMessage(error) });
      });
    return () => {
      current = false;
    };
  }, [scope]);

  useEffect(() => {
    let cancel = load();
    const stop = watchHiringData(() => {
      cancel();
      cancel = load();
    });
    return () => {
      cancel();
      stop();
    };
  }, [load]);

  const set = (patch: Partial<ReportScope>) => setScope((s) => ({ ...s, ...patch }));

  return (
    <>
      <PageHeader
        title="Reports"
        subtitle="How hiring is going: each figure with what it counts"
        actions={
          <>
            <Button icon={<FileDown size={16} aria-hidden="true" />} onClick={() => void saveReportsPdf(scope)}>
              Save PDF
            </Button>
            <Button icon={<Printer size={16} aria-hidden="true" />} onClick={() => void printReports(scope)}>
              Print…
            </Button>
          </>
        }
      />
      <div className="report-toolbar" role="group" aria-label="Which roles and dates">
        <div className="report-filter">
          <label htmlFor={`${ids}-role`}>Role</label>
          <select id={`${ids}-role`} className="input select input-compact" value={scope.roleId ?? ''} onChange={(e) => set({ roleId: e.target.value || null })}>
            <option value="">All roles</option>
            <RoleOptions roles={roles} />
          </select>
        </div>
        <div className="report-filter">
          <label htmlFor={`${ids}-from`}>From</label>
          <input id={`${ids}-from`} className="input input-compact" type="date" value={scope.from} max={scope.to || undefined} onChange={(e) => set({ from: e.target.value })} />
        </div>
        <div className="report-filter">
          <label htmlFor={`${ids}-to`}>To</label>
          <input id={`${ids}-to`} className="input input-compact" type="date" value={scope.to} min={scope.from || undefined} onChange={(e) => set({ to: e.target.value })} />
        </div>
        <Button size="sm" variant="ghost" onClick={() => setScope((s) => ({ ...defaultScope(), roleId: s.roleId }))}>
          Last 90 days
        </Button>
      </div>
      {state.status === 'loading' ? (
        <p className="report-loading" role="status">
          <Loader2 size={16} className="spin" aria-hidden="true" /> Working out the figures…
        </p>
      ) : state.status === 'error' ? (
        <EmptyState icon={<RotateCw size={28} />} title="The reports could not be shown" actions={<Button onClick={() => setScope((s) => ({ ...s }))}>Try again</Button>}>
          <p>{state.message}</p>
        </EmptyState>
      ) : (
        <div className="reports">
          {state.reports.map((report) => (
            <ReportSection key={report.name} report={report} onExport={() => void exportReportCsv(report.name, scope)} />
          ))}
        </div>
      )}
    </>
  );
}
