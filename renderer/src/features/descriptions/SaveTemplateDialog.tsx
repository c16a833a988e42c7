// Renderer: "Save as template": name and category for one of the owner's own templates, made from this role.
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { TEMPLATE_CATEGORIES, type TemplateCategory } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { SelectField, TextField } from '../../components/Field';
import { notifyError } from '../../lib/notify';
import { flushDescription } from '../../stores/description-autosave';
import { useDescriptionStore } from '../../stores/description-store';
import { useRouteStore } from '../../stores/route-store';
import { saveRoleAsTemplate } from '../../stores/templates-store';

interface Props {
  roleId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

function SaveTemplateForm({ roleId, close }: { roleId: string; close(): void }) {
  const title = useDescriptionStore((s) => s.role?.title ?? '');
  const [name, setName] = useState(title);
  const [category, setCategory] = useState<TemplateCategory | ''>('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!name.trim()) return setError('Name the template');
    setBusy(true);
    flushDescription()
      .then(() => saveRoleAsTemplate({ roleId, name: name.trim(), ...(category ? { category } : {}) }))
      .then((saved) => {
        close();
        toast.success(`Saved “${saved.name}” as a template`, {
          action: { label: 'Open gallery', onClick: () => useRouteStore.getState().navigate({ name: 'templates' }) },
        });
      })
      .catch((err: unknown) => {
        if (err instanceof ApiError && err.code === 'invalid_input') setError(err.issues[0]?.message ?? err.message);
        else notifyError(err, 'Could not save the template');
      })
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} noValidate className="dialog-form">
      <TextField label="Template name" autoFocus value={name} error={error} maxLength={120} onChange={(e) => setName(e.target.value)} />
      <SelectField
        label="Category"
        value={category}
        options={[{ value: '', label: 'No category' }, ...TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: c }))]}
        onChange={(e) => setCategory(e.target.value as TemplateCategory | '')}
      />
      <DialogFormActions submitLabel="Save template" disabled={busy} />
    </form>
  );
}

export function SaveTemplateDialog({ roleId, open, onOpenChange }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">Save as template</Dialog.Title>
          <Dialog.Description className="dialog-description">
            Start future roles from this one: its details and description are copied into your own template.
          </Dialog.Description>
          {open ? <SaveTemplateForm roleId={roleId} close={() => onOpenChange(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
