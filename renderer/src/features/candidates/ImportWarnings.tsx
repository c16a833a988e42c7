// Renderer: what the core noticed while reading an import's CSV file (read as Windows-1252, NUL characters
// removed, a row cut off), in its own words with the lines named; shown on the map step and in the report.
export function ImportWarnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="import-warnings" role="note" aria-label="About this file">
      <h3 className="import-warnings-title">About this file</h3>
      <ul>
        {warnings.map((warning) => (
          <li key={warning}>{warning}</li>
        ))}
      </ul>
    </div>
  );
}
