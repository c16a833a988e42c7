// Renderer: a role's status as a small coloured chip (colour is never the only signal: the word is shown).
import type { RoleStatus } from '../../../electron/contract';
import { STATUS_LABELS } from '../lib/labels';

export function StatusChip({ status }: { status: RoleStatus }) {
  return (
    <span className={`chip chip-${status}`}>
      <span className="chip-dot" aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
