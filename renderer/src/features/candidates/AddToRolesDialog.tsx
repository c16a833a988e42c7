// Renderer: "Add to roles…": choose one or more roles the candidate is not in yet; they join each role's first stage.
import * as Dialog from '@radix-ui/react-dialog';
import { useEffect, useState } from 'react';
import { toast } from 'sonner';
import type { Role } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { STATUS_LABELS } from '../../lib/labels';
import { applicationActions } from '../../stores/pipeline-store';
import { roleActions } from '../../stores/roles-store';

interface Props {
  candidateId: string;
  candidateName: string;
  /** Roles they already applied to (not offered again). */
  appliedRoleIds: string[];
  onClose(added: boolean): void;
}

export function AddToRolesDialog({ candidateId, candidateName, appliedRoleIds, onClose }: Props) {
  const [roles, setRoles] = useState<Role[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  // A string key, so a parent re-render with an equal list does not refetch.
  const appliedKey = appliedRoleIds.join(',');
  useEffect(() => {
    const applied = new Set(appliedKey.split(','));
    roleActions
      .list({ sort: 'title', direction: 'asc' })
      .then((list) => setRoles(list.roles.filter((r) => !applied.has(r.id))))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [appliedKey]);

  const toggle = (id: string) =>
    setChosen((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const add = () => {
    if (chosen.size === 0) {
      setError('Pick at least one role.');
      return;
    }
    setBusy(true);
    applicationActions
      .create(candidateId, [...chosen])
      .then(() => {
        toast.success(`Added ${candidateName} to ${chosen.size} role${chosen.size === 1 ? '' : 's'}`);
        onClose(true);
      })
      .catch((e: unknown) => {
        setError(errorMessage(e));
        setBusy(false);
      });
  };

  return (
    <Dialog.Root open onOpenChange={(open) => !open && onClose(false)}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog">
          <Dialog.Title className="dialog-title">Add {candidateName} to roles</Dialog.Title>
          <Dialog.Description className="dialog-description">They start in the first stage of each role’s pipeline.</Dialog.Description>
          {roles === null ? <p>Loading roles…</p> : null}
          {roles && roles.length === 0 ? <p className="muted">There are no other roles to add them to. Create a role first.</p> : null}
          {roles && roles.length > 0 ? (
            <fieldset className="role-picks">
              <legend className="sr-only">Roles</legend>
              {roles.map((r) => (
                <label key={r.id} className="role-pick">
                  <input type="checkbox" checked={chosen.has(r.id)} onChange={() => toggle(r.id)} />
                  <span>{r.title}</span>
                  <span className="muted">{STATUS_LABELS[r.status]}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <FormError message={error} />
          <div className="dialog-actions">
            <Button onClick={() => onClose(false)}>Cancel</Button>
            <Button variant="primary" onClick={add} disabled={busy || !roles || roles.length === 0}>
              {chosen.size > 1 ? `Add to ${chosen.size} roles` : 'Add to role'}
            </Button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
