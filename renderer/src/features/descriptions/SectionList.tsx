// Renderer: the description's sections in order, reorderable by drag (handle) and by keyboard (dnd-kit's
// keyboard sensor, or the Move up / Move down buttons), with "Add section" and remove with undo.
import { DndContext, KeyboardSensor, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { useState } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { sectionActions, syncHtml, useDescriptionStore, type DraftSection } from '../../stores/description-store';
import { AddSection } from './AddSection';
import { SectionCard } from './SectionCard';
import { isBlankHtml } from './sanitize-html';

function useSectionAnnouncements(sections: DraftSection[]): Announcements {
  const name = (id: string | number) => sections.find((s) => s.key === id)?.heading || 'section';
  const place = (id: string | number | undefined) => sections.findIndex((s) => s.key === id) + 1;
  return {
    onDragStart: ({ active }) => `Picked up ${name(active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
    onDragOver: ({ active, over }) => (over ? `${name(active.id)} is over position ${place(over.id)} of ${sections.length}.` : `${name(active.id)} is no longer over a position.`),
    onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped at position ${place(over.id)} of ${sections.length}.` : `${name(active.id)} dropped.`),
    onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
  };
}

function removeNow(section: DraftSection): void {
  const removed = sectionActions.remove(section.key);
  if (!removed) return;
  toast.success(`Removed “${removed.section.heading || 'section'}”`, {
    action: { label: 'Undo', onClick: () => sectionActions.insert(removed.section, removed.index) },
  });
}

export function SectionList() {
  const sections = useDescriptionStore((s) => s.sections);
  const generation = useDescriptionStore((s) => s.generation);
  const [confirming, setConfirming] = useState<DraftSection | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements = useSectionAnnouncements(sections);

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const to = sections.findIndex((s) => s.key === over.id);
    if (to >= 0) sectionActions.move(String(active.id), to);
  };

  const askRemove = (section: DraftSection) => {
    // Fresh text may still be only in the editor; read it before deciding whether to ask.
    syncHtml();
    const current = useDescriptionStore.getState().sections.find((s) => s.key === section.key) ?? section;
    if (isBlankHtml(current.html)) removeNow(current);
    else setConfirming(current);
  };

  return (
    <div className="section-list-wrap">
      <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd} accessibility={{ announcements }}>
        <SortableContext items={sections.map((s) => s.key)} strategy={verticalListSortingStrategy}>
          <ol className="section-list" aria-label="Sections">
            {sections.map((section, index) => (
              <SectionCard key={section.key} section={section} index={index} count={sections.length} generation={generation} onRemove={askRemove} />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {sections.length === 0 ? <p className="section-list-empty muted">No sections yet. Add one below, use a template, or import a description you already have.</p> : null}
      <AddSection />
      <ConfirmDialog
        open={confirming !== null}
        title={`Remove “${confirming?.heading || 'this section'}”?`}
        description="Its text goes too. You can undo this straight after."
        confirmLabel="Remove section"
        danger
        onConfirm={() => {
          if (confirming) removeNow(confirming);
          setConfirming(null);
        }}
        onOpenChange={(open) => {
          if (!open) setConfirming(null);
        }}
      />
    </div>
  );
}
