// Renderer: the bar above the board while cards are selected: move them to a stage, reject them with a
// reason, tag them, or delete their applications (after confirmation), all through applications:bulk;
// write to them (one .eml draft per person, BulkDraftDialog); or export them as a CSV file (applications:export).
import { Download, Mail, Tag, Trash2, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { downloadFile } from '../../lib/download-file';
import { notifyError } from '../../lib/notify';
import { csvActions } from '../../stores/csv-actions';
import { pipelineActions, usePipelineStore } from '../../stores/pipeline-store';
import { moveSelected } from './card-moves';

const people = (n: number): string => (n === 1 ? '1 candidate' : `${n} candidates`);

export function BulkBar() {
  const selected = usePipelineStore((s) => s.selected);
  const stages = usePipelineStore((s) => s.stages);
  const [stageId, setStageId] = useState('');
  const [tag, setTag] = useState('');
  const [confirming, setConfirming] = useState(false);
  if (selected.size === 0) return null;
  const ids = [...selected];
  const count = ids.length;

  const run = (work: Promise<number>, done: (n: number) => string, failed: string) =>
    work.then((n) => toast.success(done(n))).catch((e: unknown) => notifyError(e, failed));

  const move = (e: FormEvent) => {
    e.preventDefault();
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) return;
    void moveSelected(ids, stage.id);
  };
  const addTag = (e: FormEvent) => {
    e.preventDefault();
    if (!tag.trim()) return;
    void run(pipelineActions.bulk({ action: 'tag', applicationIds: ids, tags: [tag.trim()] }), (n) => `Tagged ${people(n)} “${tag.trim()}”`, 'Could not tag them');
    setTag('');
  };

  const exportCsv = () => {
    void run(
      csvActions.exportApplications(ids).then((file) => {
        downloadFile(file.content, file.fileName, 'text/csv;charset=utf-8');
        return file.rows;
      }),
      (n) => `Exported ${people(n)}`,
      'Could not export them',
    );
  };

  return (
    <div className="bulk-bar" role="region" aria-label="Selected candidates">
      <strong className="bulk-count">{count} selected</strong>
      <form className="bulk-group" onSubmit={move}>
        <label className="sr-only" htmlFor="bulk-stage">
          Stage to move to
        </label>
        <select id="bulk-stage" className="input input-sm" value={stageId} onChange={(e) => setStageId(e.target.value)}>
          <option value="">Move to…</option>
          {stages.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
        <Button type="submit" size="sm" disabled={!stageId}>
          Move
        </Button>
      </form>
      <form className="bulk-group" onSubmit={addTag}>
        <label className="sr-only" htmlFor="bulk-tag">
          Tag to add
        </label>
        <input id="bulk-tag" className="input input-sm" value={tag} maxLength={60} placeholder="Tag" onChange={(e) => setTag(e.target.value)} />
        <Button type="submit" size="sm" icon={<Tag size={14} aria-hidden="true" />} disabled={!tag.trim()}>
          Add tag
        </Button>
      </form>
      <Button size="sm" onClick={() => usePipelineStore.setState({ rejecting: ids })}>
        Reject…
      </Button>
      <Button size="sm" icon={<Mail size={14} aria-hidden="true" />} onClick={() => usePipelineStore.setState({ drafting: ids })}>
        Write to them…
      </Button>
      <Button size="sm" icon={<Download size={14} aria-hidden="true" />} onClick={exportCsv}>
        Export
      </Button>
      <Button size="sm" variant="danger" icon={<Trash2 size={14} aria-hidden="true" />} onClick={() => setConfirming(true)}>
        Delete
      </Button>
      <Button size="sm" variant="ghost" icon={<X size={14} aria-hidden="true" />} onClick={() => pipelineActions.clearSelection()}>
        Clear selection
      </Button>
      <ConfirmDialog
        open={confirming}
        title={`Delete ${people(count)}' applications?`}
        description="Their applications to this role, with notes and stage history, are deleted for good. The candidates themselves stay."
        confirmLabel="Delete applications"
        danger
        onConfirm={() => {
          setConfirming(false);
          void run(pipelineActions.bulk({ action: 'delete', applicationIds: ids }), (n) => `Deleted ${people(n)}' applications`, 'Could not delete them');
        }}
        onOpenChange={setConfirming}
      />
    </div>
  );
}
