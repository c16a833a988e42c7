// Renderer: what File → Print… (Ctrl/Cmd+P) prints on the screen shown now. A screen that can print (a role's
// posting, an interview kit, the reports) registers its own print while it is mounted; with none registered
// the menu item is greyed out and the shortcut does nothing.
import { useEffect, useRef } from 'react';
import { create } from 'zustand';

interface PrintTargetState {
  /** The mounted screen's print, or null where nothing prints. */
  print: (() => void) | null;
}

export const usePrintTarget = create<PrintTargetState>(() => ({ print: null }));

/** Registers `print` as File → Print… while the calling screen is mounted. */
export function usePrintCommand(print: () => void): void {
  const latest = useRef(print);
  useEffect(() => {
    latest.current = print;
  });
  useEffect(() => {
    const run = (): void => latest.current();
    usePrintTarget.setState({ print: run });
    return () => {
      if (usePrintTarget.getState().print === run) usePrintTarget.setState({ print: null });
    };
  }, []);
}
