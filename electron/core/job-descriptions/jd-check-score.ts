// The quality coach's overall 0–100 score and its ordering of findings and top fixes. Pure; runs in core.
import { type Finding, type FindingSeverity } from '../../contract/jd-check-schemas';

const SEVERITY_RANK: Record<FindingSeverity, number> = { high: 0, medium: 1, low: 2 };

/**
 * 100 minus the findings' weights, floored at 0. Weights are chosen so that one high finding costs
 * 10–15 points, a medium 6–9 and a low 0–3: a posting with no salary and no way to apply lands near 75,
 * and a complete, readable one with a stray cliché stays above 90.
 */
export function overallScore(findings: readonly Finding[]): number {
  const lost = findings.reduce((sum, f) => sum + f.weight, 0);
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}

/** Most severe first, then the costliest; ties keep the order the checks produced (Array.sort is stable). */
export function orderFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || b.weight - a.weight);
}

/** The three findings that would gain the most points, largest first; information-only findings never qualify. */
export function topFixes(findings: readonly Finding[], count = 3): Finding[] {
  return findings
    .filter((f) => f.weight > 0)
    .sort((a, b) => b.weight - a.weight || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity])
    .slice(0, count);
}
