// Renderer: the one intake path for the Candidates screen and a role's board: files or folders dropped on
// the screen, or picked with "Add from files…", go to candidates:intake; a dialog shows progress with
// Cancel, then the report. Returns what the screen needs: the drop handlers, the button's action and the
// dialog to render.
import { useRef, useState, type DragEvent } from 'react';
import type { IntakeReport as Report } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { JobDialog, JobProgress } from '../../components/JobProgress';
import { FormError } from '../../components/FormError';
import { notifyError } from '../../lib/notify';
import { useCandidatesStore } from '../../stores/candidates-store';
import { intakeActions } from '../../stores/intake-actions';
import { IntakeReport } from './IntakeReport';

type State =
  | { name: 'idle' }
  | { name: 'running'; jobId: string; done: number; total: number; fileName: string; cancelling: boolean }
  | { name: 'report'; report: Report; unreachable: string[] }
  | { name: 'failed'; message: string };

/** True when a drag carries files (not text or a card being moved). */
function carriesFiles(e: DragEvent): boolean {
  return Array.from(e.dataTransfer.types).includes('Files');
}

export function useIntake(roleId?: string) {
  const [state, setState] = useState<State>({ name: 'idle' });
  const [dragging, setDragging] = useState(false);
  const jobRef = useRef<string | null>(null);
  const depth = useRef(0);

  const start = (paths: string[], unreachable: string[] = []) => {
    if (jobRef.current) return;
    if (paths.length === 0) {
      if (unreachable.length > 0) setState({ name: 'failed', message: `Hirebook cannot read ${unreachable.join(', ')} from there. Save the files to a folder first, then add them from that folder.` });
      return;
    }
    const jobId = crypto.randomUUID();
    jobRef.current = jobId;
    setState({ name: 'running', jobId, done: 0, total: 0, fileName: '', cancelling: false });
    intakeActions
      .run({ paths, jobId, ...(roleId ? { roleId } : {}) }, (p) =>
        setState((s) => (s.name === 'running' && s.jobId === p.jobId ? { ...s, done: p.done, total: p.total, fileName: p.fileName } : s)),
      )
      .then((report) => setState({ name: 'report', report, unreachable }))
      .catch((e: unknown) => setState({ name: 'failed', message: errorMessage(e) }))
      .finally(() => {
        jobRef.current = null;
        useCandidatesStore.getState().bump();
      });
  };

  const chooseFiles = () => {
    intakeActions
      .chooseFiles()
      .then((paths) => start(paths))
      .catch((e: unknown) => notifyError(e, 'Could not open the file dialog'));
  };

  const cancel = () => {
    const jobId = jobRef.current;
    if (!jobId) return;
    setState((s) => (s.name === 'running' ? { ...s, cancelling: true } : s));
    void intakeActions.cancel(jobId).catch(() => undefined);
  };

  const dropHandlers = {
    onDragEnter: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current += 1;
      setDragging(true);
    },
    onDragOver: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    },
    onDragLeave: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth.current = Math.max(0, depth.current - 1);
      if (depth.current === 0) setDragging(false);
    },
    onDrop: (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth.current = 0;
      setDragging(false);
      const { paths, unreachable } = intakeActions.pathsOf(Array.from(e.dataTransfer.files));
      start(paths, unreachable);
    },
  };

  const running = state.name === 'running';
  const dialog = (
    <JobDialog
      open={state.name !== 'idle'}
      running={running}
      cancelling={running && state.cancelling}
      title={running ? 'Adding candidates from files' : state.name === 'failed' ? 'Could not add candidates' : 'Candidates added from files'}
      onCancel={cancel}
      onDismiss={() => setState({ name: 'idle' })}
    >
      {state.name === 'running' ? (
        <>
          <JobProgress
            label="Files read"
            done={state.done}
            total={state.total}
            count={state.cancelling ? 'Stopping after the current file…' : `${state.done} of ${state.total} files${state.fileName ? ` — reading ${state.fileName}` : ''}`}
            starting="Finding the files…"
          />
        </>
      ) : null}
      {state.name === 'report' ? <IntakeReport report={state.report} unreachable={state.unreachable} onDone={() => setState({ name: 'idle' })} /> : null}
      {state.name === 'failed' ? <FormError message={state.message} /> : null}
    </JobDialog>
  );

  return { dragging, dropHandlers, chooseFiles, dialog, running };
}
