// Renderer: the live TipTap editor of each section, by section key, so the coach can mark words and the
// panel can replace them without threading editor instances through React props.
import type { Editor } from '@tiptap/react';

const editors = new Map<string, Editor>();
const listeners = new Set<() => void>();

export function registerEditor(key: string, editor: Editor): () => void {
  editors.set(key, editor);
  listeners.forEach((l) => l());
  return () => {
    if (editors.get(key) === editor) editors.delete(key);
  };
}

export function editorFor(key: string): Editor | undefined {
  const editor = editors.get(key);
  return editor && !editor.isDestroyed ? editor : undefined;
}

/** Called when an editor appears (e.g. after a remount), so highlights can be re-applied. */
export function onEditorRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
