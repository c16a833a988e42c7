// Renderer rules (pure, no DOM): where a board card goes when it is moved by keyboard, decided by the
// board's order rather than by geometry: ← and → go to the previous or next stage (onto its first card, or
// into the empty column), ↑ and ↓ to the card above or below (below another column's last card: its
// bottom); the words for each target; and where a drop puts the card. board-keyboard.ts hands them to dnd-kit.
import { arrayMove } from '@dnd-kit/sortable';
import type { PipelineCard } from '../../../../electron/contract';

/** The board's cards by stage id, in order (the pipeline store's shape). */
export type Columns = Record<string, PipelineCard[]>;

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

/** The top and height of a card on screen (dnd-kit's rects have more). */
interface Band {
  top: number;
  height: number;
}

/** What a drag ended on: the dragged card and its place on screen, and the drop id it was over. */
export interface Drop {
  activeId: string;
  overId: string;
  moving: Band | null;
  over: Band;
  /** Dropped by keyboard: the target is the one the arrow keys chose and announced, whatever the geometry. */
  byKeyboard: boolean;
}

/**
 * Where a drop puts the card: its stage and the card it goes above (null: the bottom); null for no move.
 * A keyboard drop onto a card lands where that card is, as it was announced; only a pointer drop onto
 * another column's card asks the geometry whether it went above or below it (a taller card dragged over a
 * shorter one must not fall below it because of its height).
 */
export function dropTarget(columns: Columns, drop: Drop): { toStageId: string; beforeId: string | null } | null {
  const card = stageAndIndex(columns, drop.activeId);
  if (!card || card.index === 'end') return null;
  if (isColumn(drop.overId)) {
    const toStageId = stageOfColumn(drop.overId);
    return toStageId === card.stageId ? null : { toStageId, beforeId: null };
  }
  const over = stageAndIndex(columns, drop.overId);
  if (!over || over.index === 'end') return null;
  const column = columns[over.stageId] ?? [];
  if (over.stageId === card.stageId) {
    if (card.index === over.index) return null;
    const next = arrayMove(column, card.index, over.index);
    return { toStageId: card.stageId, beforeId: next[over.index + 1]?.applicationId ?? null };
  }
  const { moving } = drop;
  const below = !drop.byKeyboard && moving !== null && moving.top + moving.height / 2 > drop.over.top + drop.over.height / 2;
  return { toStageId: over.stageId, beforeId: below ? (column[over.index + 1]?.applicationId ?? null) : drop.overId };
}
