// The reports read from the stage history of a cohort (applications made in the range), through the report
// facts kept from it: the funnel, time in each stage, sources compared, rejection reasons, and scorecards
// by interviewer. Composes reports-repo
// (SQL) and the rules; runs inside the handler's read. Runs in plain Node.
import { CANDIDATE_SOURCE_LABELS, type CandidateSource, type ReportCell } from '../../contract';
import type { Db } from '../db/open-database';
import { combineFunnel, combiningNote, slotLabel, type ReachedCount, type RoleStages } from './funnel-rules';
import { displayName, interviewerKey, recommendationValue } from './interviewer-rules';
import type { InstantRange } from './report-range-rules';
import { average, share, spreadOfCounts } from './report-stats-rules';
import { cohortSlotTimes, furthestReached, reasonCounts, reportStages, sourceCounts, submittedScorecards } from './reports-repo';

export type Rows = Record<string, ReportCell>[];
export interface Built {
  rows: Rows;
  notes: string[];
}

/** Each role's board stages in order, without its hired stage, and each role's board position → index. */
export function pipelinesOf(db: Db, roleId: string | null): { roles: RoleStages[]; indexOf: Map<string, Map<number, number>> } {
  const byRole = new Map<string, RoleStages>();
  const indexOf = new Map<string, Map<number, number>>();
  for (const stage of reportStages(db, roleId)) {
    const role = byRole.get(stage.role_id) ?? { roleId: stage.role_id, stages: [] };
    if (stage.kind !== 'hired') {
      const stages = role.stages as { id: string; name: string }[];
      // Stages come in board order; with equal positions the later one (the furthest) wins.
      indexOf.set(stage.role_id, (indexOf.get(stage.role_id) ?? new Map<number, number>()).set(stage.position, stages.length));
      stages.push({ id: stage.id, name: stage.name });
    }
    byRole.set(stage.role_id, role);
  }
  return { roles: [...byRole.values()], indexOf };
}

const REMOVED_NOTE = 'Moves into stages that have since been removed are not counted there; those applications count by the stages they reached that still exist. Stage names are as they are today (a renamed stage keeps its place).';

export function funnelReport(db: Db, roleId: string | null, range: InstantRange): Built {
  const { roles, indexOf } = pipelinesOf(db, roleId);
  const counts: ReachedCount[] = [];
  for (const row of furthestReached(db, roleId, range)) {
    const index = row.position === null ? undefined : indexOf.get(row.role_id)?.get(row.position);
    if (row.hired === 1) counts.push({ roleId: row.role_id, reached: 'hired', applications: row.applications });
    else if (index !== undefined) counts.push({ roleId: row.role_id, reached: index, applications: row.applications });
  }
  const rows = combineFunnel(roles, counts).map((r) => ({ stage: r.label, reached: r.reached, conversion: r.conversion, roles: r.roles }));
  return { rows, notes: [combiningNote(roles), REMOVED_NOTE].filter((n): n is string => n !== null) };
}

export function timeInStageReport(db: Db, roleId: string | null, range: InstantRange, now: Date): Built {
  const { roles } = pipelinesOf(db, roleId);
  const depth = Math.max(0, ...roles.map((r) => r.stages.length));
  // Per combined position (a stage's place on its role's board, stored as board_slot): days (one decimal) →
  // how many applications spent that long there.
  const days = Array.from({ length: depth }, () => new Map<number, number>());
  for (const time of cohortSlotTimes(db, roleId, range, now)) {
    const counts = days[time.slot];
    if (counts) counts.set(time.tenths / 10, (counts.get(time.tenths / 10) ?? 0) + time.applications);
  }
  const rows = days.map((counts, slot) => {
    const names = roles.filter((r) => r.stages.length > slot).map((r) => r.stages[slot]?.name ?? '');
    return { stage: slotLabel(slot, names), ...spreadOfCounts(counts) };
  });
  return { rows, notes: [combiningNote(roles), REMOVED_NOTE].filter((n): n is string => n !== null) };
}

export function sourcesReport(db: Db, roleId: string | null, range: InstantRange): Built {
  const rows = sourceCounts(db, roleId, range).map((r) => ({
    source: CANDIDATE_SOURCE_LABELS[r.source_kind as CandidateSource] ?? r.source_kind,
    applications: r.applications,
    candidates: r.candidates,
    interviews: r.interviews,
    hires: r.hires,
    hireRate: share(r.hires, r.applications),
  }));
  return { rows, notes: [] };
}

export function reasonsReport(db: Db, roleId: string | null, range: InstantRange): Built {
  const counts = reasonCounts(db, roleId, range);
  const totals = { rejected: 0, withdrawn: 0 };
  for (const r of counts) totals[r.status] += r.applications;
  const rows = counts.map((r) => ({
    kind: r.status === 'rejected' ? 'We rejected' : 'They withdrew',
    reason: r.label ?? 'No reason',
    applications: r.applications,
    share: share(r.applications, totals[r.status]),
  }));
  return { rows, notes: [] };
}

export function interviewersReport(db: Db, roleId: string | null, range: InstantRange): Built {
  const groups = new Map<string, { names: string[]; recommendations: number[]; ratingSum: number; ratingCount: number }>();
  for (const card of submittedScorecards(db, roleId, range)) {
    const key = interviewerKey(card.name);
    const group = groups.get(key) ?? { names: [], recommendations: [], ratingSum: 0, ratingCount: 0 };
    group.names.push(card.name);
    const point = recommendationValue(card.recommendation);
    if (point !== null) group.recommendations.push(point);
    group.ratingSum += card.rating_sum;
    group.ratingCount += card.rating_count;
    groups.set(key, group);
  }
  const rows = [...groups.values()]
    .map((g) => ({
      interviewer: displayName(g.names),
      scorecards: g.names.length,
      recommendation: average(g.recommendations),
      criteria: g.ratingCount === 0 ? null : Math.round((g.ratingSum / g.ratingCount) * 100) / 100,
      spellings: [...new Set(g.names.map((n) => n.trim().replace(/\s+/gu, ' ')))].sort().join(', '),
    }))
    .sort((a, b) => (a.interviewer.toLowerCase() < b.interviewer.toLowerCase() ? -1 : 1));
  return { rows, notes: [] };
}
