// Renderer: the scorecard's save state in words ("Saving…", "Saved", "Not saved — retrying"), announced politely.
import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import type { SaveStatus } from './scorecard-autosave';

export function SaveIndicator({ status, error }: { status: SaveStatus; error: string | null }) {
  const busy = status === 'pending' || status === 'saving';
  const text = status === 'saved' ? 'Saved' : busy ? 'Saving…' : 'Not saved — retrying';
  return (
    <span className={`save-status save-status-${busy ? 'busy' : status}`} role="status" title={status === 'error' && error ? error : undefined} data-testid="scorecard-save-status">
      {busy ? <Loader2 size={14} aria-hidden="true" className="spin" /> : status === 'saved' ? <Check size={14} aria-hidden="true" /> : <AlertTriangle size={14} aria-hidden="true" />}
      {text}
    </span>
  );
}
