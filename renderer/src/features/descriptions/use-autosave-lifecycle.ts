// Renderer: loads a role's description when the screen opens and makes sure nothing typed is left behind:
// saves on leaving the screen, when the window hides, and (fire-and-forget) as it unloads.
import { useEffect } from 'react';
import { notifyError } from '../../lib/notify';
import { flushDescription, flushOnUnload, resetAutosave } from '../../stores/description-autosave';
import { loadDescription, useDescriptionStore } from '../../stores/description-store';
import { useRouteStore } from '../../stores/route-store';

export function useAutosaveLifecycle(roleId: string): void {
  useEffect(() => {
    let live = true;
    flushDescription()
      .then(() => {
        if (!live) return;
        resetAutosave();
        return loadDescription(roleId);
      })
      .catch((e: unknown) => notifyError(e, 'Could not open the job description'));
    return () => {
      live = false;
      void flushDescription();
    };
  }, [roleId]);

  useEffect(() => {
    const onHide = () => {
      if (document.visibilityState === 'hidden') void flushDescription();
    };
    window.addEventListener('beforeunload', flushOnUnload);
    document.addEventListener('visibilitychange', onHide);
    // Leaving while saves keep failing would lose text: ask first.
    const { setGuard } = useRouteStore.getState();
    setGuard(() => {
      const { status } = useDescriptionStore.getState();
      return status === 'error' || status === 'conflict';
    });
    return () => {
      window.removeEventListener('beforeunload', flushOnUnload);
      document.removeEventListener('visibilitychange', onHide);
      setGuard(null);
    };
  }, []);
}
