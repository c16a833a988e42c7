// Renderer: the kit's items in order, reorderable by drag (handle) and keyboard (dnd-kit's keyboard sensor,
// or Move up / Move down), with remove-and-undo.
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { toast } from 'sonner';
import { kitActions, useKitStore, type DraftItem } from '../../stores/kit-store';
import { itemName, KitItemCard } from './KitItemCard';

function useAnnouncements(items: DraftItem[]): Announcements {
  const name = (id: string | number) => {
    const index = items.findIndex((i) => i.key === id);
    const item = items[index];
    return item ? itemName(item, index) : 'item';
  };
  const place = (id: string | number | undefined) => items.findIndex((i) => i.key === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is over position ${place(over.id)} of ${items.length}.` : `${name(active.id)} is no longer over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped at position ${place(over.id)} of ${items.length}.` : `${name(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
}

/** Keeps keyboard focus in the list: on the next item's handle (or the previous one), else on "Add criterion". */
function focusAfterRemoval(index: number): void {
  requestAnimationFrame(() => {
    const handles = document.querySelectorAll<HTMLElement>('.kit-list .drag-handle');
    (handles[Math.min(index, handles.length - 1)] ?? document.querySelector<HTMLElement>('.kit-add button'))?.focus();
  });
}

function removeWithUndo(item: DraftItem): void {
  const removed = kitActions.remove(item.key);
  if (!removed) return;
  focusAfterRemoval(removed.index);
  const what = removed.item.label.trim() ? `“${removed.item.label.trim().slice(0, 60)}”` : `the empty ${item.kind}`;
  toast.success(`Removed ${what}`, {
    description: 'Save the kit to keep this change.',
    action: { label: 'Undo', onClick: () => kitActions.insert(removed.item, removed.index) },
  });
}

export function KitList() {
  const items = useKitStore((s) => s.items);
  const errors = useKitStore((s) => s.errors);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));
  const announcements = useAnnouncements(items);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = items.findIndex((i) => i.key === over.id);
    if (to >= 0) kitActions.move(String(active.id), to);
  };
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
      <SortableContext items={items.map((i) => i.key)} strategy={verticalListSortingStrategy}>
        <ol className="kit-list" aria-label="Kit items">
          {items.map((item, index) => (
            <KitItemCard key={item.key} item={item} index={index} count={items.length} errors={errors} onRemove={removeWithUndo} />
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
