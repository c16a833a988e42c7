// Renderer: the progress bar of a long job (batch PDFs, export everything): `done` of `total`, and a
// starting line until the total is known. Announced politely to screen readers.

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
