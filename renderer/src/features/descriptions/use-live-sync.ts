// Renderer: keeps the store's copy of the editors' HTML fresh a moment after typing stops, so the preview
// and the coach follow the text without a React render on every keystroke.
import { useEffect } from 'react';
import { addChangeListener, syncHtml } from '../../stores/description-store';

export const LIVE_SYNC_MS = 250;

export function useLiveSync(): void {
  useEffect(() => {
    let timer: number | null = null;
    const off = addChangeListener(() => {
      if (timer !== null) window.clearTimeout(timer);
      timer = window.setTimeout(() => {
        timer = null;
        syncHtml();
      }, LIVE_SYNC_MS);
    });
    return () => {
      off();
      if (timer !== null) window.clearTimeout(timer);
    };
  }, []);
}
