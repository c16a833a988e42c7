// Renderer: opens a role's kit, refreshes it when the role's description or kit changes elsewhere (only if
// nothing here is unsaved), asks before leaving with unsaved edits, and saves them if the window closes.
import { useEffect } from 'react';
import { isKitDirty, kitActions } from '../../stores/kit-store';
import { useRouteStore } from '../../stores/route-store';

export function useKitLifecycle(roleId: string): void {
  useEffect(() => {
    const stop = kitActions.open(roleId);
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
