// Renderer: opens a role's kit, refreshes it when the role's description or kit changes elsewhere (only if
// nothing here is unsaved), asks before leaving with unsaved edits, and saves them if the window closes.
import { useEffect } from 'react';
import { onEvent } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { useRouteStore } from '../../stores/route-store';
import { isKitDirty, kitActions } from '../../stores/kit-store';

const WATCHED = new Set(['kits', 'descriptions', 'roles']);

export function useKitLifecycle(roleId: string): void {
  useEffect(() => {
    void kitActions.load(roleId);
    const stop = onEvent('data:changed', ({ domain }) => {
      if (WATCHED.has(domain)) kitActions.refresh().catch((e: unknown) => notifyError(e, 'Could not refresh the kit'));
    });
    const { setGuard } = useRouteStore.getState();
    setGuard(() => isKitDirty());
    // Closing the window skips the route guard: send the edits (fire-and-forget; a refused save keeps nothing worse).
    const onUnload = () => {
      if (isKitDirty()) void kitActions.save();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => {
      stop();
      setGuard(null);
      window.removeEventListener('beforeunload', onUnload);
    };
  }, [roleId]);
}
