// Renderer: the progress bar of a long job (batch PDFs, export everything): `done` of `total`, and a
// starting line until the total is known. Announced politely to screen readers. And the job dialog's
// footer: Cancel while it runs (Stopping… once pressed), Close when it has ended.
import * as Dialog from '@radix-ui/react-dialog';
import { Button } from './Button';

interface JobProgressProps {
  /** The progress bar's accessible name, e.g. "PDFs saved". */
  label: string;
  done: number;
  total: number;
  /** The count in words, e.g. "3 of 12 roles". */
  count: string;
  /** Shown until `total` is known. */
  starting: string;
}

export function JobProgress({ label, done, total, count, starting }: JobProgressProps) {
  const known = total > 0;
  return (
    <div className="batch-progress">
      <div
        className="progress"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={known ? count : 'Starting…'}
      >
        <div className="progress-bar" style={{ width: known ? `${Math.min(100, (done / total) * 100)}%` : '0%' }} />
      </div>
      <p className="batch-count" aria-live="polite">
        {known ? count : starting}
      </p>
    </div>
  );
}

interface JobActionsProps {
  running: boolean;
  cancelling: boolean;
  onCancel: () => void;
}

export function JobActions({ running, cancelling, onCancel }: JobActionsProps) {
  return (
    <div className="dialog-actions">
      {running ? (
        <Button onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Stopping…' : 'Cancel'}
        </Button>
      ) : (
        <Dialog.Close className="btn btn-primary">Close</Dialog.Close>
      )}
    </div>
  );
}
