// Where the main window opens: the size, position and maximised state it had when it was last closed, when
// that place is still on a screen; otherwise the default size, centred on the main screen. Pure (no
// Electron import), so tests can load it in plain Node. Runs in the Electron main process.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** The default window, and how much of a saved window must be on a screen to open there (the title bar, and some). */
export const DEFAULT_SIZE = { width: 1280, height: 840 } as const;
const MIN_VISIBLE = { width: 200, height: 100 } as const;

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

/** Reads a saved state, or null when it is missing, damaged or not numbers (a hand-edited file). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  const numbers = bounds && [bounds.x, bounds.y, bounds.width, bounds.height].every((n) => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 100_000);
  if (!numbers || typeof maximized !== 'boolean') return null;
  const b = bounds as Rect;
  return { bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) }, maximized };
}

/**
 * Where to open: the saved bounds when enough of them is on one of the screens' work areas (the saved size no
 * smaller than the minimum and no larger than that screen), else the default size centred on the primary
 * screen (fitted to it). A window that was maximised opens maximised wherever it opens.
 */
export function restoreWindow(saved: WindowState | null, workAreas: readonly Rect[], minimum: { width: number; height: number }): WindowState {
  const primary = workAreas[0] ?? { x: 0, y: 0, ...DEFAULT_SIZE };
  if (saved) {
    const screen = workAreas.find((area) => {
      const seen = overlap(saved.bounds, area);
      return seen.width >= MIN_VISIBLE.width && seen.height >= MIN_VISIBLE.height;
    });
    if (screen) {
      const width = Math.min(Math.max(saved.bounds.width, minimum.width), screen.width);
      const height = Math.min(Math.max(saved.bounds.height, minimum.height), screen.height);
      // Keep the title bar on the screen: not above its top, not past its bottom.
      const y = Math.min(Math.max(saved.bounds.y, screen.y), screen.y + screen.height - MIN_VISIBLE.height);
      return { bounds: { x: saved.bounds.x, y, width, height }, maximized: saved.maximized };
    }
  }
  const width = Math.min(DEFAULT_SIZE.width, primary.width);
  const height = Math.min(DEFAULT_SIZE.height, primary.height);
  const bounds = { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height };
  return { bounds, maximized: saved?.maximized ?? false };
}
