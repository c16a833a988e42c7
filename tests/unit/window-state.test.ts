// Where the main window opens (electron/main/window-state-rules.ts): where it was when that is still on a
// screen, else the default size centred on the main screen; a damaged saved file counts as none. Runs in
// Vitest (Node).
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, parseWindowState, restoreWindow } from '../../electron/main/window-state-rules';

const MIN = { width: 960, height: 600 };
const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('where the main window opens', () => {
  it('opens where it was, maximised or not, when that place is on a screen', () => {
    const saved = { bounds: { x: 1800, y: 120, width: 1500, height: 1000 }, maximized: false };
    expect(restoreWindow(saved, [laptop, monitorRight], MIN)).toEqual(saved);
    expect(restoreWindow({ ...saved, maximized: true }, [laptop, monitorRight], MIN).maximized).toBe(true);
  });

  it('opens on the main screen, at the default size and centred, when the screen it was on is gone', () => {
    const saved = { bounds: { x: 1800, y: 120, width: 1500, height: 1000 }, maximized: false };
    const opened = restoreWindow(saved, [laptop], MIN);
    expect(opened.bounds).toEqual({ x: (1440 - DEFAULT_SIZE.width) / 2, y: Math.round((875 - DEFAULT_SIZE.height) / 2), ...DEFAULT_SIZE });
    // Only a sliver on the laptop (its left 100 px) is not enough to find and grab the window.
    expect(restoreWindow({ bounds: { x: 1340, y: 100, width: 1200, height: 800 }, maximized: false }, [laptop], MIN).bounds.x).toBe(80);
  });

  it('keeps the title bar on the screen and the size within the screen and above the minimum', () => {
    const above = restoreWindow({ bounds: { x: 100, y: -300, width: 800, height: 3000 }, maximized: false }, [laptop], MIN);
    expect(above.bounds).toEqual({ x: 100, y: 0, width: 960, height: 875 });
  });

  it('uses the defaults, fitted to a small screen, when nothing was saved', () => {
    const small = { x: 0, y: 0, width: 1024, height: 640 };
    expect(restoreWindow(null, [small], MIN)).toEqual({ bounds: { x: 0, y: 0, width: 1024, height: 640 }, maximized: false });
  });

  it('reads a saved state only when it is whole numbers and a flag; anything else counts as none', () => {
    expect(parseWindowState({ bounds: { x: 10.4, y: 20, width: 1000, height: 700 }, maximized: true })).toEqual({ bounds: { x: 10, y: 20, width: 1000, height: 700 }, maximized: true });
    for (const bad of [null, 'x', {}, { bounds: { x: 1, y: 2, width: 3 }, maximized: false }, { bounds: { x: 'a', y: 2, width: 3, height: 4 }, maximized: false }, { bounds: { x: 1e9, y: 2, width: 3, height: 4 }, maximized: false }, { bounds: { x: 1, y: 2, width: 3, height: 4 } }]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});
