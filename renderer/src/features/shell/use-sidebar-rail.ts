// Renderer: whether the sidebar shows as a narrow rail of icons: by itself in a window narrower than
// RAIL_BELOW CSS pixels (zooming in makes a window narrower in CSS pixels), or as the owner last chose with
// the sidebar's toggle (remembered in localStorage, like the scheduling defaults).
import { useCallback, useState, useSyncExternalStore } from 'react';

/** Below this many CSS pixels the sidebar is a rail unless the owner chose otherwise. */
export const RAIL_BELOW = 1100;
const NARROW_QUERY = `(max-width: ${RAIL_BELOW - 0.02}px)`;
const CHOICE_KEY = 'hirebook.sidebar';

type Choice = 'rail' | 'full' | null;

function storedChoice(): Choice {
  try {
    const value = localStorage.getItem(CHOICE_KEY);
    return value === 'rail' || value === 'full' ? value : null;
  } catch {
    return null;
  }
}

function subscribeNarrow(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

const isNarrow = () => window.matchMedia(NARROW_QUERY).matches;

export function useSidebarRail(): { rail: boolean; toggle(): void } {
  const narrow = useSyncExternalStore(subscribeNarrow, isNarrow);
  const [choice, setChoice] = useState<Choice>(storedChoice);
  const rail = choice === null ? narrow : choice === 'rail';
  const toggle = useCallback(() => {
    const next: Choice = rail ? 'full' : 'rail';
    setChoice(next);
    try {
      localStorage.setItem(CHOICE_KEY, next);
    } catch {
      // Storage full or blocked: the sidebar still changed for this session.
    }
  }, [rail]);
  return { rail, toggle };
}
