// Renderer: the rejection reasons editor (from the board header): add, rename, reorder and archive or
// restore the reasons of both kinds ("We rejected", "They withdrew"), saved whole with rejection-reasons:save.
import * as Dialog from '@radix-ui/react-dialog';
import { ArrowDown, ArrowUp, Plus } from 'lucide-react';
import { useEffect, useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { REJECTION_KINDS, type RejectionKind } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { DialogFormActions } from '../../components/DialogFormActions';
import { FormError } from '../../components/FormError';
import { notifyError } from '../../lib/notify';
import { applicationActions } from '../../stores/pipeline-store';
import { REJECTION_KIND_TITLES } from './RejectDialog';

interface DraftReason {
  key: string;
  id?: string;
  name: string;
  kind: RejectionKind;
  archived: boolean;
}

let nextKey = 0;
type Edit = (fn: (list: DraftReason[]) => DraftReason[]) => void;

function swapWithin(list: DraftReason[], reason: DraftReason, by: -1 | 1): DraftReason[] {
  const same = list.filter((r) => r.kind === reason.kind);
  const at = same.indexOf(reason);
  const other = same[at + by];
  if (!other) return list;
  return list.map((r) => (r === reason ? other : r === other ? reason : r));
}

function ReasonRow({ reason, first, last, edit }: { reason: DraftReason; first: boolean; last: boolean; edit: Edit }) {
  const label = reason.name || 'new reason';
  const set = (patch: Partial<DraftReason>) => edit((list) => list.map((r) => (r.key === reason.key ? { ...r, ...patch } : r)));
  return (
    <li className={`reason-row${reason.archived ? ' reason-archived' : ''}`}>
      <input className="input" aria-label={`Reason: ${label}`} value={reason.name} maxLength={100} disabled={reason.archived} onChange={(e) => set({ name: e.target.value })} />
      <Button size="sm" variant="ghost" onClick={() => set({ archived: !reason.archived })}>
        {reason.archived ? 'Restore' : 'Archive'}
      </Button>
      <span className="stage-row-actions">
        <IconButton label={`Move ${label} up`} disabled={first} onClick={() => edit((list) => swapWithin(list, reason, -1))}>
          <ArrowUp size={16} aria-hidden="true" />
        </IconButton>
        <IconButton label={`Move ${label} down`} disabled={last} onClick={() => edit((list) => swapWithin(list, reason, 1))}>
          <ArrowDown size={16} aria-hidden="true" />
        </IconButton>
      </span>
    </li>
  );
}

function ReasonsForm({ close }: { close(): void }) {
  const [draft, setDraft] = useState<DraftReason[] | null>(null);
  const [error, setError] = useState('');
  const edit: Edit = (fn) => (setDraft((list) => (list ? fn(list) : list)), setError(''));
  useEffect(() => {
    applicationActions.rejectionReasons(true).then(
      (list) => setDraft(list.reasons.map((r) => ({ key: r.id, id: r.id, name: r.name, kind: r.kind, archived: r.archived }))),
      (e: unknown) => notifyError(e, 'Could not load the rejection reasons'),
    );
  }, []);

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (!draft) return;
    if (draft.some((r) => !r.name.trim())) return setError('Name every reason.');
    const reasons = draft.map((r) => ({ ...(r.id ? { id: r.id } : {}), name: r.name.trim(), kind: r.kind, archived: r.archived }));
    applicationActions.saveRejectionReasons(reasons)
      .then(() => (close(), toast.success('Rejection reasons saved')))
      .catch((err: unknown) => (err instanceof ApiError && err.code === 'invalid_input' ? setError(err.issues[0]?.message ?? err.message) : notifyError(err, 'Could not save the reasons')));
  };

  return (
    <form onSubmit={save} className="stage-form" noValidate>
      <Dialog.Title className="dialog-title">Rejection reasons</Dialog.Title>
      <Dialog.Description className="dialog-description">Archived reasons stay on past rejections but are no longer offered.</Dialog.Description>
      {draft === null ? <p className="muted">Loading…</p> : null}
      {REJECTION_KINDS.map((kind) => {
        const list = (draft ?? []).filter((r) => r.kind === kind);
        return (
          <section key={kind} className="reason-editor-group" aria-labelledby={`reasons-${kind}`}>
            <h3 id={`reasons-${kind}`} className="details-heading">
              {REJECTION_KIND_TITLES[kind]}
            </h3>
            <ul className="stage-list">
              {list.map((reason, i) => (
                <ReasonRow key={reason.key} reason={reason} first={i === 0} last={i === list.length - 1} edit={edit} />
              ))}
            </ul>
            <Button
              size="sm"
              icon={<Plus size={14} aria-hidden="true" />}
              onClick={() => edit((all) => [...all, { key: `new-${(nextKey += 1)}`, name: '', kind, archived: false }])}
            >
              Add a “{REJECTION_KIND_TITLES[kind].toLowerCase()}” reason
            </Button>
          </section>
        );
      })}
      <FormError message={error} />
      <DialogFormActions submitLabel="Save reasons" disabled={draft === null} />
    </form>
  );
}

export function RejectionReasonsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <ReasonsForm close={onClose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
