// Renderer, pure: the import review's two corrections of structure, one for each way the reader most often gets a
// real posting wrong: a line taken for a heading that is none (merge that section into the one above) and a heading
// missed inside a section (split the section at that line). Each returns a new list and keeps every line of text.
import type { SectionKind } from '../../../../electron/contract';

/** One section as the review holds it while the owner corrects it (the import store's sections). */
export interface ReviewSection {
  key: string;
  kind: SectionKind;
  heading: string;
  /** Paragraphs separated by a blank line. */
  paragraphs: string;
  /** One bullet per line. */
  bullets: string;
}

/** One line of a section as the review shows it: a paragraph or a bullet, by its place in its list. */
export interface SectionLine {
  list: 'paragraphs' | 'bullets';
  index: number;
  text: string;
}

const paragraphsOf = (s: ReviewSection): string[] =>
  s.paragraphs
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** A textarea's lines, trimmed, blank ones left out: how the review reads its bullets. */
export function textLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
}

const bulletsOf = (s: ReviewSection): string[] => textLines(s.bullets);

/** Every line of a section, paragraphs first (as the review and the saved description order them), then bullets. */
export function sectionLines(section: ReviewSection): SectionLine[] {
  return [
    ...paragraphsOf(section).map((text, index) => ({ list: 'paragraphs' as const, index, text })),
    ...bulletsOf(section).map((text, index) => ({ list: 'bullets' as const, index, text })),
  ];
}

/**
 * The section `key` joined to the one above it: its heading becomes a line there (a bullet when that section has
 * bullets, as a list item mistaken for a heading is; a paragraph otherwise), then its paragraphs and bullets follow
 * that section's own. Null for the first section, which has none above it.
 */
export function mergeIntoAbove(sections: readonly ReviewSection[], key: string): ReviewSection[] | null {
  const at = sections.findIndex((s) => s.key === key);
  const above = sections[at - 1];
  const here = sections[at];
  if (at < 1 || !above || !here) return null;
  const heading = here.heading.trim();
  const toBullets = heading !== '' && bulletsOf(above).length > 0;
  const paragraphs = [...paragraphsOf(above), ...(heading !== '' && !toBullets ? [heading] : []), ...paragraphsOf(here)];
  const bullets = [...bulletsOf(above), ...(toBullets ? [heading] : []), ...bulletsOf(here)];
  const merged: ReviewSection = { ...above, paragraphs: paragraphs.join('\n\n'), bullets: bullets.join('\n') };
  return [...sections.slice(0, at - 1), merged, ...sections.slice(at + 1)];
}

/**
 * The section `key` split at one of its lines, which becomes the heading of a new section of `kind` right after it.
 * At a bullet: the bullets below it move. At a paragraph: the paragraphs below it and all the bullets move (bullets
 * come after paragraphs in a section). Null when the section or the line is not there.
 */
export function splitAt(
  sections: readonly ReviewSection[],
  key: string,
  line: Pick<SectionLine, 'list' | 'index'>,
  kind: SectionKind,
  newKey: string,
): ReviewSection[] | null {
  const at = sections.findIndex((s) => s.key === key);
  const here = sections[at];
  if (!here) return null;
  const paragraphs = paragraphsOf(here);
  const bullets = bulletsOf(here);
  const list = line.list === 'paragraphs' ? paragraphs : bullets;
  const heading = list[line.index];
  if (heading === undefined) return null;
  const kept: ReviewSection =
    line.list === 'bullets'
      ? { ...here, bullets: bullets.slice(0, line.index).join('\n') }
      : { ...here, paragraphs: paragraphs.slice(0, line.index).join('\n\n'), bullets: '' };
  const moved: ReviewSection =
    line.list === 'bullets'
      ? { key: newKey, kind, heading, paragraphs: '', bullets: bullets.slice(line.index + 1).join('\n') }
      : { key: newKey, kind, heading, paragraphs: paragraphs.slice(line.index + 1).join('\n\n'), bullets: bullets.join('\n') };
  return [...sections.slice(0, at), kept, moved, ...sections.slice(at + 1)];
}

const same = (a: ReviewSection, b: ReviewSection): boolean =>
  a.key === b.key && a.kind === b.kind && a.heading === b.heading && a.paragraphs === b.paragraphs && a.bullets === b.bullets;

/**
 * Undoes a merge or a split: the sections `made` (side by side, as the move left them) give way to `original`.
 * Null when the owner has changed any of them since (typed in one, left one out), so an Undo never takes back
 * what was written after the move; the rest of the review is kept as it is now.
 */
export function undoMove(sections: readonly ReviewSection[], made: readonly ReviewSection[], original: readonly ReviewSection[]): ReviewSection[] | null {
  const at = sections.findIndex((s) => s.key === made[0]?.key);
  if (at < 0 || !made.every((m, k) => sections[at + k] !== undefined && same(sections[at + k] as ReviewSection, m))) return null;
  return [...sections.slice(0, at), ...original, ...sections.slice(at + made.length)];
}

/** Puts a section that was left out back at its place (or at the end, when fewer sections are left now). */
export function putBack(sections: readonly ReviewSection[], section: ReviewSection, index: number): ReviewSection[] {
  const at = Math.min(index, sections.length);
  return [...sections.slice(0, at), section, ...sections.slice(at)];
}
