// Renderer: moving a board card by menu (to a stage, up, down), with a spoken result and an error toast
// after the optimistic move was rolled back.
import { notifyError } from '../../lib/notify';
import { pipelineActions, usePipelineStore } from '../../stores/pipeline-store';

function say(text: string): void {
  usePipelineStore.setState({ announcement: text });
}

/** Moves a card to `toStageId` before `beforeId` (null: the bottom) and says where it went. */
export async function moveCard(applicationId: string, toStageId: string, beforeId: string | null, speak = true): Promise<void> {
  const { stages, columns } = usePipelineStore.getState();
  const name = Object.values(columns).flat().find((c) => c.applicationId === applicationId)?.name ?? 'Card';
  try {
    await pipelineActions.move(applicationId, toStageId, beforeId);
    const column = usePipelineStore.getState().columns[toStageId] ?? [];
    const place = column.findIndex((c) => c.applicationId === applicationId) + 1;
    const stage = stages.find((s) => s.id === toStageId)?.name ?? 'the stage';
    if (speak) say(`${name} moved to ${stage}, position ${place} of ${column.length}.`);
  } catch (error) {
    notifyError(error, `Could not move ${name}`);
    say(`Moving ${name} failed; it is back where it was.`);
  }
}

/** Moves a card one place up (-1) or down (+1) in its column. */
export function nudgeCard(applicationId: string, stageId: string, by: -1 | 1): void {
  const column = usePipelineStore.getState().columns[stageId] ?? [];
  const index = column.findIndex((c) => c.applicationId === applicationId);
  if (index < 0) return;
  if (by === -1 && index > 0) void moveCard(applicationId, stageId, column[index - 1]?.applicationId ?? null);
  if (by === 1 && index < column.length - 1) void moveCard(applicationId, stageId, column[index + 2]?.applicationId ?? null);
}
