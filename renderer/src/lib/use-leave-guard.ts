// Renderer: the one way a screen with a Save button guards unsaved changes: while `dirty`, leaving asks first
// (the shell's "Discard unsaved changes?" dialog, driven by the route store's guard). After a successful save
// the screen calls `leaveFreely()` before it navigates on, since its render with `dirty` false comes later.
import { useCallback, useEffect, useRef } from 'react';
import { useRouteStore } from '../stores/route-store';

export function useLeaveGuard(dirty: boolean): { leaveFreely(): void } {
  const dirtyRef = useRef(dirty);
  useEffect(() => {
    dirtyRef.current = dirty;
  }, [dirty]);
  useEffect(() => {
    const { setGuard } = useRouteStore.getState();
    setGuard(() => dirtyRef.current);
    return () => setGuard(null);
  }, []);
  const leaveFreely = useCallback(() => {
    dirtyRef.current = false;
  }, []);
  return { leaveFreely };
}
