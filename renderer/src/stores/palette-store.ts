// Renderer: the command palette (Ctrl/Cmd+K) and the keyboard shortcuts sheet: whether each is open, what
// search:everything answered for the text typed, and the last 8 things opened from the palette (kept in
// localStorage, shown first when the box is empty).
import { create } from 'zustand';
import type { SearchResults } from '../../../electron/contract';
import { call, errorMessage } from '../api/client';

/** Something the palette can open, as remembered among the recent items. */
export interface PaletteTarget {
  kind: 'role' | 'candidate' | 'interview' | 'template';
  id: string;
  /** The words shown (a title or a name). */
  label: string;
  /** A second line: a department, an e-mail, a role and date, a line of a note. */
  detail: string;
  /** What the line is, when not the kind's own word: "Note" or "Interview note" for a line found in a note. */
  kindWord?: string;
}

const RECENT_KEY = 'hirebook.palette.recent';
export const RECENT_LIMIT = 8;
const KINDS: readonly PaletteTarget['kind'][] = ['role', 'candidate', 'interview', 'template'];

function isTarget(value: unknown): value is PaletteTarget {
  const v = value as Partial<Record<keyof PaletteTarget, unknown>> | null;
  return (
    typeof v === 'object' && v !== null && KINDS.includes(v.kind as PaletteTarget['kind']) &&
    typeof v.id === 'string' && typeof v.label === 'string' && typeof v.detail === 'string'
  );
}

/** The stored list, read defensively: anything that is not a recent item is dropped. */
function readRecent(): PaletteTarget[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(RECENT_KEY) ?? '[]');
    return Array.isArray(value) ? value.filter(isTarget).slice(0, RECENT_LIMIT) : [];
  } catch {
    return [];
  }
}

export type PaletteFound =
  | { status: 'idle' }
  | { status: 'loading'; text: string }
  | { status: 'ready'; text: string; results: SearchResults }
  | { status: 'error'; text: string; message: string };

interface PaletteState {
  open: boolean;
  shortcutsOpen: boolean;
  found: PaletteFound;
  recent: PaletteTarget[];
  /** Set by the palette's "Import candidates": the Candidates screen opens its import dialog and clears it. */
  importRequested: boolean;
  setOpen(open: boolean): void;
  setShortcutsOpen(open: boolean): void;
  /** Asks search:everything for the text; an answer for text no longer current is dropped. */
  search(text: string): Promise<void>;
  remember(target: PaletteTarget): void;
  requestImport(requested: boolean): void;
}

let latest = 0;

export const usePaletteStore = create<PaletteState>((set) => ({
  open: false,
  shortcutsOpen: false,
  found: { status: 'idle' },
  recent: readRecent(),
  importRequested: false,
  setOpen(open) {
    // Each opening starts with an empty box (and the recent items).
    set(open ? { open, shortcutsOpen: false, found: { status: 'idle' } } : { open });
  },
  setShortcutsOpen(shortcutsOpen) {
    set(shortcutsOpen ? { shortcutsOpen, open: false } : { shortcutsOpen });
  },
  async search(text) {
    const asked = (latest += 1);
    if (text.trim() === '') {
      set({ found: { status: 'idle' } });
      return;
    }
    set({ found: { status: 'loading', text } });
    try {
      const results = await call('search:everything', { text });
      if (asked === latest) set({ found: { status: 'ready', text, results } });
    } catch (e) {
      if (asked === latest) set({ found: { status: 'error', text, message: errorMessage(e) } });
    }
  },
  remember(target) {
    set((s) => {
      const recent = [target, ...s.recent.filter((r) => !(r.kind === target.kind && r.id === target.id))].slice(0, RECENT_LIMIT);
      try {
        localStorage.setItem(RECENT_KEY, JSON.stringify(recent));
      } catch {
        // Storage full or unavailable: the list still works for this session.
      }
      return { recent };
    });
  },
  requestImport(importRequested) {
    set({ importRequested });
  },
}));
