// Pure application rules: time in each stage (for the history and its totals), the facts the reports keep
// per application (applicationFacts), whole days in the current stage (the board's cards and the CSV
// export), and the status a stage gives (the contract's statusForStage, shared with the renderer's
// optimistic moves). Runs anywhere.
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

/** Active or hired: on the board (rejected and withdrawn cards are off it). */
const onBoard = (status: ApplicationStatus) => status === 'active' || status === 'hired';

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
    if (event.to_stage_id === null || !onBoard(event.to_status)) return;
    const total = totals.get(event.to_stage_id) ?? { stageId: event.to_stage_id, stage: event.to_stage_name, ms: 0 };
    total.ms += spans[index] ?? 0;
    totals.set(event.to_stage_id, total);
  });
  return [...totals.values()];
}

/** A stage event as the facts read it. */
export interface FactEvent {
  from_status: ApplicationStatus | null;
  to_stage_id: string | null;
  to_status: ApplicationStatus;
  created_at: string;
}

export interface StageTime {
  stageId: string;
  /** Milliseconds on the board in this stage over the stays that have ended; null when never on the board here. */
  boardMs: number | null;
  /** When the stay still going on began, when the application is on the board in this stage now. */
  openSince: string | null;
}

export interface ApplicationFacts {
  appliedAt: string;
  hiredAt: string | null;
  status: ApplicationStatus;
  statusAt: string | null;
  /** Stage events after the one that created it (those with a from_status); 0 for a new application. */
  moves: number;
  stages: StageTime[];
}

/**
 * What the reports keep per application (application_facts and application_stage_time), from its history
 * oldest first: applied = the first event (else `createdAt`), the latest move into hired, the latest move
 * into the current status, the moves after the first event, and per stage entered the time on the board as
 * stageTotals counts it, with the stay still going on left open (reports-repo counts it up to "now").
 */
export function applicationFacts(events: readonly FactEvent[], status: ApplicationStatus, createdAt: string): ApplicationFacts {
  const stages = new Map<string, StageTime>();
  let hiredAt: string | null = null;
  let statusAt: string | null = null;
  let moves = 0;
  events.forEach((event, index) => {
    if (event.from_status !== null) moves++;
    if (event.to_status === 'hired') hiredAt = event.created_at;
    if (event.to_status === status) statusAt = event.created_at;
    if (event.to_stage_id === null) return;
    const stage = stages.get(event.to_stage_id) ?? { stageId: event.to_stage_id, boardMs: null, openSince: null };
    stages.set(event.to_stage_id, stage);
    if (!onBoard(event.to_status)) return;
    const next = events[index + 1];
    if (next) stage.boardMs = (stage.boardMs ?? 0) + Math.max(0, Date.parse(next.created_at) - Date.parse(event.created_at));
    else {
      stage.boardMs = stage.boardMs ?? 0;
      stage.openSince = event.created_at;
    }
  });
  return { appliedAt: events[0]?.created_at ?? createdAt, hiredAt, status, statusAt, moves, stages: [...stages.values()] };
}
