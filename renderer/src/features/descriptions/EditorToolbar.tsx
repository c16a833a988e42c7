// Renderer: the small formatting toolbar above a section editor: bold, italic, lists, link, undo, redo.
import { useEditorState, type Editor } from '@tiptap/react';
import { Bold, Italic, Link2, List, ListOrdered, Redo2, Undo2, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { LinkDialog } from './LinkDialog';

interface ToolProps {
  icon: LucideIcon;
  label: string;
  shortcut?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick(): void;
}

function Tool({ icon: Icon, label, shortcut, pressed, disabled, onClick }: ToolProps) {
  return (
    <button
      type="button"
      className="tool-btn"
      aria-label={label}
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-pressed={pressed}
      aria-keyshortcuts={shortcut?.replace('Ctrl', 'Control')}
      disabled={disabled}
      // Keep the text selection in the editor while clicking the toolbar.
      onMouseDown={(e) => e.preventDefault()}
      onClick={onClick}
    >
      <Icon size={15} aria-hidden="true" />
    </button>
  );
}

export function EditorToolbar({ editor, label }: { editor: Editor; label: string }) {
  const [linkOpen, setLinkOpen] = useState(false);
  const state = useEditorState({
    editor,
    // Formatting states describe the caret, so they only light up while the owner is in this editor.
    selector: ({ editor: e }) => ({
      bold: e.isFocused && e.isActive('bold'),
      italic: e.isFocused && e.isActive('italic'),
      bullet: e.isFocused && e.isActive('bulletList'),
      ordered: e.isFocused && e.isActive('orderedList'),
      link: e.isFocused && e.isActive('link'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
    }),
  });
  const run = (fn: (c: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) => fn(editor.chain().focus()).run();

  return (
    <div className="editor-toolbar" role="toolbar" aria-label={`Formatting: ${label}`}>
      <Tool icon={Bold} label="Bold" shortcut="Ctrl+B" pressed={state.bold} onClick={() => run((c) => c.toggleBold())} />
      <Tool icon={Italic} label="Italic" shortcut="Ctrl+I" pressed={state.italic} onClick={() => run((c) => c.toggleItalic())} />
      <span className="tool-sep" aria-hidden="true" />
      <Tool icon={List} label="Bulleted list" shortcut="Ctrl+Shift+8" pressed={state.bullet} onClick={() => run((c) => c.toggleBulletList())} />
      <Tool icon={ListOrdered} label="Numbered list" shortcut="Ctrl+Shift+7" pressed={state.ordered} onClick={() => run((c) => c.toggleOrderedList())} />
      <Tool icon={Link2} label="Link" pressed={state.link} onClick={() => setLinkOpen(true)} />
      <span className="tool-sep" aria-hidden="true" />
      <Tool icon={Undo2} label="Undo" shortcut="Ctrl+Z" disabled={!state.canUndo} onClick={() => run((c) => c.undo())} />
      <Tool icon={Redo2} label="Redo" shortcut="Ctrl+Shift+Z" disabled={!state.canRedo} onClick={() => run((c) => c.redo())} />
      <LinkDialog editor={editor} open={linkOpen} onOpenChange={setLinkOpen} />
    </div>
  );
}
