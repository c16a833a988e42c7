// Renderer: turns the owner's reviewed import (fields as typed, sections as textareas) into jd:import's input.
import type { ParsedJobDescription, RolePatch } from '../../../../electron/contract';
import type { ReviewFields, ReviewSection } from '../../stores/jd-import-store';
import { textLines } from './review-edits';

function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean);
}

function money(value: string): number | null | undefined {
  const t = value.trim().replace(/[,\s]/g, '');
  if (t === '') return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

export function reviewToParsed(title: string, detected: Record<string, string>, sections: ReviewSection[]): ParsedJobDescription {
  return {
    title: title.trim() || null,
    fields: detected,
    sections: sections.map((s) => ({ kind: s.kind, heading: s.heading.trim() || 'Untitled section', paragraphs: paragraphs(s.paragraphs), bullets: textLines(s.bullets) })),
  };
}

/** Only what the owner filled in; empty inputs leave the role's defaults alone. */
export function reviewToRoleFields(f: ReviewFields): RolePatch {
  const patch: RolePatch = {};
  if (f.title.trim()) patch.title = f.title.trim();
  const min = money(f.salaryMin);
  const max = money(f.salaryMax);
  if (min !== undefined) patch.salaryMin = min;
  if (max !== undefined) patch.salaryMax = max;
  if (/^[A-Za-z]{3}$/.test(f.salaryCurrency.trim())) patch.salaryCurrency = f.salaryCurrency.trim().toUpperCase();
  if (f.salaryPeriod) patch.salaryPeriod = f.salaryPeriod;
  if (f.employmentType) patch.employmentType = f.employmentType;
  if (f.workplace) patch.workplace = f.workplace;
  const location = { city: f.city.trim(), region: f.region.trim(), country: f.country.trim() };
  if (location.city || location.region || location.country) patch.location = location;
  return patch;
}

/** A message for a salary typed as something other than a number, else null. */
export function salaryProblem(value: string): string | null {
  const t = value.trim().replace(/[,\s]/g, '');
  return t === '' || Number.isFinite(Number(t)) ? null : 'Enter a number, like 45000';
}
