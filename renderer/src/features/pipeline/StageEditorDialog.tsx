// Renderer: the stage editor (from the board header): rename, reorder (drag handle, keyboard, or Move up /
// Move down), add and remove stages, and set how many days a card may wait in each before Today lists it;
// Hired stays last; candidates in removed stages go where the owner chooses.
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, arrayMove, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import * as Dialog from '@radix-ui/react-dialog';
import { ArrowDown, ArrowUp, GripVertical, Plus, Trash2 } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import { DEFAULT_STAGE_WAIT_DAYS } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { Button, IconButton } from '../../components/Button';
import { DialogFormActions } from '../../components/DialogFormActions';
import { FormError } from '../../components/FormError';
import { notifyError } from '../../lib/notify';
import { pipelineActions, usePipelineStore } from '../../stores/pipeline-store';

interface DraftStage {
  key: string;
  id?: string;
  name: string;
  hired: boolean;
  count: number;
  /** The waiting limit as typed (whole days; empty: the default). */
  waitDays: string;
}

/** The typed waiting limit: null when empty, a whole number of days from 1 to 365, else undefined (refused). */
function parseWaitDays(typed: string): number | null | undefined {
  const text = typed.trim();
  if (text === '') return null;
  const days = Number(text);
  return Number.isInteger(days) && days >= 1 && days <= 365 ? days : undefined;
}

let nextKey = 0;

function stageAnnouncements(draft: DraftStage[]): Announcements {
  const name = (id: string | number) => draft.find((s) => s.key === id)?.name || 'the stage';
  const place = (id: string | number) => `position ${draft.findIndex((s) => s.key === id) + 1} of ${draft.length}`;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is over ${place(over.id)}.` : `${name(active.id)} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped at ${place(over.id)}.` : `${name(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
}

function StageRow({ stage, index, last, edit }: { stage: DraftStage; index: number; last: number; edit: (fn: (list: DraftStage[]) => DraftStage[]) => void }) {
  const label = stage.name || `Stage ${index + 1}`;
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } = useSortable({ id: stage.key, disabled: stage.hired });
  const swap = (by: -1 | 1) =>
    edit((list) => {
      const next = [...list];
      const other = next[index + by];
      if (!other) return list;
      next[index + by] = stage;
      next[index] = other;
      return next;
    });
  return (
    <li ref={setNodeRef} className="stage-row" style={{ transform: CSS.Translate.toString(transform), transition }}>
      {stage.hired ? (
        <span className="stage-row-grip" />
      ) : (
        <button ref={setActivatorNodeRef} type="button" className="icon-btn stage-row-grip" aria-label={`Drag to reorder ${label}`} {...attributes} {...listeners}>
          <GripVertical size={16} aria-hidden="true" />
        </button>
      )}
      <label className="sr-only" htmlFor={`stage-name-${stage.key}`}>
        Name of stage {index + 1}
      </label>
      <input
        id={`stage-name-${stage.key}`}
        className="input"
        value={stage.name}
        maxLength={60}
        onChange={(e) => edit((list) => list.map((s) => (s.key === stage.key ? { ...s, name: e.target.value } : s)))}
      />
      <span className="stage-row-count muted">{stage.count === 0 ? 'empty' : stage.count === 1 ? '1 person' : `${stage.count} people`}</span>
      {stage.hired ? (
        <span />
      ) : (
        <span className="stage-row-wait">
          <input
            id={`stage-wait-${stage.key}`}
            className="input"
            inputMode="numeric"
            aria-label={`Days a card may wait in ${label} before Today lists it`}
            placeholder={String(DEFAULT_STAGE_WAIT_DAYS)}
            value={stage.waitDays}
            maxLength={3}
            onChange={(e) => edit((list) => list.map((s) => (s.key === stage.key ? { ...s, waitDays: e.target.value } : s)))}
          />
          <span className="muted" aria-hidden="true">
            days
          </span>
        </span>
      )}
      {stage.hired ? (
        <span className="stage-row-fixed muted">Always last</span>
      ) : (
        <span className="stage-row-actions">
          <IconButton label={`Move ${label} up`} disabled={index === 0} onClick={() => swap(-1)}>
            <ArrowUp size={16} aria-hidden="true" />
          </IconButton>
          <IconButton label={`Move ${label} down`} disabled={index >= last - 1} onClick={() => swap(1)}>
            <ArrowDown size={16} aria-hidden="true" />
          </IconButton>
          <IconButton label={`Remove ${label}`} className="icon-btn-danger" onClick={() => edit((list) => list.filter((s) => s.key !== stage.key))}>
            <Trash2 size={16} aria-hidden="true" />
          </IconButton>
        </span>
      )}
    </li>
  );
}

function StageForm({ roleId, close }: { roleId: string; close(): void }) {
  const stored = usePipelineStore((s) => s.stages);
  const [draft, setDraft] = useState<DraftStage[]>(() =>
    stored.map((s) => ({ key: s.id, id: s.id, name: s.name, hired: s.kind === 'hired', count: s.count, waitDays: s.waitDays === null ? '' : String(s.waitDays) })),
  );
  const [moveTo, setMoveTo] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const removedWithPeople = stored.filter((s) => s.count > 0 && !draft.some((d) => d.id === s.id));
  const targets = draft.filter((d) => d.id);
  const edit = (fn: (list: DraftStage[]) => DraftStage[]) => (setDraft(fn), setError(''));
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    edit((list) => {
      const to = list.findIndex((s) => s.key === over.id);
      if (list[to]?.hired) return list;
      return arrayMove(list, list.findIndex((s) => s.key === active.id), to);
    });
  };
  const add = () =>
    edit((list) => {
      const at = list.findIndex((s) => s.hired);
      const fresh: DraftStage = { key: `new-${(nextKey += 1)}`, name: '', hired: false, count: 0, waitDays: '' };
      return at < 0 ? [...list, fresh] : [...list.slice(0, at), fresh, ...list.slice(at)];
    });

  const save = (e: FormEvent) => {
    e.preventDefault();
    if (draft.some((s) => !s.name.trim())) return setError('Give every stage a name.');
    const badWait = draft.find((s) => parseWaitDays(s.waitDays) === undefined);
    if (badWait) return setError(`Waiting limits are whole days from 1 to 365 (${badWait.name || 'a new stage'} has “${badWait.waitDays.trim()}”).`);
    if (removedWithPeople.length > 0 && !moveTo) return setError('Choose where the candidates in removed stages go.');
    setBusy(true);
    const stages = draft.map((s) => {
      const waitDays = s.hired ? null : (parseWaitDays(s.waitDays) ?? null);
      return s.id ? { id: s.id, name: s.name.trim(), waitDays } : { name: s.name.trim(), waitDays };
    });
    pipelineActions
      .updateStages({ roleId, stages, ...(removedWithPeople.length > 0 ? { moveRemovedTo: moveTo } : {}) })
      .then(() => {
        close();
        toast.success('Stages saved');
      })
      .catch((err: unknown) => {
        setBusy(false);
        if (err instanceof ApiError && err.code === 'invalid_input') setError(err.issues[0]?.message ?? err.message);
        else notifyError(err, 'Could not save the stages');
      });
  };

  return (
    <form onSubmit={save} className="stage-form" noValidate>
      <Dialog.Title className="dialog-title">Edit stages</Dialog.Title>
      <Dialog.Description className="dialog-description">
        Rename, reorder, add or remove the columns of this board. Hired stays last. The days beside a stage are how long a card may wait there
        before Today lists it as waiting too long ({DEFAULT_STAGE_WAIT_DAYS} when empty).
      </Dialog.Description>
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements: stageAnnouncements(draft) }}>
        <SortableContext items={draft.map((s) => s.key)} strategy={verticalListSortingStrategy}>
          <ol className="stage-list" aria-label="Stages">
            {draft.map((stage, index) => (
              <StageRow key={stage.key} stage={stage} index={index} last={draft.length - 1} edit={edit} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <Button size="sm" icon={<Plus size={14} aria-hidden="true" />} onClick={add}>
        Add stage
      </Button>
      {removedWithPeople.length > 0 ? (
        <label className="field stage-move-to">
          <span className="field-label">
            {removedWithPeople.map((s) => `${s.name} (${s.count})`).join(', ')} {removedWithPeople.length === 1 ? 'has' : 'have'} candidates. Move them to
          </span>
          <select className="input" value={moveTo} onChange={(e) => (setMoveTo(e.target.value), setError(''))}>
            <option value="">Choose a stage…</option>
            {targets.map((s) => (
              <option key={s.key} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <FormError message={error} />
      <DialogFormActions submitLabel={busy ? 'Saving…' : 'Save stages'} disabled={busy} />
    </form>
  );
}

export function StageEditorDialog({ roleId, onClose }: { roleId: string; onClose(): void }) {
  return (
    <Dialog.Root open onOpenChange={(open) => (open ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide">
          <StageForm roleId={roleId} close={onClose} />
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
