// Renderer: the "Link" dialog of a section editor: add, change or remove a link on the selected text.
import type { Editor } from '@tiptap/react';
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import { Button } from '../../components/Button';
import { DialogFormActions } from '../../components/DialogFormActions';
import { TextField } from '../../components/Field';
import { normaliseHref } from './editor-extensions';

interface Props {
  editor: Editor;
  open: boolean;
  onOpenChange(open: boolean): void;
}

function LinkForm({ editor, close }: { editor: Editor; close(): void }) {
  const existing = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(existing);
  const [error, setError] = useState<string | undefined>();

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const href = normaliseHref(value);
    if (!href) {
      setError('Use a web address (https://…) or an email address');
      return;
    }
    const chain = editor.chain().focus().extendMarkRange('link');
    if (editor.state.selection.empty && !existing) chain.insertContent({ type: 'text', text: value.trim(), marks: [{ type: 'link', attrs: { href } }] });
    else chain.setLink({ href });
    chain.run();
    close();
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange('link').unsetLink().run();
    close();
  };

  return (
    <form onSubmit={submit} noValidate className="dialog-form">
      <TextField label="Web or email address" autoFocus value={value} error={error} placeholder="https://example.com or jobs@example.com" onChange={(e) => setValue(e.target.value)} />
      <DialogFormActions submitLabel={existing ? 'Update link' : 'Add link'}>
        {existing ? (
          <Button variant="ghost" onClick={remove}>
            Remove link
          </Button>
        ) : null}
      </DialogFormActions>
    </form>
  );
}

export function LinkDialog({ editor, open, onOpenChange }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog" aria-describedby={undefined}>
          <Dialog.Title className="dialog-title">Link</Dialog.Title>
          {open ? <LinkForm editor={editor} close={() => onOpenChange(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
