// Renderer: one section's rich-text editor (TipTap) with its toolbar. Keystrokes stay inside ProseMirror:
// the store only hears "this section changed" and reads the HTML later, when it saves or refreshes.
import { EditorContent, useEditor } from '@tiptap/react';
import { useEffect } from 'react';
import { markTextChanged, registerHtmlSource } from '../../stores/description-store';
import { flushDescription } from '../../stores/description-autosave';
import { EditorToolbar } from './EditorToolbar';
import { sectionExtensions } from './editor-extensions';
import { registerEditor } from './editor-registry';
import { cleanPastedHtml } from './paste-clean';

interface Props {
  sectionKey: string;
  initialHtml: string;
  label: string;
}

export function SectionEditor({ sectionKey, initialHtml, label }: Props) {
  const editor = useEditor(
    {
      extensions: sectionExtensions(),
      content: initialHtml,
      // TipTap would add a <style> element, which our CSP refuses; styles/editor.css carries its rules.
      injectCSS: false,
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
      editorProps: {
        attributes: { class: 'section-editor-content', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label },
        transformPastedHTML: cleanPastedHtml,
      },
      onUpdate: () => markTextChanged(sectionKey),
      onBlur: () => void flushDescription(),
    },
    [sectionKey],
  );

  useEffect(() => {
    editor.setOptions({
      editorProps: { attributes: { class: 'section-editor-content', role: 'textbox', 'aria-multiline': 'true', 'aria-label': label }, transformPastedHTML: cleanPastedHtml },
    });
  }, [editor, label]);

  useEffect(() => {
    const offHtml = registerHtmlSource(sectionKey, () => editor.getHTML());
    const offEditor = registerEditor(sectionKey, editor);
    return () => {
      offHtml();
      offEditor();
    };
  }, [editor, sectionKey]);

  return (
    <div className="section-editor">
      <EditorToolbar editor={editor} label={label} />
      <EditorContent editor={editor} />
    </div>
  );
}
