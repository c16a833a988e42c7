// Renderer: where a board card goes when it is moved by keyboard, decided by the board's order rather than
// by geometry: ← and → go to the previous or next stage (onto its first card, or into the empty column),
// ↑ and ↓ to the card above or below (below another column's last card: its bottom). The chosen target is
// also what the collision detection answers during a keyboard drag, so the card shown, the words spoken and
// the drop agree, and every column is reachable. Pure except the dnd-kit adapters at the end.
import { closestCorners, pointerWithin, type ClientRect, type CollisionDetection, type KeyboardCoordinateGetter } from '@dnd-kit/core';
import type { Columns } from '../../stores/pipeline-store';

const COLUMN_PREFIX = 'stage:';

/** A column's drop id (a card's drop id is its application id). */
export const columnDropId = (stageId: string): string => `${COLUMN_PREFIX}${stageId}`;
export const isColumn = (id: string | number): boolean => String(id).startsWith(COLUMN_PREFIX);
export const stageOfColumn = (id: string | number): string => String(id).slice(COLUMN_PREFIX.length);

const KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp'] as const;
type ArrowKey = (typeof KEYS)[number];
export const isArrowKey = (code: string): code is ArrowKey => (KEYS as readonly string[]).includes(code);

function stageAndIndex(columns: Columns, id: string): { stageId: string; index: number | 'end' } | null {
  if (isColumn(id)) return { stageId: stageOfColumn(id), index: 'end' };
  for (const [stageId, cards] of Object.entries(columns)) {
    const index = cards.findIndex((c) => c.applicationId === id);
    if (index >= 0) return { stageId, index };
  }
  return null;
}

/**
 * The target after pressing `key` while the card `activeId` is over `from` (a card's or a column's drop id):
 * a card's id (the moved card lands where that card is) or a column's id (the bottom of that column);
 * null when the key leads nowhere (the first or last stage, the top of a column).
 */
export function nextKeyboardTarget(stageIds: readonly string[], columns: Columns, activeId: string, from: string, key: ArrowKey): string | null {
  const here = stageAndIndex(columns, from);
  const home = stageAndIndex(columns, activeId);
  if (!here || !home) return null;
  const cards = columns[here.stageId] ?? [];
  if (key === 'ArrowRight' || key === 'ArrowLeft') {
    const next = stageIds[stageIds.indexOf(here.stageId) + (key === 'ArrowRight' ? 1 : -1)];
    if (next === undefined) return null;
    const first = columns[next]?.[0];
    return first ? first.applicationId : columnDropId(next);
  }
  if (key === 'ArrowUp') {
    const index = here.index === 'end' ? cards.length : here.index;
    return index > 0 ? (cards[index - 1]?.applicationId ?? null) : null;
  }
  if (here.index === 'end') return null;
  const below = cards[here.index + 1];
  if (below) return below.applicationId;
  // Past the last card: the bottom of another column; in its own column the card is at the bottom already.
  return here.stageId === home.stageId ? null : columnDropId(here.stageId);
}

/** Words for a drop target: the stage and the position the card would take there. */
export function describeTarget(columns: Columns, stageName: (stageId: string) => string, activeId: string, id: string): string {
  const place = stageAndIndex(columns, id);
  if (!place) return 'a stage';
  const name = stageName(place.stageId);
  if (place.index !== 'end') return `${name}, position ${place.index + 1}`;
  const others = (columns[place.stageId] ?? []).filter((c) => c.applicationId !== activeId).length;
  return others === 0 ? name : `${name}, at the bottom`;
}

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
