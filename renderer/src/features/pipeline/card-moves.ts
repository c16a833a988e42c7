// Renderer: moving a board card (menu, drag, keyboard) and marking it hired, each confirmed by a toast with
// Undo (lib/undo-toast.ts) that puts the card back where it was through the core; a spoken result for moves
// made without dragging, and an error toast after an optimistic move was rolled back.
import type { PipelineCard } from '../../../../electron/contract';
import { ApiError } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { confirmWithUndo } from '../../lib/undo-toast';
import { findCard, pipelineActions, usePipelineStore, type Columns } from '../../stores/pipeline-store';

function say(text: string): void {
  usePipelineStore.setState({ announcement: text });
}

/** Where a card is now: its stage and the card below it (null: the bottom). */
interface Place {
  stageId: string;
  beforeId: string | null;
}

/** Where a card is now; the card below the last loaded one of a long column is asked of the core. */
async function placeOf(columns: Columns, applicationId: string): Promise<Place | null> {
  const card = findCard(columns, applicationId);
  if (!card) return null;
  return { stageId: card.stageId, beforeId: await pipelineActions.cardBelow(card) };
}

const stageName = (stageId: string): string => usePipelineStore.getState().stages.find((s) => s.id === stageId)?.name ?? 'the stage';
const isHiredStage = (stageId: string): boolean => usePipelineStore.getState().stages.find((s) => s.id === stageId)?.kind === 'hired';

/**
 * Puts a card back in `place` through the core: before the same card when that one is still in the column
 * (loaded or not), else at its bottom.
 */
async function putBack(applicationId: string, place: Place): Promise<void> {
  try {
    await pipelineActions.move(applicationId, place.stageId, place.beforeId);
  } catch (error) {
    if (place.beforeId === null || !(error instanceof ApiError && error.code === 'not_found')) throw error;
    await pipelineActions.move(applicationId, place.stageId, null);
  }
}

function confirmMove(card: PipelineCard, from: Place, toStageId: string): void {
  const name = card.name;
  const sameStage = from.stageId === toStageId;
  const message = isHiredStage(toStageId) && !sameStage ? `Marked ${name} as hired` : sameStage ? `Moved ${name} within ${stageName(toStageId)}` : `Moved ${name} to ${stageName(toStageId)}`;
  confirmWithUndo({
    message,
    undo: () => putBack(card.applicationId, from),
    undone: `${name} is back in ${stageName(from.stageId)}`,
  });
}

/** Moves a card to `toStageId` before `beforeId` (null: the bottom), says where it went and offers Undo. */
export async function moveCard(applicationId: string, toStageId: string, beforeId: string | null, speak = true): Promise<void> {
  const { columns } = usePipelineStore.getState();
  const card = findCard(columns, applicationId);
  const name = card?.name ?? 'Card';
  const from = await placeOf(columns, applicationId).catch(() => null);
  // Dropped where it already was: nothing changes, so nothing is reported.
  if (from && from.stageId === toStageId && (from.beforeId === beforeId || beforeId === applicationId)) return;
  try {
    await pipelineActions.move(applicationId, toStageId, beforeId);
    const { columns: after, stages } = usePipelineStore.getState();
    const total = stages.find((s) => s.id === toStageId)?.count ?? 0;
    // A card below the loaded cards of a long column is at its bottom.
    const place = (after[toStageId] ?? []).findIndex((c) => c.applicationId === applicationId) + 1 || total;
    if (speak) say(`${name} moved to ${stageName(toStageId)}, position ${place} of ${total}.`);
    if (card && from) confirmMove(card, from, toStageId);
  } catch (error) {
    notifyError(error, `Could not move ${name}`);
    say(`Moving ${name} failed; it is back where it was.`);
  }
}

/** Marks a card hired (it moves to the hired column) and offers Undo, which puts it back where it was. */
export async function hireCard(applicationId: string): Promise<void> {
  const { columns } = usePipelineStore.getState();
  const card = findCard(columns, applicationId);
  const from = await placeOf(columns, applicationId).catch(() => null);
  const name = card?.name ?? 'the candidate';
  try {
    await pipelineActions.hire(applicationId);
    say(`${name} marked as hired.`);
    if (from) {
      confirmWithUndo({
        message: `Marked ${name} as hired`,
        undo: () => putBack(applicationId, from),
        undone: `${name} is back in ${stageName(from.stageId)}`,
      });
    }
  } catch (error) {
    notifyError(error, `Could not mark ${name} as hired`);
  }
}

/** Moves a card one place up (-1) or down (+1) in its column, loading the cards below it first when needed. */
export async function nudgeCard(applicationId: string, stageId: string, by: -1 | 1): Promise<void> {
  const loaded = () => usePipelineStore.getState().columns[stageId] ?? [];
  let column = loaded();
  let index = column.findIndex((c) => c.applicationId === applicationId);
  if (by === 1 && index >= 0 && index + 2 >= column.length) {
    try {
      await pipelineActions.loadMore(stageId);
    } catch (error) {
      notifyError(error, 'Could not load the cards below');
      return;
    }
    column = loaded();
    index = column.findIndex((c) => c.applicationId === applicationId);
  }
  if (index < 0) return;
  if (by === -1 && index > 0) await moveCard(applicationId, stageId, column[index - 1]?.applicationId ?? null);
  if (by === 1 && index < column.length - 1) await moveCard(applicationId, stageId, column[index + 2]?.applicationId ?? null);
}

/** Moves the selected cards to a stage in one call (applications:bulk) and offers Undo, which puts each back. */
export async function moveSelected(ids: readonly string[], toStageId: string): Promise<void> {
  const { columns } = usePipelineStore.getState();
  // Put back bottom-up within each column, so the card each one sat above is already back when it lands.
  const found = await Promise.all(ids.map(async (id) => ({ id, place: await placeOf(columns, id).catch(() => null), index: (columns[findCard(columns, id)?.stageId ?? ''] ?? []).findIndex((c) => c.applicationId === id) })));
  const places = found
    .filter((p): p is { id: string; place: Place; index: number } => p.place !== null && p.place.stageId !== toStageId)
    .sort((a, b) => b.index - a.index);
  const people = (n: number): string => (n === 1 ? '1 candidate' : `${n} candidates`);
  try {
    const count = await pipelineActions.bulk({ action: 'move', applicationIds: [...ids], toStageId });
    const message = `Moved ${people(count)} to ${stageName(toStageId)}`;
    confirmWithUndo({
      message,
      undo: async () => {
        for (const { id, place } of places) await putBack(id, place);
      },
      undone: places.length === 1 ? 'The candidate is back where they were' : `${places.length} candidates are back where they were`,
    });
  } catch (error) {
    notifyError(error, 'Could not move them');
  }
}
