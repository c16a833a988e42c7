// Renderer: the revision history drawer: every kept version (why, when, how long), and for the chosen one
// a preview, a comparison and "Restore".
import * as Dialog from '@radix-ui/react-dialog';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { RevisionSummary } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { flushDescription } from '../../stores/description-autosave';
import { formatDateTime } from '../../lib/dates';
import { revisionActions } from '../../stores/descriptions-actions';
import { RevisionView } from './RevisionView';
import { REVISION_REASON_LABELS } from './section-labels';

interface Props {
  roleId: string;
  open: boolean;
  onOpenChange(open: boolean): void;
}

export function revisionName(r: RevisionSummary): string {
  return r.label.trim() || REVISION_REASON_LABELS[r.reason];
}

export function revisionTime(iso: string): string {
  return formatDateTime(iso, { seconds: true });
}

function RevisionList({ revisions, selected, onSelect }: { revisions: RevisionSummary[]; selected: string | null; onSelect(id: string): void }) {
  if (revisions.length === 0) {
    return <p className="muted revision-empty">No versions yet. Use “Save version”, or keep writing: Hirebook keeps one after a pause in editing.</p>;
  }
  return (
    <ul className="revision-list" aria-label="Versions">
      {revisions.map((r) => (
        <li key={r.id}>
          <button type="button" className="revision-item" aria-current={selected === r.id ? 'true' : undefined} onClick={() => onSelect(r.id)}>
            <span className="revision-name">{revisionName(r)}</span>
            <span className="revision-meta">
              <time dateTime={r.createdAt}>{revisionTime(r.createdAt)}</time> · {r.wordCount} words
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}

function HistoryBody({ roleId, close }: { roleId: string; close(): void }) {
  const [revisions, setRevisions] = useState<RevisionSummary[] | null>(null);
  const [selected, setSelected] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    flushDescription()
      .then(() => revisionActions.list(roleId))
      .then(({ revisions: list }) => {
        if (!live) return;
        setRevisions(list);
        setSelected(list[0]?.id ?? null);
      })
      .catch((e: unknown) => notifyError(e, 'Could not load the history'));
    return () => {
      live = false;
    };
  }, [roleId]);

  if (!revisions) return <p className="muted revision-empty">Loading…</p>;
  return (
    <div className="history-body">
      <RevisionList revisions={revisions} selected={selected} onSelect={setSelected} />
      {selected ? <RevisionView key={selected} revisionId={selected} revisions={revisions} onRestored={close} /> : null}
    </div>
  );
}

export function RevisionDrawer({ roleId, open, onOpenChange }: Props) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="drawer" aria-describedby={undefined}>
          <div className="drawer-head">
            <Dialog.Title className="dialog-title">History</Dialog.Title>
            <Dialog.Close className="icon-btn" aria-label="Close history">
              <X size={16} aria-hidden="true" />
            </Dialog.Close>
          </div>
          {open ? <HistoryBody roleId={roleId} close={() => onOpenChange(false)} /> : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
