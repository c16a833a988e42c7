// Renderer: a word diff of two versions: added text underlined in green (<ins>), removed text struck
// through in red (<del>), with counts.
import type { RevisionComparison } from '../../../../electron/contract';

export function DiffView({ comparison }: { comparison: RevisionComparison }) {
  const { parts, added, removed } = comparison;
  return (
    <div className="diff">
      <p className="diff-summary">
        <span className="diff-count diff-count-added">{added} words added</span>
        <span className="diff-count diff-count-removed">{removed} words removed</span>
      </p>
      {added === 0 && removed === 0 ? <p className="muted">No differences.</p> : null}
      <div className="diff-text" aria-label="Differences">
        {parts.map((part, i) =>
          part.op === 'added' ? (
            <ins key={i}>{part.text}</ins>
          ) : part.op === 'removed' ? (
            <del key={i}>{part.text}</del>
          ) : (
            <span key={i}>{part.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
