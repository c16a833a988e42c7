// Renderer: interview mode's notes: a plain textarea (notes are plain text) that autosaves as you type and
// saves at once when it loses focus. It keeps its own text, so typing re-renders only this panel.
import { useState } from 'react';
import { INTERVIEW_LIMITS } from '../../../../electron/contract';
import { SaveIndicator } from './SaveIndicator';
import type { SaveStatus } from './scorecard-autosave';

interface NotesPanelProps {
  /** The notes as stored when the scorecard opened; from then on the field owns its text. */
  initialNotes: string;
  status: SaveStatus;
  error: string | null;
  onChange(notes: string): void;
  onBlur(): void;
}

export function NotesPanel({ initialNotes, status, error, onChange, onBlur }: NotesPanelProps) {
  const [notes, setNotes] = useState(initialNotes);
  return (
    <section className="im-panel im-notes" aria-labelledby="im-notes-title">
      <div className="im-panel-head">
        <h2 id="im-notes-title" className="im-panel-title">
          <label htmlFor="im-notes-text">Notes</label>
        </h2>
        <SaveIndicator status={status} error={error} />
      </div>
      <textarea
        id="im-notes-text"
        className="input textarea im-notes-text"
        value={notes}
        spellCheck
        maxLength={INTERVIEW_LIMITS.notes}
        placeholder="What they said, what stood out, follow-ups…"
        onChange={(e) => {
          setNotes(e.target.value);
          onChange(e.target.value);
        }}
        onBlur={onBlur}
      />
      <p className="im-hint">Saved as you type; nothing is lost if the app closes.</p>
    </section>
  );
}
