// Renderer: the words a person sees for section kinds and revision reasons.
import { DEFAULT_SECTION_HEADINGS, type RevisionReason, type SectionKind } from '../../../../electron/contract';

export const SECTION_KIND_LABELS: Record<SectionKind, string> = {
  summary: 'Summary',
  description: 'About the job',
  responsibilities: 'Responsibilities',
  requirements: 'Requirements',
  nice_to_have: 'Nice to have',
  benefits: 'Benefits',
  about: 'About us',
  how_to_apply: 'How to apply',
  other: 'Other',
};

export const REVISION_REASON_LABELS: Record<RevisionReason, string> = {
  manual: 'Saved version',
  opened: 'When the role opened',
  pause: 'After a pause in editing',
  before_restore: 'Before restoring an older version',
  before_import: 'Before an import',
  before_template: 'Before using a template',
};

/** What a section is called on screen: its heading, or its kind's default heading when left blank. */
export function sectionName(section: { heading: string; kind: SectionKind }): string {
  return section.heading.trim() || DEFAULT_SECTION_HEADINGS[section.kind];
}
