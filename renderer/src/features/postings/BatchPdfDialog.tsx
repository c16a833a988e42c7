// Renderer: the dialog of the batch PDF job: progress while it runs (fed by postings:progress), a Cancel
// button, and a summary at the end listing PDFs saved under another name and roles that could not be saved.
import type { BatchPdfResult } from '../../../../electron/contract';
import { JobDialog, JobProgress } from '../../components/JobProgress';
import { usePublishStore } from '../../stores/publish-store';

function summaryLine(result: BatchPdfResult, total: number): string {
  const saved = result.files.length;
  const pdfs = `${saved} PDF${saved === 1 ? '' : 's'}`;
  if (result.cancelled) return `Stopped. ${pdfs} saved before you cancelled${total > 0 ? ` (of ${total} open roles)` : ''}.`;
  if (saved === 0 && result.failed.length === 0) return 'There are no open roles, so there was nothing to save.';
  return `Saved ${pdfs}.`;
}

/** PDFs saved under a free name because a file Hirebook did not write already had theirs. */
function Renamed({ renamed }: { renamed: BatchPdfResult['renamed'] }) {
  const one = renamed.length === 1;
  return (
    <div className="batch-renamed">
      <p>
        {one ? 'One PDF was' : `${renamed.length} PDFs were`} saved under another name: the folder already had a file with {one ? 'its name' : 'their names'} that
        Hirebook did not write, and Hirebook left {one ? 'it' : 'them'} as {one ? 'it is' : 'they are'}.
      </p>
      <ul>
        {renamed.map((r) => (
          <li key={r.file}>
            <span className="mono">{r.file}</span> instead of <span className="mono">{r.wanted}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function Summary({ result, folder, total }: { result: BatchPdfResult; folder: string; total: number }) {
  return (
    <div className="batch-summary">
      <p className="batch-summary-line">{summaryLine(result, total)}</p>
      {result.files.length > 0 ? (
        <p className="batch-folder">
          In <span className="mono">{folder}</span>
        </p>
      ) : null}
      {result.renamed.length > 0 ? <Renamed renamed={result.renamed} /> : null}
      {result.failed.length > 0 ? (
        <div className="batch-failures">
          <h3 className="batch-failures-title">Could not save {result.failed.length === 1 ? 'one role' : `${result.failed.length} roles`}</h3>
          <ul>
            {result.failed.map((f) => (
              <li key={f.roleId}>
                <strong>{f.title}</strong>: {f.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

export function BatchPdfDialog() {
  const { phase, done, total, cancelling, result, folder, error, cancel, dismiss } = usePublishStore();
  const running = phase === 'running';
  return (
    <JobDialog
      open={phase !== 'idle'}
      running={running}
      cancelling={cancelling}
      title={running ? 'Saving PDFs of open roles' : phase === 'failed' ? 'The PDFs could not be saved' : 'PDFs of open roles'}
      onCancel={() => void cancel()}
      onDismiss={dismiss}
    >
      {running ? <JobProgress label="PDFs saved" done={done} total={total} count={`${done} of ${total} roles`} starting="Starting the PDF printer…" /> : null}
      {phase === 'done' && result ? <Summary result={result} folder={folder} total={total} /> : null}
      {phase === 'failed' ? <p className="batch-error">{error}</p> : null}
    </JobDialog>
  );
}
