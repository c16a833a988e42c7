// Renderer: reject (or mark withdrawn) the interviewed application from the end of interview mode, with a typed
// reason from the same list the board uses and an optional note.
import * as Dialog from '@radix-ui/react-dialog';
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { RejectReasonFields, useRejectionReasons } from '../pipeline/RejectDialog';

interface RejectApplicationDialogProps {
  open: boolean;
  candidateName: string;
  onOpenChange(open: boolean): void;
  onReject(reasonId: string, note: string): Promise<void>;
}

function RejectForm({ candidateName, onReject, close }: { candidateName: string; onReject: RejectApplicationDialogProps['onReject']; close(): void }) {
  const reasons = useRejectionReasons();
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reasonId) return setError('Choose a reason');
    setBusy(true);
    onReject(reasonId, note)
      .then(close)
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} className="reject-form" noValidate>
      <Dialog.Title className="dialog-title">Reject {candidateName}</Dialog.Title>
      <Dialog.Description className="dialog-description">They leave the board but stay findable, and can be brought back.</Dialog.Description>
      <RejectReasonFields reasons={reasons} reasonId={reasonId} onReason={(id) => (setReasonId(id), setError(''))} error={error} note={note} onNote={setNote} />
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <Button>Cancel</Button>
        </Dialog.Close>
        <Button type="submit" variant="danger" disabled={busy}>
          Reject
        </Button>
      </div>
    </form>
  );
}

export function RejectApplicationDialog({ open, candidateName, onOpenChange, onReject }: RejectApplicationDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          {open ? <RejectForm candidateName={candidateName} onReject={onReject} close={() => onOpenChange(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
