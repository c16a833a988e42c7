// Renderer: one coach finding: what is wrong, why it matters, the fix, and actions: swap a flagged phrase
// for a suggested one, put the owner's own words in its place, or jump to the role field that needs
// filling in. Which fixes are swaps and which need the owner's words is decided in core (the finding's
// highlights); this file only follows it.
import { ArrowRight } from 'lucide-react';
import { useId, useState, type FormEvent } from 'react';
import type { Finding, FindingHighlight, OwnWordsFix } from '../../../../electron/contract';
import { useDescriptionStore } from '../../stores/description-store';
import { useRouteStore } from '../../stores/route-store';
import { replaceHighlight } from './coach-highlights';
import { FIELD_LABELS, SEVERITY_LABELS } from './coach-labels';
import { editorFor } from './editor-registry';
import { sectionName } from './section-labels';

interface Props {
  finding: Finding;
  roleId: string;
  keys: string[];
  headingLevel?: 'h4' | 'h5';
}

/** Flagged spans offered as fixes in the panel; the rest stay marked in the text. */
const MAX_ROWS = 6;

const TEXT_CHANGED =
  'That text has changed since the coach read it, so nothing was replaced. The coach will check the new text in a moment.';
const SECTION_GONE = 'That section is no longer open, so nothing was replaced.';
const EMPTY_WORDS = 'Type your words first. Nothing was changed.';

/** Puts `text` in place of exactly this flagged span in its own section's editor; an error message, or null. */
function applyFix(keys: string[], h: FindingHighlight, text: string, matchCase: boolean): string | null {
  const key = keys[h.sectionIndex];
  const editor = key ? editorFor(key) : undefined;
  if (!editor) return SECTION_GONE;
  return replaceHighlight(editor, h, text, matchCase) === 'replaced' ? null : TEXT_CHANGED;
}

interface RowProps {
  h: FindingHighlight;
  keys: string[];
  /** The section's name, shown when the finding's spans are in more than one section. */
  where: string;
  showWhere: boolean;
  /** Tells the owner why a fix changed nothing (null clears the message). */
  onNote(note: string | null): void;
}

interface FormProps {
  h: FindingHighlight;
  ask: OwnWordsFix;
  keys: string[];
  onNote(note: string | null): void;
  onDone(): void;
}

function OwnWordsForm({ h, ask, keys, onNote, onDone }: FormProps) {
  const id = useId();
  const [words, setWords] = useState('');
  const [note, setNote] = useState<string | null>(null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const typed = words.trim();
    if (typed === '') {
      setNote(EMPTY_WORDS);
      return;
    }
    const problem = applyFix(keys, h, typed, false);
    onNote(problem);
    if (!problem) onDone();
  };
  return (
    <form className="own-words" onSubmit={submit}>
      <label htmlFor={`${id}-words`} className="own-words-label">
        {ask.prompt}, in your words, instead of “{h.text}”:
      </label>
      <div className="own-words-row">
        <input
          id={`${id}-words`}
          className="input input-sm own-words-input"
          value={words}
          placeholder={`e.g. ${ask.example}`}
          autoComplete="off"
          // The owner just asked for this box: typing should start here.
          autoFocus
          onChange={(e) => {
            setWords(e.target.value);
            setNote(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') onDone();
          }}
        />
        <button type="submit" className="btn btn-primary btn-sm">
          Replace
        </button>
        <button type="button" className="btn btn-ghost btn-sm" onClick={onDone}>
          Cancel
        </button>
      </div>
      {note ? (
        <p className="fix-note" role="alert">
          {note}
        </p>
      ) : null}
    </form>
  );
}

function FixRow({ h, keys, where, showWhere, onNote }: RowProps) {
  // The prompt of the open "your words" box, if any.
  const [asking, setAsking] = useState<string | null>(null);
  const ask = (h.ownWords ?? []).find((o) => o.prompt === asking);
  const inWhere = `, in ${where}`;
  return (
    <li className="swap">
      <div className="swap-line">
        <mark className={`swap-word coach-mark-${h.label ?? 'note'}`}>{h.text}</mark>
        {showWhere ? <span className="swap-where">in {where}</span> : null}
        <span className="swap-actions">
          <ArrowRight size={13} aria-hidden="true" className="swap-arrow" />
          {h.suggestions.slice(0, 3).map((word) => (
            <button
              key={word}
              type="button"
              className="swap-btn"
              aria-label={`Replace “${h.text}” with “${word}”${inWhere}`}
              onClick={() => {
                setAsking(null);
                onNote(applyFix(keys, h, word, true));
              }}
            >
              {word}
            </button>
          ))}
          {(h.ownWords ?? []).map((o) => (
            <button
              key={o.prompt}
              type="button"
              className="swap-btn swap-btn-ask"
              aria-expanded={asking === o.prompt}
              aria-label={`${o.prompt}: replace “${h.text}” with your own words${inWhere}`}
              onClick={() => {
                onNote(null);
                setAsking(asking === o.prompt ? null : o.prompt);
              }}
            >
              {o.prompt}…
            </button>
          ))}
        </span>
      </div>
      {ask ? <OwnWordsForm h={h} ask={ask} keys={keys} onNote={onNote} onDone={() => setAsking(null)} /> : null}
    </li>
  );
}

function Fixes({ finding, keys }: { finding: Finding; keys: string[] }) {
  const sections = useDescriptionStore((s) => s.sections);
  // Kept here, not in a row: a row goes when the coach's next check moves its span, the message stays.
  const [note, setNote] = useState<string | null>(null);
  const rows = (finding.highlights ?? []).filter((h) => h.suggestions.length > 0 || (h.ownWords?.length ?? 0) > 0);
  if (rows.length === 0) return null;
  const nameOf = (h: FindingHighlight) => {
    const section = sections.find((s) => s.key === keys[h.sectionIndex]);
    return section ? sectionName(section) : `section ${h.sectionIndex + 1}`;
  };
  const shown = rows.slice(0, MAX_ROWS);
  const severalSections = new Set(shown.map((h) => h.sectionIndex)).size > 1;
  return (
    <>
      <ul className="swaps" aria-label="Suggested changes">
        {shown.map((h) => (
          // Keyed by place and text, so an open box closes when the coach's next check moves on.
          <FixRow key={`${h.sectionIndex}:${h.start}:${h.text}`} h={h} keys={keys} where={nameOf(h)} showWhere={severalSections} onNote={setNote} />
        ))}
      </ul>
      {note ? (
        <p className="fix-note" role="alert">
          {note}
        </p>
      ) : null}
      {rows.length > MAX_ROWS ? <p className="muted swap-more">{rows.length - MAX_ROWS} more are marked in the text.</p> : null}
    </>
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
      <Fixes finding={finding} keys={keys} />
      {finding.field ? (
        <button type="button" className="link-btn finding-field" onClick={() => navigate({ name: 'role-edit', id: roleId, field: finding.field })}>
          Go to {FIELD_LABELS[finding.field].toLowerCase()} <ArrowRight size={13} aria-hidden="true" />
        </button>
      ) : null}
    </article>
  );
}
