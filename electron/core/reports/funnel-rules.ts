// Combining pipelines across roles, for the funnel and time in stage. Roles have different stages, so
// stages combine by position: each role's board stages (not its hired stage) counted from its first one
// (the lowest position, as the stages stand today), and every role's hired stage combines as "Hired". A
// row's label names the stage when every role calls it the same, else the position and the names.
// An application "reached" a position when its stage history ever entered that stage or a later one (so a
// card moved back still counts where it got to, and one added straight into a later stage counts as
// having passed the earlier ones); moves into stages since removed are not counted. Pure; runs anywhere.
import { share } from './report-stats-rules';

export interface RoleStages {
  roleId: string;
  /** The board stages in order (position, then id), without the hired stage. */
  stages: readonly { id: string; name: string }[];
}

/** The furthest an application got: a board position (0 = first stage) or the hired stage. */
export type Reached = number | 'hired';

export interface ReachedCount {
  roleId: string;
  reached: Reached;
  applications: number;
}

export interface FunnelRow {
  /** 0-based position, or 'hired'. */
  slot: number | 'hired';
  label: string;
  /** How many roles have a stage at this position. */
  roles: number;
  reached: number;
  /** Of the applications (of roles with this stage) that reached the previous row, the share that reached this one. */
  conversion: number | null;
}

/** The label of combined position `index`: the one name, or "Stage 2 (Screening / Phone call)" (most used first). */
export function slotLabel(index: number, names: readonly string[]): string {
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);
  const distinct = [...uses.keys()].sort((a, b) => (uses.get(b) ?? 0) - (uses.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
  if (distinct.length === 1) return distinct[0] ?? `Stage ${index + 1}`;
  const shown = distinct.slice(0, 3).join(' / ') + (distinct.length > 3 ? ' / …' : '');
  return `Stage ${index + 1} (${shown})`;
}

function reachedAtLeast(reached: Reached, slot: number | 'hired'): boolean {
  if (reached === 'hired') return true;
  return slot !== 'hired' && reached >= slot;
}

/** The funnel rows, first stage to Hired, from each role's stages and the counts of how far applications got. */
export function combineFunnel(roles: readonly RoleStages[], counts: readonly ReachedCount[]): FunnelRow[] {
  const depth = Math.max(0, ...roles.map((r) => r.stages.length));
  const byRole = new Map(roles.map((r) => [r.roleId, r]));
  const countWhere = (keep: (role: RoleStages) => boolean, slot: number | 'hired') =>
    counts.reduce((sum, c) => {
      const role = byRole.get(c.roleId);
      return role && keep(role) && reachedAtLeast(c.reached, slot) ? sum + c.applications : sum;
    }, 0);
  const rows: FunnelRow[] = [];
  for (let slot = 0; slot < depth; slot++) {
    const has = (role: RoleStages) => role.stages.length > slot;
    const names = roles.filter(has).map((r) => r.stages[slot]?.name ?? '');
    const previous = slot === 0 ? null : countWhere(has, slot - 1);
    const reached = countWhere(has, slot);
    rows.push({ slot, label: slotLabel(slot, names), roles: names.length, reached, conversion: previous === null ? null : share(reached, previous) });
  }
  // Into Hired from each role's own last board stage.
  const fromLast = counts.reduce((sum, c) => {
    const role = byRole.get(c.roleId);
    return role && role.stages.length > 0 && reachedAtLeast(c.reached, role.stages.length - 1) ? sum + c.applications : sum;
  }, 0);
  const hired = countWhere(() => true, 'hired');
  rows.push({ slot: 'hired', label: 'Hired', roles: roles.length, reached: hired, conversion: depth === 0 ? null : share(hired, fromLast) });
  return rows;
}

/** The note saying how stages were combined, or null when one pipeline shape covers every role. */
export function combiningNote(roles: readonly RoleStages[]): string | null {
  const shapes = new Set(roles.map((r) => r.stages.map((s) => s.name).join('\u0000')));
  if (roles.length <= 1 || shapes.size <= 1) return null;
  return `These ${roles.length} roles have different stages, so stages were combined by position: each role's first stage with the others' first stages, its second with their second, and so on; every role's hired stage counts as Hired. A role with fewer stages adds nothing to the positions it does not have, and its move into Hired is counted from its own last stage.`;
}
