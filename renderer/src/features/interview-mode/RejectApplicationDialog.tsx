// Renderer: reject (or mark withdrawn) the interviewed application from the end of interview mode, with a typed
// reason from the same list the board uses and an optional note.
import * as Dialog from '@radix-ui/react-dialog';
import { RejectReasonForm } from '../pipeline/RejectDialog';

interface RejectApplicationDialogProps {
  open: boolean;
  candidateName: string;
  onOpenChange(open: boolean): void;
  onReject(reasonId: string, note: string): Promise<void>;
}

export function RejectApplicationDialog({ open, candidateName, onOpenChange, onReject }: RejectApplicationDialogProps) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          {open ? <RejectReasonForm who={candidateName} onSubmit={(reasonId, note) => onReject(reasonId, note).then(() => onOpenChange(false))} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
