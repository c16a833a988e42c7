// Renderer: reject (or mark withdrawn) one or more applications with a typed reason and an optional note;
// the cards leave the board at once and an Undo toast reactivates them. The reason fields are shared with
// interview mode's end screen.
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState, type FormEvent } from 'react';
import { REJECTION_KINDS, type RejectionKind, type RejectionReason } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { DialogFormActions } from '../../components/DialogFormActions';
import { FormError } from '../../components/FormError';
import { notifyError } from '../../lib/notify';
import { confirmWithUndo } from '../../lib/undo-toast';
import { applicationActions, findCard, pipelineActions, usePipelineStore } from '../../stores/pipeline-store';

export const REJECTION_KIND_TITLES: Record<RejectionKind, string> = { we_rejected: 'We rejected', they_withdrew: 'They withdrew' };

function reject(ids: string[], reasonId: string, note: string, who: string): void {
  pipelineActions
    .reject(ids, reasonId, note)
    .then(() =>
      confirmWithUndo({
        message: `Rejected ${who}`,
        undo: () => pipelineActions.reactivateAll(ids),
        undone: ids.length === 1 ? `${who} is back on the board` : `${ids.length} back on the board`,
      }),
    )
    .catch((error: unknown) => notifyError(error, `Could not reject ${who}`));
}

/** The active rejection reasons, loaded once (null while loading). Shared with interview mode's end screen. */
export function useRejectionReasons(): RejectionReason[] | null {
  const [reasons, setReasons] = useState<RejectionReason[] | null>(null);
  useEffect(() => {
    applicationActions.rejectionReasons(false).then(
      (list) => setReasons(list.reasons),
      (e: unknown) => notifyError(e, 'Could not load the rejection reasons'),
    );
  }, []);
  return reasons;
}

interface RejectReasonFieldsProps {
  reasons: RejectionReason[] | null;
  reasonId: string;
  onReason(id: string): void;
  error: string;
  note: string;
  onNote(note: string): void;
}

/** The reasons grouped by kind as radios, the "Choose a reason" error and the optional note. */
export function RejectReasonFields({ reasons, reasonId, onReason, error, note, onNote }: RejectReasonFieldsProps) {
  return (
    <>
      {reasons === null ? <p className="muted">Loading reasons…</p> : null}
      {REJECTION_KINDS.map((kind) => (
        <fieldset key={kind} className="reason-group">
          <legend>{REJECTION_KIND_TITLES[kind]}</legend>
          {(reasons ?? [])
            .filter((r) => r.kind === kind)
            .map((r) => (
              <label key={r.id} className="reason-option">
                <input type="radio" name="reason" value={r.id} checked={reasonId === r.id} onChange={() => onReason(r.id)} />
                {r.name}
              </label>
            ))}
        </fieldset>
      ))}
      <FormError message={error} />
      <label className="field">
        <span className="field-label">Note (optional)</span>
        <textarea className="input" rows={2} value={note} maxLength={2000} onChange={(e) => onNote(e.target.value)} />
      </label>
    </>
  );
}

/**
 * The reject form: a typed reason (required) and a note. `onSubmit` may return a promise; while it runs the
 * button is disabled, and its failure is shown in the form.
 */
export function RejectReasonForm({ who, onSubmit }: { who: string; onSubmit(reasonId: string, note: string): Promise<void> | void }) {
  const reasons = useRejectionReasons();
  const [reasonId, setReasonId] = useState('');
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reasonId) return setError('Choose a reason');
    const pending = onSubmit(reasonId, note);
    if (!pending) return;
    setBusy(true);
    pending.catch((err: unknown) => setError(errorMessage(err))).finally(() => setBusy(false));
  };

  return (
    <form onSubmit={submit} className="reject-form" noValidate>
      <Dialog.Title className="dialog-title">Reject {who}</Dialog.Title>
      <Dialog.Description className="dialog-description">They leave the board but stay findable, and can be brought back.</Dialog.Description>
      <RejectReasonFields reasons={reasons} reasonId={reasonId} onReason={(id) => (setReasonId(id), setError(''))} error={error} note={note} onNote={setNote} />
      <DialogFormActions submitLabel="Reject" variant="danger" disabled={busy} />
    </form>
  );
}

function RejectForm({ ids, close }: { ids: string[]; close(): void }) {
  const columns = usePipelineStore((s) => s.columns);
  const who = ids.length === 1 ? (findCard(columns, ids[0] ?? '')?.name ?? 'the candidate') : `${ids.length} candidates`;
  return (
    <RejectReasonForm
      who={who}
      onSubmit={(reasonId, note) => {
        close();
        reject(ids, reasonId, note, who);
      }}
    />
  );
}

export function RejectDialog() {
  const ids = usePipelineStore((s) => s.rejecting);
  const close = () => usePipelineStore.setState({ rejecting: null });
  return (
    <Dialog.Root open={ids !== null} onOpenChange={(open) => (open ? undefined : close())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">{ids ? <RejectForm ids={ids} close={close} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
