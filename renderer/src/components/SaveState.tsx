// Renderer: an autosave's state in words ("Saving…", "Saved automatically", "Not saved — …") for the description
// editor and interview mode, so a screen that saves itself says so (screens with a Save button say "Unsaved
// changes" instead). Screen readers hear only problems: a "Saved" after every pause in typing would be noise.
// A failed save's reason opens from "Why?" beside it, until a save succeeds.
import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { Popover } from './Popover';

export type SaveStateStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

export function SaveState({ status, error, testId }: { status: SaveStateStatus; error: string | null; testId?: string }) {
  const busy = status === 'pending' || status === 'saving';
  const problem = status === 'error' || status === 'conflict';
  const text = status === 'saved' ? 'Saved automatically' : busy ? 'Saving…' : status === 'conflict' ? 'Not saved — changed elsewhere' : 'Not saved — retrying';
  return (
    <>
      <span className={`save-status save-status-${busy ? 'busy' : status}`} role="status" aria-live={problem ? 'polite' : 'off'} data-testid={testId}>
        {busy ? <Loader2 size={14} aria-hidden="true" className="spin" /> : status === 'saved' ? <Check size={14} aria-hidden="true" /> : <AlertTriangle size={14} aria-hidden="true" />}
        {text}
      </span>
      {/* Kept while a retry is under way (the reason still holds), so an open panel stays open. */}
      {error && (status === 'error' || busy) ? (
        <Popover
          label="Why it was not saved"
          trigger={
            <button type="button" className="link-btn save-status-why">
              Why?
            </button>
          }
        >
          {error}
        </Popover>
      ) : null}
    </>
  );
}
