// Renderer: the job description being edited: the role, its ordered sections (kind, heading, HTML) and the
// autosave status. Structural edits land here; the rich text lives in each section's editor and is read
// back lazily (see markTextChanged), so a keystroke costs no React render.
import { create } from 'zustand';
import { DEFAULT_SECTION_HEADINGS, type Role, type RoleDescription, type SectionKind } from '../../../electron/contract';
import { ApiError } from '../api/client';
import { descriptionActions } from './descriptions-actions';
import { roleActions } from './roles-store';

export interface DraftSection {
  /** Stable across saves in this session (React key, editor registry key). */
  key: string;
  /** The stored id; absent until the first save that includes the section. */
  id?: string;
  kind: SectionKind;
  heading: string;
  html: string;
}

export type SaveStatus = 'saved' | 'pending' | 'saving' | 'error' | 'conflict';

interface DescriptionState {
  roleId: string | null;
  role: Role | null;
  loadState: 'loading' | 'ready' | 'missing';
  sections: DraftSection[];
  /** Bumped when the content is replaced from outside the editors (load, restore): editors remount. */
  generation: number;
  /** Bumped whenever the sections' HTML snapshot changes: preview and coach follow it. */
  contentVersion: number;
  /** The stored description's updatedAt the next save expects (conflict detection). */
  updatedAt: string | null;
  status: SaveStatus;
  error: string | null;
}

export const useDescriptionStore = create<DescriptionState>(() => ({
  roleId: null,
  role: null,
  loadState: 'loading',
  sections: [],
  generation: 0,
  contentVersion: 0,
  updatedAt: null,
  status: 'saved',
  error: null,
}));

let keyCounter = 0;
export function newSectionKey(): string {
  keyCounter += 1;
  return `s${Date.now().toString(36)}-${keyCounter}`;
}

/** Where each section's current HTML can be read (its editor). */
const htmlSources = new Map<string, () => string>();
const dirtyText = new Set<string>();

export function registerHtmlSource(key: string, read: () => string): () => void {
  htmlSources.set(key, read);
  return () => {
    // Keep the last text of an editor that goes away before its change was read.
    if (dirtyText.has(key)) syncHtml();
    if (htmlSources.get(key) === read) htmlSources.delete(key);
  };
}

/** Reads the HTML of editors that changed since the last read into the store. */
export function syncHtml(): boolean {
  if (dirtyText.size === 0) return false;
  const keys = new Set(dirtyText);
  dirtyText.clear();
  let changed = false;
  const sections = useDescriptionStore.getState().sections.map((s) => {
    const read = keys.has(s.key) ? htmlSources.get(s.key) : undefined;
    const html = read ? read() : s.html;
    if (html === s.html) return s;
    changed = true;
    return { ...s, html };
  });
  if (changed) useDescriptionStore.setState((st) => ({ sections, contentVersion: st.contentVersion + 1 }));
  return changed;
}

export function sectionsFrom(description: RoleDescription): DraftSection[] {
  return description.sections.map((s) => ({ key: newSectionKey(), id: s.id, kind: s.kind, heading: s.heading, html: s.html }));
}

/** Replaces everything shown with a stored description (editors remount). */
export function replaceDescription(description: RoleDescription): void {
  dirtyText.clear();
  useDescriptionStore.setState((st) => ({
    sections: sectionsFrom(description),
    updatedAt: description.updatedAt,
    generation: st.generation + 1,
    contentVersion: st.contentVersion + 1,
    status: 'saved',
    error: null,
  }));
}

type ChangeListener = () => void;
const changeListeners = new Set<ChangeListener>();
/** Autosave and the live preview listen here (kept apart so this file stays about state). */
export function addChangeListener(listener: ChangeListener): () => void {
  changeListeners.add(listener);
  return () => changeListeners.delete(listener);
}
function onChange(): void {
  changeListeners.forEach((l) => l());
}

/** An editor's text changed: remember which, and let autosave know. Cheap: runs on every keystroke. */
export function markTextChanged(key: string): void {
  dirtyText.add(key);
  onChange();
}

function update(mutator: (sections: DraftSection[]) => DraftSection[]): void {
  syncHtml();
  useDescriptionStore.setState((st) => ({ sections: mutator(st.sections), contentVersion: st.contentVersion + 1 }));
  onChange();
}

export const sectionActions = {
  add(kind: SectionKind, at?: number): DraftSection {
    const section: DraftSection = { key: newSectionKey(), kind, heading: DEFAULT_SECTION_HEADINGS[kind], html: '' };
    update((list) => {
      const next = [...list];
      next.splice(at ?? next.length, 0, section);
      return next;
    });
    return section;
  },
  /** Puts back a removed section (undo); it gets a fresh id on the next save. */
  insert(section: DraftSection, at: number): void {
    const { id: _dropped, ...rest } = section;
    update((list) => {
      const next = [...list];
      next.splice(Math.min(at, next.length), 0, { ...rest, key: newSectionKey() });
      return next;
    });
  },
  remove(key: string): { section: DraftSection; index: number } | null {
    syncHtml();
    const list = useDescriptionStore.getState().sections;
    const index = list.findIndex((s) => s.key === key);
    const section = list[index];
    if (!section) return null;
    update((l) => l.filter((s) => s.key !== key));
    return { section, index };
  },
  move(key: string, to: number): void {
    update((list) => {
      const from = list.findIndex((s) => s.key === key);
      if (from < 0 || to < 0 || to >= list.length || from === to) return list;
      const next = [...list];
      const [item] = next.splice(from, 1);
      if (item) next.splice(to, 0, item);
      return next;
    });
  },
  setKind(key: string, kind: SectionKind): void {
    update((list) => list.map((s) => (s.key === key ? { ...s, kind } : s)));
  },
  setHeading(key: string, heading: string): void {
    update((list) => list.map((s) => (s.key === key ? { ...s, heading } : s)));
  },
};

/** Loads a role and its description for editing. */
export async function loadDescription(roleId: string): Promise<void> {
  dirtyText.clear();
  useDescriptionStore.setState({ roleId, role: null, loadState: 'loading', sections: [], status: 'saved', error: null });
  try {
    const [role, description] = await Promise.all([roleActions.get(roleId), descriptionActions.get(roleId)]);
    if (useDescriptionStore.getState().roleId !== roleId) return;
    useDescriptionStore.setState({ role, loadState: 'ready' });
    replaceDescription(description);
  } catch (error) {
    if (useDescriptionStore.getState().roleId !== roleId) return;
    useDescriptionStore.setState({ loadState: 'missing' });
    if (!(error instanceof ApiError && error.code === 'not_found')) throw error;
  }
}

export function hasPendingText(): boolean {
  return dirtyText.size > 0;
}
