// Pure rules for job descriptions: cleaning sections, plain text and word counts, when to keep a
// revision, and the word diff between two descriptions. Runs anywhere (no I/O); tested in tests/unit.
import type * as Diff from 'diff';
import { DEFAULT_SECTION_HEADINGS, MAX_SECTIONS, type DiffPart, type RevisionComparison, type SectionKind } from '../../contract';
import { htmlToPlainBlocks, tokenizeWords } from '../job-descriptions/jd-check-text';
import { escapeHtml } from '../escaping/escape-html';
import { sanitizeSectionHtml } from './descriptions-sanitize';
import { lazyRequire } from '../lazy-require';

/** diff, loaded on the first comparison of two revisions (lazy-require.ts). */
const diff = lazyRequire<typeof Diff>('diff');

export { sanitizeSectionHtml } from './descriptions-sanitize';

/** What a section says, without its identity: what revisions store and comparisons look at. */
export interface SectionContent {
  kind: SectionKind;
  heading: string;
  html: string;
}

/** Longest stored heading (the contract's limit; the table checks it too). */
export const MAX_HEADING = 200;

/**
 * How long editing must rest before the next save keeps the state before it as a revision. Autosave
 * fires ~500 ms after each burst of typing; a ten-minute gap means the owner came back to it, so what
 * was there before is a point worth returning to, while continuous typing keeps no revisions at all.
 */
export const PAUSE_MS = 10 * 60 * 1000;

/**
 * A section as stored: heading trimmed, within limits and never empty (the kind's default heading
 * stands in), HTML reduced to the allowed subset.
 */
export function cleanSection<T extends SectionContent>(section: T): T {
  const heading = section.heading.replace(/\s+/g, ' ').trim().slice(0, MAX_HEADING).trim();
  return { ...section, heading: heading || DEFAULT_SECTION_HEADINGS[section.kind], html: sanitizeSectionHtml(section.html) };
}

export function sameContent(a: readonly SectionContent[], b: readonly SectionContent[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((s, i) => {
    const t = b[i];
    return t !== undefined && s.kind === t.kind && s.heading === t.heading && s.html === t.html;
  });
}

/** A section's visible text: its paragraphs and list items, one per line. */
export function sectionPlainText(html: string): string {
  return htmlToPlainBlocks(html).text;
}

/** Words of a piece of plain text, counted as the quality coach counts them. */
export function countWords(text: string): number {
  return tokenizeWords(text).length;
}

/** Words in the section bodies (headings excluded), matching the coach's word count. */
export function descriptionWordCount(sections: readonly SectionContent[]): number {
  return sections.reduce((sum, s) => sum + countWords(sectionPlainText(s.html)), 0);
}

/** The whole description as plain text, headings included: what comparisons diff. */
export function descriptionPlainText(sections: readonly SectionContent[]): string {
  return sections
    .map((s) => {
      const body = sectionPlainText(s.html);
      return body === '' ? s.heading : `${s.heading}\n${body}`;
    })
    .join('\n\n');
}

export interface SaveTiming {
  /** When the description was last saved (null: never). */
  lastSavedAt: string | null;
  now: Date;
  /** Whether the role has any revision at all. */
  hasRevision: boolean;
}

/**
 * The pause rule, decided when a save arrives that changes something: keep the state BEFORE this save
 * as a 'pause' revision when the previous save was more than PAUSE_MS ago (the owner is back after a
 * break), or when the role has no revision yet (the first edit of an imported or templated description
 * keeps its starting point). An empty description is never worth keeping.
 */
export function keepPauseRevision(current: readonly SectionContent[], timing: SaveTiming): boolean {
  if (current.length === 0) return false;
  if (!timing.hasRevision) return true;
  if (timing.lastSavedAt === null) return true;
  return timing.now.getTime() - Date.parse(timing.lastSavedAt) > PAUSE_MS;
}

/** Automatic revision points skip a snapshot identical to the latest one: history lists changes, not saves. */
export function isNewSnapshot(current: readonly SectionContent[], latest: readonly SectionContent[] | null): boolean {
  return latest === null || !sameContent(current, latest);
}

/**
 * Fits an imported description within MAX_SECTIONS: sections past the limit are folded into the last one
 * kept, each heading becoming a bold paragraph, so a long document loses no text and still saves.
 */
export function foldExtraSections(sections: readonly SectionContent[]): SectionContent[] {
  if (sections.length <= MAX_SECTIONS) return [...sections];
  const kept = sections.slice(0, MAX_SECTIONS - 1);
  const rest = sections.slice(MAX_SECTIONS - 1);
  const first = rest[0] as SectionContent;
  const folded = rest
    .map((s, i) => (i === 0 ? s.html : `<p><strong>${escapeHtml(s.heading)}</strong></p>${s.html}`))
    .join('');
  return [...kept, { kind: first.kind, heading: first.heading, html: folded }];
}

/** Word diff of two descriptions' plain text, with the number of words added and removed. */
export function compareDescriptions(from: readonly SectionContent[], to: readonly SectionContent[]): RevisionComparison {
  const changes = diff().diffWords(descriptionPlainText(from), descriptionPlainText(to));
  const parts: DiffPart[] = [];
  let added = 0;
  let removed = 0;
  for (const change of changes) {
    const op: DiffPart['op'] = change.added ? 'added' : change.removed ? 'removed' : 'equal';
    if (op === 'added') added += countWords(change.value);
    if (op === 'removed') removed += countWords(change.value);
    const last = parts.at(-1);
    // jsdiff can return neighbouring runs of the same kind; one run per kind reads better in the UI.
    if (last && last.op === op) last.text += change.value;
    else parts.push({ op, text: change.value });
  }
  return { parts, added, removed };
}

const BLURB_MAX = 160;

/** One line for a template card: the first sentence of the first section with text, shortened. */
export function templateBlurb(sections: readonly SectionContent[], title: string): string {
  for (const s of sections) {
    const text = sectionPlainText(s.html).split('\n')[0]?.trim() ?? '';
    if (text === '') continue;
    const sentence = /^.*?[.!?](?=\s|$)/.exec(text)?.[0] ?? text;
    return sentence.length <= BLURB_MAX ? sentence : `${sentence.slice(0, BLURB_MAX - 1).trimEnd()}…`;
  }
  return `Your template, saved from the role “${title}”.`;
}
