// Renderer: the one subscription to data:changed, which the app's core sends to every window after each write
// it makes (from this screen, another screen or window, or one of its workers such as the CSV import). The CLI
// runs its own core in another process: its writes send nothing here. Domain modules register for the domains
// that make what they show stale; the bridge listener exists while anyone is registered.
import type { DataChanged, DataDomain } from '../../../electron/contract';
import { onEvent } from '../api/client';

type Listener = (change: DataChanged) => void;

interface Registration {
  domains: ReadonlySet<DataDomain>;
  listener: Listener;
}

const registrations = new Set<Registration>();
let stopListening: (() => void) | null = null;

function dispatch(change: DataChanged): void {
  for (const registration of [...registrations]) {
    // One that left while an earlier one ran is not told any more.
    if (!registrations.has(registration) || !registration.domains.has(change.domain)) continue;
    try {
      registration.listener(change);
    } catch (error) {
      // A failing view must not keep the others stale: report it as uncaught and go on.
      reportError(error);
    }
  }
}

/** Calls `listener` after each write to one of `domains`; returns a function that stops it. */
export function onDataChanged(domains: readonly DataDomain[], listener: Listener): () => void {
  const registration: Registration = { domains: new Set(domains), listener };
  registrations.add(registration);
  stopListening ??= onEvent('data:changed', dispatch);
  return () => {
    registrations.delete(registration);
    if (registrations.size === 0 && stopListening) {
      stopListening();
      stopListening = null;
    }
  };
}
