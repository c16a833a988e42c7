// Renderer: dnd-kit's side of moving a board card by keyboard (board-keyboard-rules.ts decides where):
// the arrow keys' coordinates, and a collision detection that answers the chosen target during a keyboard
// drag, so the card shown, the words spoken and the drop agree, and every column is reachable.
import { closestCorners, pointerWithin, type ClientRect, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import { isArrowKey, isColumn, nextKeyboardTarget, stageOfColumn, type Columns } from './board-keyboard-rules';

/** The keyboard target chosen last during this drag (null before the first arrow key). */
export class KeyboardTarget {
  current: string | null = null;

  /** A drag started, ended or was cancelled: the next one starts from its own card. */
  reset(): void {
    this.current = null;
  }
}

/** Where to show the dragged card for a target: over that card, or below the column's last card. */
function placeFor(target: string, rects: Map<string | number, ClientRect>, columns: Columns, dragged: ClientRect): { x: number; y: number } | undefined {
  const rect = rects.get(target);
  if (!rect) return undefined;
  if (!isColumn(target)) return { x: rect.left, y: rect.top };
  const column = rect;
  const last = (columns[stageOfColumn(target)] ?? []).map((c) => rects.get(c.applicationId)).filter((r): r is ClientRect => Boolean(r)).at(-1);
  const top = last ? last.bottom + 8 : column.top + 48;
  return { x: column.left + (column.width - dragged.width) / 2, y: Math.max(column.top, Math.min(top, column.bottom - dragged.height)) };
}

/** dnd-kit's keyboard coordinates for the board, recording the chosen target in `target`. */
export function boardKeyboardCoordinates(target: KeyboardTarget, board: () => { stageIds: string[]; columns: Columns }): KeyboardCoordinateGetter {
  return (event, { active, context }) => {
    if (!isArrowKey(event.code)) return undefined;
    event.preventDefault();
    const { over, collisionRect, droppableRects } = context;
    if (!collisionRect) return undefined;
    const { stageIds, columns } = board();
    const from = target.current ?? String(over?.id ?? active);
    const next = nextKeyboardTarget(stageIds, columns, String(active), from, event.code);
    if (!next) return undefined;
    const place = placeFor(next, droppableRects, columns, collisionRect);
    if (!place) return undefined;
    target.current = next;
    return place;
  };
}

/**
 * The pointer picks the card under it (or else its column); a keyboard drag (no pointer) is over the target
 * the arrow keys chose, or over its own place before the first key.
 */
export function boardCollision(target: KeyboardTarget): CollisionDetection {
  return (args) => {
    if (!args.pointerCoordinates) {
      const id = target.current ?? args.active.id;
      const container = args.droppableContainers.find((c) => c.id === id);
      return container ? [{ id: container.id, data: { droppableContainer: container, value: 0 } }] : closestCorners(args);
    }
    const hits = pointerWithin(args);
    if (hits.length === 0) return closestCorners(args);
    const cards = hits.filter((h) => !isColumn(h.id));
    return cards.length > 0 ? cards : hits;
  };
}
