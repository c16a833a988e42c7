// Renderer: the words a person sees for the coach's categories, severities and the role fields it points to.
import type { FindingCategory, FindingField, FindingSeverity } from '../../../../electron/contract';
import { ROLE_FIELD_LABELS } from '../roles/role-field-labels';

export const CATEGORY_LABELS: Record<FindingCategory, string> = {
  length: 'Length',
  readability: 'Readability',
  'inclusive-language': 'Inclusive language',
  salary: 'Pay',
  requirements: 'Requirements',
  essentials: 'Essentials',
  cliche: 'Clichés',
  jargon: 'Jargon and acronyms',
};

export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  high: 'Important',
  medium: 'Worth fixing',
  low: 'Minor',
};

/** The role form's label for each field a finding can point to (the form focuses the field by label). */
export const FIELD_LABELS: Record<FindingField, string> = ROLE_FIELD_LABELS;

export function scoreWord(score: number): string {
  if (score >= 85) return 'Great';
  if (score >= 70) return 'Good';
  if (score >= 50) return 'Needs work';
  return 'Weak';
}

/** Flesch reading ease in words: 60–70 is plain English. */
export function easeWord(ease: number): string {
  if (ease >= 70) return 'easy';
  if (ease >= 60) return 'plain';
  if (ease >= 50) return 'fairly hard';
  return 'hard';
}
