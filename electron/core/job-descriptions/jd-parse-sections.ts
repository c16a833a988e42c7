// Builds job-description sections line by line (paragraph joining, wrapped list items) and renders them as stored HTML. Pure, plain Node.
import { DEFAULT_SECTION_HEADINGS, type ParsedSection, type SectionKind } from '../../contract/jd-schemas';
import { escapeHtml } from '../escaping/escape-html';
import type { Line } from './jd-parse-lines';

/** A section being filled; the preamble (text before any heading) is one with `explicit: false`. */
export interface SectionBuilder {
  kind: SectionKind;
  heading: string;
  explicit: boolean;
  paragraphs: string[];
  bullets: string[];
  /** What the last content line was, so the next line can continue it. */
  last: 'paragraph' | 'bullet' | null;
  lastIndent: number;
}

export function newSection(kind: SectionKind, heading: string, explicit: boolean): SectionBuilder {
  return { kind, heading, explicit, paragraphs: [], bullets: [], last: null, lastIndent: 0 };
}

export function isEmptySection(section: SectionBuilder): boolean {
  return section.paragraphs.length === 0 && section.bullets.length === 0;
}

// A list item that stops on a comma or a linking word was cut by the page width, whatever the next line looks like.
const DANGLING = /(?:[,;&/-]|\b(?:and|or|of|the|to|with|in|for|a|an|as|on|at|by|from|including|such as))$/i;

function appendTo(list: string[], text: string): void {
  const lastIndex = list.length - 1;
  list[lastIndex] = `${list[lastIndex] ?? ''} ${text}`.trim();
}

/** True when this line carries on the previous list item instead of starting something new. */
export function continuesBullet(section: SectionBuilder, line: Line, afterBlank: boolean): boolean {
  if (afterBlank || section.last !== 'bullet' || line.bullet || line.hint !== 'none') return false;
  const previous = section.bullets[section.bullets.length - 1] ?? '';
  return line.indent > section.lastIndent || /^\p{Ll}/u.test(line.text) || DANGLING.test(previous);
}

export function addBullet(section: SectionBuilder, text: string, indent: number): void {
  section.bullets.push(text);
  section.last = 'bullet';
  section.lastIndent = indent;
}

export function continueBullet(section: SectionBuilder, text: string): void {
  appendTo(section.bullets, text);
}

/**
 * Adds a line of prose. A line joins the paragraph before it when that paragraph was cut mid-sentence: it does not
 * end a sentence and this line starts in lower case or the previous line was long (soft-wrapped text). Short
 * capitalised lines stay apart: they are usually an unmarked list.
 */
export function addText(section: SectionBuilder, text: string, afterBlank: boolean): void {
  const previous = section.paragraphs[section.paragraphs.length - 1];
  const joins =
    !afterBlank &&
    section.last === 'paragraph' &&
    previous !== undefined &&
    !/[.!?:;]["'”’)]?$/.test(previous) &&
    (/^\p{Ll}/u.test(text) || previous.split(' ').length >= 8);
  if (joins) appendTo(section.paragraphs, text);
  else section.paragraphs.push(text);
  section.last = 'paragraph';
}

// A colon counts: "You will be responsible for the following:" is prose that introduces a list.
const SENTENCE = /[.!?:]["'”’)]?$/;

/** Real prose rather than a stray line: a sentence of some length, or a long run of words. */
export function isProse(paragraphs: readonly string[]): boolean {
  return paragraphs.some((p) => {
    const words = p.split(' ').length;
    return (words >= 6 && SENTENCE.test(p)) || words >= 15;
  });
}

/**
 * The preamble becomes a section only when it holds prose: a short one is a summary, a long one a description.
 * A list with no heading is kept (as "other") rather than lost.
 */
export function preambleSection(preamble: SectionBuilder): ParsedSection | null {
  const prose = isProse(preamble.paragraphs);
  if (!prose && preamble.bullets.length === 0) return null;
  const words = preamble.paragraphs.join(' ').split(' ').length;
  const kind: SectionKind = prose ? (words <= 80 ? 'summary' : 'description') : 'other';
  return {
    kind,
    heading: DEFAULT_SECTION_HEADINGS[kind],
    paragraphs: prose ? [...preamble.paragraphs] : [],
    bullets: [...preamble.bullets],
  };
}

export function finishSection(section: SectionBuilder): ParsedSection {
  return { kind: section.kind, heading: section.heading, paragraphs: section.paragraphs, bullets: section.bullets };
}

/** The stored HTML subset for a parsed section: one <p> per paragraph, then the items as one <ul>; all text escaped. */
export function sectionToHtml(section: ParsedSection): string {
  const paragraphs = section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const items = section.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('');
  return items === '' ? paragraphs : `${paragraphs}<ul>${items}</ul>`;
}
