// Renderer: one coach finding: what is wrong, why it matters, the fix, and actions (swap a word for a
// suggested one in the editor, or jump to the role field that needs filling in).
import { ArrowRight } from 'lucide-react';
import type { Finding, FindingHighlight } from '../../../../electron/contract';
import { useRouteStore } from '../../stores/route-store';
import { replaceHighlight } from './coach-highlights';
import { FIELD_LABELS, SEVERITY_LABELS } from './coach-labels';
import { editorFor } from './editor-registry';

interface Props {
  finding: Finding;
  roleId: string;
  keys: string[];
  headingLevel?: 'h4' | 'h5';
}

/** One entry per distinct word, keeping its first occurrence (the one a swap replaces). */
function distinctWords(highlights: FindingHighlight[]): FindingHighlight[] {
  const seen = new Set<string>();
  return highlights.filter((h) => {
    const k = h.text.toLowerCase();
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function Swaps({ finding, keys }: { finding: Finding; keys: string[] }) {
  const words = distinctWords(finding.highlights ?? []).filter((h) => h.suggestions.length > 0 && h.label !== 'long-sentence');
  if (words.length === 0) return null;
  const swap = (h: FindingHighlight, word: string) => {
    const key = keys[h.sectionIndex];
    const editor = key ? editorFor(key) : undefined;
    if (editor) replaceHighlight(editor, h, word);
  };
  return (
    <ul className="swaps" aria-label="Suggested words">
      {words.slice(0, 6).map((h) => (
        <li key={`${h.sectionIndex}:${h.start}`} className="swap">
          <mark className={`swap-word coach-mark-${h.label ?? 'note'}`}>{h.text}</mark>
          <ArrowRight size={13} aria-hidden="true" className="swap-arrow" />
          {h.suggestions.slice(0, 3).map((word) => (
            <button key={word} type="button" className="swap-btn" aria-label={`Replace “${h.text}” with “${word}”`} onClick={() => swap(h, word)}>
              {word}
            </button>
          ))}
        </li>
      ))}
    </ul>
  );
}

export function CoachFinding({ finding, roleId, keys, headingLevel = 'h5' }: Props) {
  const navigate = useRouteStore((s) => s.navigate);
  const Heading = headingLevel;
  return (
    <article className={`finding finding-${finding.severity}`} data-finding={finding.id}>
      <div className="finding-head">
        <Heading className="finding-title">{finding.title}</Heading>
        <span className={`severity severity-${finding.severity}`}>{SEVERITY_LABELS[finding.severity]}</span>
      </div>
      <p className="finding-fix">{finding.fix}</p>
      <details className="finding-why">
        <summary>Why it matters</summary>
        <p className="finding-explanation">{finding.explanation}</p>
      </details>
      <Swaps finding={finding} keys={keys} />
      {finding.field ? (
        <button type="button" className="link-btn finding-field" onClick={() => navigate({ name: 'role-edit', id: roleId, field: finding.field })}>
          Go to {FIELD_LABELS[finding.field].toLowerCase()} <ArrowRight size={13} aria-hidden="true" />
        </button>
      ) : null}
    </article>
  );
}
