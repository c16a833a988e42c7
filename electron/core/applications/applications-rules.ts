// Pure application rules: time in each stage (for the history and its totals), whole days in the current
// stage (the board's cards and the CSV export), and the status a stage gives (the contract's statusForStage,
// shared with the renderer's optimistic moves). Runs anywhere.
import type { ApplicationStatus } from '../../contract';

export { statusForStage } from '../../contract';

export interface StageVisit {
  id: string;
  toStageId: string | null;
  at: string;
}

/** For each event, the milliseconds until the next event (the latest runs until `now`). */
export function msInStages(events: readonly StageVisit[], now: Date): number[] {
  return events.map((event, index) => {
    const next = events[index + 1];
    const end = next ? Date.parse(next.at) : now.getTime();
    return Math.max(0, end - Date.parse(event.at));
  });
}

/** Whole days from an ISO time to now (never negative): the days a card has been in its stage. */
export function daysSince(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / 86_400_000));
}

export interface StageTotal {
  stageId: string;
  stage: string;
  ms: number;
}

/** Time spent on the board per stage, summed over the visits (rejected or withdrawn spans are left out). */
export function stageTotals(
  events: readonly { to_stage_id: string | null; to_stage_name: string; to_status: ApplicationStatus }[],
  spans: readonly number[],
): StageTotal[] {
  const totals = new Map<string, StageTotal>();
  events.forEach((event, index) => {
    const onBoard = event.to_status === 'active' || event.to_status === 'hired';
    if (event.to_stage_id === null || !onBoard) return;
    const total = totals.get(event.to_stage_id) ?? { stageId: event.to_stage_id, stage: event.to_stage_name, ms: 0 };
    total.ms += spans[index] ?? 0;
    totals.set(event.to_stage_id, total);
  });
  return [...totals.values()];
}
