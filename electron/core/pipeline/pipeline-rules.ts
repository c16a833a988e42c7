// Pure pipeline rules: the default stages, card positions (real numbers, midpoint insertion,
// renormalizing when gaps get tiny) and stage-list edits. Time in stage is in applications-rules.ts. Runs anywhere.
import type { StageKind } from '../../contract';
import { invalidInput } from '../errors';

export const DEFAULT_STAGES: readonly { name: string; kind: StageKind }[] = [
  { name: 'Applied', kind: 'active' },
  { name: 'Screening', kind: 'active' },
  { name: 'Interview', kind: 'active' },
  { name: 'Offer', kind: 'active' },
  { name: 'Hired', kind: 'hired' },
];

/** The distance between neighbouring cards after renormalizing, and the gap below which we renormalize. */
export const POSITION_STEP = 1024;
export const MIN_GAP = 1e-6;

/**
 * The position for a card placed between two neighbours (null: no card on that side); null when the gap
 * is too small to split, so the column must be renumbered first.
 */
export function positionBetween(before: number | null, after: number | null): number | null {
  if (before === null && after === null) return POSITION_STEP;
  if (before === null) return (after as number) - POSITION_STEP;
  if (after === null) return before + POSITION_STEP;
  if (after - before < MIN_GAP * 2) return null;
  return before + (after - before) / 2;
}

/** Evenly spaced positions for `count` cards in order. */
export function evenPositions(count: number): number[] {
  return Array.from({ length: count }, (_unused, index) => (index + 1) * POSITION_STEP);
}

export interface StoredStage {
  id: string;
  name: string;
  kind: StageKind;
  wait_days: number | null;
}

export interface StagePlan {
  /** The final order: existing stages keep their id (and their waiting limit unless one is given); new ones get `newId`. */
  order: { id: string; name: string; kind: StageKind; waitDays: number | null; isNew: boolean }[];
  removed: StoredStage[];
}

function checkNames(wanted: readonly { name: string }[]): void {
  const seen = new Set<string>();
  wanted.forEach((stage, index) => {
    const key = stage.name.trim().toLocaleLowerCase();
    if (seen.has(key)) throw invalidInput([{ path: ['stages', index, 'name'], message: `There is already a stage called "${stage.name}"` }]);
    seen.add(key);
  });
}

/** Works out renames, reorders, additions and removals; the hired stage is kept and always last. */
export function planStages(
  current: readonly StoredStage[],
  wanted: readonly { id?: string | undefined; name: string; waitDays?: number | null | undefined }[],
  newId: () => string,
): StagePlan {
  checkNames(wanted);
  const byId = new Map(current.map((stage) => [stage.id, stage]));
  const used = new Set<string>();
  const order = wanted.map((stage, index) => {
    if (stage.id === undefined) return { id: newId(), name: stage.name, kind: 'active' as StageKind, waitDays: stage.waitDays ?? null, isNew: true };
    const stored = byId.get(stage.id);
    if (!stored || used.has(stage.id)) throw invalidInput([{ path: ['stages', index, 'id'], message: 'This stage is not part of the role' }]);
    used.add(stage.id);
    return { id: stored.id, name: stage.name, kind: stored.kind, waitDays: stage.waitDays === undefined ? stored.wait_days : stage.waitDays, isNew: false };
  });
  const hired = order.filter((stage) => stage.kind === 'hired');
  if (hired.length !== 1 && current.some((stage) => stage.kind === 'hired')) {
    throw invalidInput([{ path: ['stages'], message: 'The hired stage cannot be removed' }]);
  }
  const rest = order.filter((stage) => stage.kind !== 'hired');
  if (rest.length === 0) throw invalidInput([{ path: ['stages'], message: 'Keep at least one stage before Hired' }]);
  return { order: [...rest, ...hired], removed: current.filter((stage) => !used.has(stage.id)) };
}
