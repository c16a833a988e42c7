// Renderer: the CSV import's report: the counts, what the core noticed reading the file, every refused
// row with its line number and reason, and every skipped duplicate with whom it matched.
import type { ImportResult } from '../../../../electron/contract';
import { ImportWarnings } from './ImportWarnings';

export function ImportReport({ result }: { result: ImportResult }) {
  const { imported, merged, skipped, errors, cancelled, warnings } = result;
  const duplicates = result.duplicates ?? [];
  return (
    <div className="import-report" aria-live="polite">
      <p className="batch-summary-line">{cancelled ? 'Import stopped. Rows from finished batches were kept.' : 'Import finished.'}</p>
      <dl className="import-counts">
        <div>
          <dt>Imported</dt>
          <dd>{imported.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Merged</dt>
          <dd>{merged.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{skipped.toLocaleString()}</dd>
        </div>
        <div>
          <dt>Refused</dt>
          <dd>{errors.length.toLocaleString()}</dd>
        </div>
      </dl>
      <ImportWarnings warnings={warnings} />
      {errors.length > 0 ? (
        <div className="batch-failures">
          <h3 className="batch-failures-title">{errors.length === 1 ? 'One row was refused' : `${errors.length} rows were refused`}</h3>
          <ul className="import-errors" aria-label="Refused rows">
            {errors.map((e) => (
              <li key={`${e.line}-${e.reason}`}>
                <strong>Line {e.line}</strong>: {e.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {duplicates.length > 0 ? (
        <div className="import-duplicates">
          <h3 className="import-duplicates-title">
            {duplicates.length === 1 ? 'One row was skipped as a duplicate' : `${duplicates.length.toLocaleString()} rows were skipped as duplicates`}
          </h3>
          <ul className="import-errors" aria-label="Skipped duplicates">
            {duplicates.map((d) => (
              <li key={`${d.line}-${d.matchedId}`}>
                <strong>Line {d.line}</strong>: {d.name} — already here as {d.matchedName}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
