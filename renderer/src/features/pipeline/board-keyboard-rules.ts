// Renderer rules (pure, no DOM): where a board card goes when it is moved by keyboard, decided by the
// board's order rather than by geometry: ← and → go to the previous or next stage (onto its first card, or
// into the empty column), ↑ and ↓ to the card above or below (below another column's last card: its
// bottom); and the words for each target. board-keyboard.ts hands them to dnd-kit.
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
