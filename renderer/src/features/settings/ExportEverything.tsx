// Renderer: Settings → Data → "Export everything…": every table as CSV and JSON plus the files, into a
// new folder inside one the person picks, with progress, Cancel and a summary at the end.
import { FolderDown } from 'lucide-react';
import { useRef } from 'react';
import type { ExportAllResult } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { JobDialog, JobProgress } from '../../components/JobProgress';
import { useExportAllStore } from '../../stores/export-all-store';

function plural(n: number, one: string, many: string): string {
  return `${n.toLocaleString()} ${n === 1 ? one : many}`;
}

function Summary({ result }: { result: ExportAllResult }) {
  if (result.cancelled) return <p className="batch-summary-line">Nothing was kept: the unfinished export folder was removed.</p>;
  return (
    <div className="batch-summary">
      <p className="batch-summary-line">
        Exported {plural(result.tables, 'table', 'tables')} and {plural(result.files, 'file', 'files')} to <span className="mono export-folder">{result.folder}</span>
      </p>
      <p className="batch-folder">Each table is there as CSV (for spreadsheets) and JSON (for other programs); README.txt explains every table and column.</p>
      {result.missingFiles.length > 0 ? (
        <div className="batch-failures">
          <h3 className="batch-failures-title">{plural(result.missingFiles.length, 'file was', 'files were')} missing from the data folder and not exported</h3>
          <ul>
            {result.missingFiles.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** `onClosed` puts focus back where it belongs (the button was disabled while the export ran). */
function ExportDialog({ onClosed }: { onClosed: () => void }) {
  const { phase, done, total, step, cancelling, result, error, cancel, dismiss } = useExportAllStore();
  const running = phase === 'running';
  const title = running ? 'Exporting everything' : phase === 'failed' ? 'The export could not be finished' : result?.cancelled ? 'Export stopped' : 'Export finished';
  return (
    <JobDialog
      open={phase !== 'idle'}
      running={running}
      cancelling={cancelling}
      title={title}
      onCancel={() => void cancel()}
      onDismiss={dismiss}
      onCloseAutoFocus={(e) => {
        e.preventDefault();
        onClosed();
      }}
    >
      {running ? (
        <JobProgress
          label="Rows and files exported"
          done={done}
          total={total}
          count={`${done.toLocaleString()} of ${total.toLocaleString()} rows and files${step ? ` · ${step}` : ''}`}
          starting="Starting…"
        />
      ) : null}
      {phase === 'done' && result ? <Summary result={result} /> : null}
      {phase === 'failed' ? <p className="batch-error">{error} Nothing was kept: the unfinished export folder was removed.</p> : null}
    </JobDialog>
  );
}

/** The row in the Data card, and its dialog. */
export function ExportEverything() {
  const running = useExportAllStore((s) => s.phase === 'running');
  const start = useExportAllStore((s) => s.start);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="data-action">
      <div>
        <h3 className="data-action-title">Export everything</h3>
        <p className="muted">Every table as CSV and JSON, plus all candidates’ files, in a new folder — to keep a readable copy or to move to another tool.</p>
      </div>
      <Button ref={button} icon={<FolderDown size={16} aria-hidden="true" />} onClick={() => void start()} disabled={running}>
        Export everything…
      </Button>
      <ExportDialog onClosed={() => button.current?.focus()} />
    </div>
  );
}
