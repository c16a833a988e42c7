// Renderer: the Candidates screen: header (import, export, add), search and filters, the virtualized table,
// and the empty and no-match states.
import { FileDown, FileUp, FilePlus2, Plus, SearchX, Users } from 'lucide-react';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Role } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { downloadFile } from '../../lib/download-file';
import { notifyError } from '../../lib/notify';
import { candidateActions, watchCandidateList } from '../../stores/candidates-actions';
import { hasCandidateFilters, toCountQuery, toQuery, useCandidatesStore } from '../../stores/candidates-store';
import { csvActions } from '../../stores/csv-actions';
import { roleActions } from '../../stores/roles-store';
import { useRouteStore } from '../../stores/route-store';
import { useIntake } from '../intake/use-intake';
import { CandidatesTable } from './CandidatesTable';
import { CandidatesToolbar } from './CandidatesToolbar';
import { ImportWizard } from './ImportWizard';
import { useCandidatePages } from './use-candidate-pages';
import './candidates.css';
import { usePaletteStore } from '../../stores/palette-store';

export function CandidatesPage() {
  const filters = useCandidatesStore((s) => s.filters);
  const version = useCandidatesStore((s) => s.version);
  const resetCount = useCandidatesStore((s) => s.resetCount);
  const navigate = useRouteStore((s) => s.navigate);
  const pages = useCandidatePages(filters, version);
  const [roles, setRoles] = useState<Role[]>([]);
  const [importing, setImporting] = useState(false);
  // The palette's "Import candidates" comes here and opens the same dialog as the Import CSV button.
  const importRequested = usePaletteStore((s) => s.importRequested);
  const closeImport = (): void => {
    setImporting(false);
    usePaletteStore.getState().requestImport(false);
  };
  const [exporting, setExporting] = useState(false);
  const intake = useIntake();

  useEffect(() => {
    roleActions
      .list({ archived: 'include', sort: 'title', direction: 'asc' })
      .then((list) => setRoles(list.roles))
      .catch((e: unknown) => notifyError(e, 'Could not load roles'));
    return watchCandidateList();
  }, []);

  const add = () => navigate({ name: 'candidate-new' });
  const exportCsv = () => {
    setExporting(true);
    csvActions
      .exportCandidates(toQuery(filters))
      .then((file) => {
        downloadFile(file.content, file.fileName, 'text/csv;charset=utf-8');
        toast.success(`Exported ${file.rows.toLocaleString()} candidate${file.rows === 1 ? '' : 's'}`);
      })
      .catch((e: unknown) => notifyError(e, 'Could not export candidates'))
      .finally(() => setExporting(false));
  };

  const total = pages.total;
  const filtered = hasCandidateFilters(filters);
  const firstRun = total === 0 && !filtered && !pages.stale;
  // A search's count stops a little past the rows fetched ("1,200+"); Count all asks for every match counted.
  const countKey = JSON.stringify([toCountQuery(filters), version]);
  const [counted, setCounted] = useState<{ key: string; total: number | 'counting' } | null>(null);
  const exactTotal = pages.totalExact ? total : counted?.key === countKey && counted.total !== 'counting' ? counted.total : null;
  const countAll = (): void => {
    setCounted({ key: countKey, total: 'counting' });
    candidateActions
      .count(toCountQuery(filters))
      .then((n) => setCounted((c) => (c?.key === countKey ? { key: countKey, total: n } : c)))
      .catch((e: unknown) => {
        setCounted(null);
        notifyError(e, 'Could not count candidates');
      });
  };
  const matching = (n: number, exact: boolean): string => `${n.toLocaleString()}${exact ? '' : '+'} candidate${n === 1 && exact ? '' : 's'}${filtered ? ' match' : ''}`;
  const subtitle =
    total === null ? (
      'Loading…'
    ) : firstRun ? (
      'Everyone who applies, in one place'
    ) : exactTotal !== null ? (
      matching(exactTotal, true)
    ) : (
      <>
        {matching(total, false)}{' '}
        <Button size="sm" variant="ghost" onClick={countAll} disabled={counted?.key === countKey}>
          {counted?.key === countKey ? 'Counting…' : 'Count all'}
        </Button>
      </>
    );

  return (
    <div className={`candidates-page intake-target${intake.dragging ? ' intake-target-active' : ''}`} {...intake.dropHandlers}>
      <PageHeader
        title="Candidates"
        subtitle={subtitle}
        actions={
          <>
            <Button icon={<FilePlus2 size={16} aria-hidden="true" />} onClick={intake.chooseFiles} disabled={intake.running}>
              Add from files…
            </Button>
            <Button icon={<FileUp size={16} aria-hidden="true" />} onClick={() => setImporting(true)}>
              Import CSV
            </Button>
            {!firstRun ? (
              <Button icon={<FileDown size={16} aria-hidden="true" />} onClick={exportCsv} disabled={exporting || !total}>
                {exporting ? 'Exporting…' : 'Export CSV'}
              </Button>
            ) : null}
            <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={add}>
              Add candidate
            </Button>
          </>
        }
      />
      {firstRun ? (
        <EmptyState
          icon={<Users size={28} />}
          title="No candidates yet"
          actions={
            <>
              <Button variant="primary" icon={<Plus size={16} aria-hidden="true" />} onClick={add}>
                Add candidate
              </Button>
              <Button icon={<FileUp size={16} aria-hidden="true" />} onClick={() => setImporting(true)}>
                Import CSV
              </Button>
            </>
          }
        >
          <p>Keep everyone who applies in one place: their résumé, contact details and where they stand for each role.</p>
          <p className="muted">Drop résumés (PDF, Word, text), saved e-mails (.eml, .msg) or a folder of them anywhere here to add one candidate each. Have a spreadsheet of applicants? Import it as a CSV file.</p>
        </EmptyState>
      ) : (
        <>
          <CandidatesToolbar key={resetCount} roles={roles} />
          {total === 0 ? (
            <EmptyState icon={<SearchX size={28} />} title="No candidates match" actions={<Button onClick={() => useCandidatesStore.getState().reset()}>Clear filters</Button>}>
              <p>Try a different search or fewer filters.</p>
            </EmptyState>
          ) : total !== null ? (
            <CandidatesTable pages={pages} />
          ) : null}
        </>
      )}
      {intake.dialog}
      {importing || importRequested ? <ImportWizard roles={roles} onClose={closeImport} /> : null}
    </div>
  );
}
