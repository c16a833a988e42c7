// Renderer: the progress bar of a long job (batch PDFs, export everything): `done` of `total`, and a
// starting line until the total is known. Announced politely to screen readers. And the job's dialog
// around it: Cancel while it runs (Stopping… once pressed), Close when it has ended.
import * as Dialog from '@radix-ui/react-dialog';
import type { ReactNode } from 'react';
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

interface JobDialogProps {
  /** Whether the dialog is shown (the job has started and its summary is not yet dismissed). */
  open: boolean;
  running: boolean;
  cancelling: boolean;
  title: string;
  onCancel: () => void;
  onDismiss: () => void;
  /** Where focus goes once it closes (default: back where it was). */
  onCloseAutoFocus?: (event: Event) => void;
  children: ReactNode;
}

/**
 * A long job's dialog: its title, what it shows (progress, then a summary or the error) and Cancel while it
 * runs, Close after. Escape or Cancel while it runs asks the job to stop; the summary then stays to be read.
 */
export function JobDialog({ open, running, cancelling, title, onCancel, onDismiss, onCloseAutoFocus, children }: JobDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={(next) => !next && (running ? onCancel() : onDismiss())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog batch-dialog"
          aria-describedby={undefined}
          onPointerDownOutside={(e) => running && e.preventDefault()}
          {...(onCloseAutoFocus ? { onCloseAutoFocus } : {})}
        >
          <Dialog.Title className="dialog-title">{title}</Dialog.Title>
          {children}
          <div className="dialog-actions">
            {running ? (
              <Button onClick={onCancel} disabled={cancelling}>
                {cancelling ? 'Stopping…' : 'Cancel'}
              </Button>
            ) : (
              <Dialog.Close className="btn btn-primary">Close</Dialog.Close>
            )}
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
