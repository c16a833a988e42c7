// Renderer: the board's columns inside one dnd-kit context: drag a card by pointer or keyboard (handle,
// Space, arrows, Space) within or across columns, with a floating preview and spoken progress. Keyboard
// targets follow the board's order (board-keyboard.ts).
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent, type DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import { findCard, usePipelineStore, type Columns } from '../../stores/pipeline-store';
import { CardPreview } from './BoardCard';
import { boardCollision, boardKeyboardCoordinates, KeyboardTarget } from './board-keyboard';
import { describeTarget, dropTarget } from './board-keyboard-rules';
import { moveCard } from './card-moves';
import { StageColumn } from './StageColumn';

function useAnnouncements(columns: Columns): Announcements {
  return useMemo(() => {
    const { stages } = usePipelineStore.getState();
    const name = (id: string | number) => findCard(columns, String(id))?.name ?? 'The card';
    const stageName = (stageId: string) => stages.find((s) => s.id === stageId)?.name ?? 'a stage';
    const where = (active: string | number, id: string | number): string => describeTarget(columns, stageName, String(active), String(id));
    return {
      onDragStart: ({ active }) => `Picked up ${name(active.id)} in ${where(active.id, active.id)}. Use the arrow keys to move it, Space to drop, Escape to cancel.`,
      onDragOver: ({ active, over }) => (over ? `${name(active.id)} is over ${where(active.id, over.id)}.` : `${name(active.id)} is not over a stage.`),
      onDragEnd: ({ active, over }) => (over ? `${name(active.id)} dropped in ${where(active.id, over.id)}.` : `${name(active.id)} dropped where it was.`),
      onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
    };
  }, [columns]);
}

export function PipelineBoard() {
  const stages = usePipelineStore((s) => s.stages);
  const columns = usePipelineStore((s) => s.columns);
  const dragging = usePipelineStore((s) => s.dragging);
  // One keyboard target per board, shared by the arrow keys, the collision detection and the drag handlers.
  const [{ keyboardTarget, coordinateGetter, collision }] = useState(() => {
    const target = new KeyboardTarget();
    const board = () => {
      const state = usePipelineStore.getState();
      return { stageIds: state.stages.map((s) => s.id), columns: state.columns };
    };
    return { keyboardTarget: target, coordinateGetter: boardKeyboardCoordinates(target, board), collision: boardCollision(target) };
  });
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter }));
  const announcements = useAnnouncements(columns);
  const activeCard = dragging ? findCard(columns, dragging) : undefined;

  const onDragStart = ({ active }: DragStartEvent) => {
    keyboardTarget.reset();
    usePipelineStore.setState({ dragging: String(active.id) });
  };
  const onDragEnd = (event: DragEndEvent) => {
    const byKeyboard = keyboardTarget.current !== null;
    keyboardTarget.reset();
    usePipelineStore.setState({ dragging: null });
    const { active, over } = event;
    const target = over
      ? dropTarget(columns, { activeId: String(active.id), overId: String(over.id), moving: active.rect.current.translated, over: over.rect, byKeyboard })
      : null;
    if (target) void moveCard(String(event.active.id), target.toStageId, target.beforeId, false);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collision}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => {
        keyboardTarget.reset();
        usePipelineStore.setState({ dragging: null });
      }}
      accessibility={{ announcements }}
    >
      <div className="board">
        {stages.map((stage) => (
          <StageColumn key={stage.id} stage={stage} cards={columns[stage.id] ?? []} />
        ))}
      </div>
      <DragOverlay dropAnimation={null}>{activeCard ? <CardPreview card={activeCard} /> : null}</DragOverlay>
    </DndContext>
  );
}
