// Renderer: the autosave state in words ("Saving…", "Saved", "Not saved — retrying"), announced politely.
import { AlertTriangle, Check, Loader2 } from 'lucide-react';
import { useDescriptionStore } from '../../stores/description-store';

export function SaveStatus() {
  const status = useDescriptionStore((s) => s.status);
  const error = useDescriptionStore((s) => s.error);
  const busy = status === 'pending' || status === 'saving';
  const text =
    status === 'saved' ? 'Saved' : busy ? 'Saving…' : status === 'conflict' ? 'Not saved — changed elsewhere' : 'Not saved — retrying';
  return (
    <span className={`save-status save-status-${busy ? 'busy' : status}`} role="status" aria-live="polite" title={status === 'error' && error ? error : undefined}>
      {busy ? <Loader2 size={14} aria-hidden="true" className="spin" /> : status === 'saved' ? <Check size={14} aria-hidden="true" /> : <AlertTriangle size={14} aria-hidden="true" />}
      {text}
    </span>
  );
}
