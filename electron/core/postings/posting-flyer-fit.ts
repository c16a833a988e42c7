// What goes on the one-page flyer and at which type size. Every text is kept whole: the body steps its type
// down from FLYER_SIZES_PT[0] to the readable minimum, and only when even that is too big does it leave
// out whole bullets and whole sentences (never half of one), which the notice names. Heights are
// estimated in millimetres from the flyer CSS (posting-css.ts) and the font widths (posting-measure.ts);
// tests/ipc/postings-flyer-fit.test.ts checks the estimate against Chromium. Pure; runs anywhere.
import type { PaperSize } from '../../contract';
import { PAGE_MARGINS_MM, PAPER_MM } from './pdf-printer';
import { PT_MM, lineCount, textWidthMm, type Face } from './posting-measure';

/** Body type sizes in points, largest first; the last is the smallest the flyer prints body text at. */
export const FLYER_SIZES_PT = [16, 15, 14, 13, 12, 11.5, 11] as const;
export type FlyerSize = (typeof FLYER_SIZES_PT)[number];

/** Title sizes (pt) by class, chosen by the title's length. */
export const TITLE_PT = { 't-xl': 50, 't-l': 40, 't-m': 31, 't-s': 24 } as const;
export type TitleClass = keyof typeof TITLE_PT;

export function titleClass(title: string): TitleClass {
  const length = [...title].length;
  return length <= 26 ? 't-xl' : length <= 46 ? 't-l' : length <= 80 ? 't-m' : 't-s';
}

/** The flyer's box: the printable area, less 1 mm so Chromium's rounding never pushes it onto page two. */
export function flyerBoxMm(paper: PaperSize): { width: number; height: number } {
  const { width, height } = PAPER_MM[paper];
  const m = PAGE_MARGINS_MM;
  return { width: width - m.left - m.right, height: height - m.top - m.bottom - 1 };
}

/** Room kept free below the estimate, for what a width table cannot know (kerning, a font fallback). */
const SAFETY_MM = 3;

/** Line height of text at `pt` with CSS line-height `lh`, in mm. */
const line = (pt: number, lh: number): number => pt * lh * PT_MM;

function lines(text: string, widthMm: number, pt: number, face: Face = 'sans', tracking = 0): number {
  // Letter-spacing adds `tracking` em to every character: measured as a narrower line.
  const chars = [...text].length;
  const extra = chars > 0 ? (tracking * pt * PT_MM * chars) / Math.max(1, textWidthMm(text, pt, face)) : 0;
  return text.split('\n').reduce((sum, part) => sum + lineCount(part, widthMm / (1 + extra), pt, face), 0);
}

/** Five key facts take three columns (two rows), fewer take two. */
export function factColumns(count: number): 2 | 3 {
  return count >= 5 ? 3 : 2;
}

/** The parts around the body, as the flyer prints them. */
export interface FlyerFrame {
  paper: PaperSize;
  hasLogo: boolean;
  companyName: string;
  hiringLine: string;
  title: string;
  facts: readonly string[];
  /** The apply panel's paragraphs (instructions kept, or the "Ask us" line) and its link texts. */
  applyParagraphs: readonly string[];
  applyWays: readonly string[];
  moreLine: string;
}

/** The height (mm) the flyer leaves for its body, with or without the "More about this job" line. */
export function bodyRoomMm(frame: FlyerFrame, withMore: boolean): number {
  const { width, height } = flyerBoxMm(frame.paper);
  let used = 0;
  if (frame.hasLogo || frame.companyName !== '') {
    const nameWidth = width - (frame.hasLogo ? 54 : 0);
    const name = frame.companyName === '' ? 0 : lines(frame.companyName.toUpperCase(), nameWidth, 11, 'sans-bold', 0.1) * line(11, 1.55);
    used += Math.max(frame.hasLogo ? 16 : 0, name) + 6;
  }
  used += lines(frame.hiringLine.toUpperCase(), width, 10, 'sans-bold', 0.16) * line(10, 1.55) + 3;
  const titlePt = TITLE_PT[titleClass(frame.title)];
  // The title is tracked in by 0.018 em.
  used += lines(frame.title, width, titlePt, 'serif-bold', -0.018) * line(titlePt, 1.04) + 5;
  if (frame.facts.length > 0) {
    const columns = factColumns(frame.facts.length);
    const [columnWidth, ddPt] = columns === 3 ? [(width - 12) / 3, 13] : [(width - 8) / 2, 14];
    const rows = Math.ceil(frame.facts.length / columns);
    for (let i = 0; i < frame.facts.length; i += columns) {
      const tallest = Math.max(...frame.facts.slice(i, i + columns).map((f) => lines(f, columnWidth, ddPt, 'sans-bold')));
      used += line(8, 1.55) + 1 + tallest * line(ddPt, 1.3);
    }
    used += 3.5 * (rows - 1) + 8 + 0.92 + 5;
  }
  if (withMore) used += 2 + lines(frame.moreLine, width, 10) * line(10, 1.55);
  const inner = width - 16;
  let panel = 5 + 6 + 4.5 + line(18, 1.2) + 2.5;
  for (const para of frame.applyParagraphs) panel += lines(para, inner, 11.5) * line(11.5, 1.55) + 2.5;
  for (const way of frame.applyWays) panel += line(7.5, 1.55) + 0.4 + lines(way, inner, 15, 'sans-bold') * line(15, 1.55) + 2.5;
  return height - used - panel;
}

/** A bulleted list the flyer may show: its heading and its items, each kept whole. */
export interface FlyerList {
  heading: string;
  items: readonly string[];
}

/** What the body may hold: the introduction's sentences and the lists, in print order. */
export interface FlyerContent {
  sentences: readonly string[];
  lists: readonly FlyerList[];
}

/** How much of each part goes in: a count of leading sentences, and of leading items per list. */
export interface FlyerChoice {
  sentences: number;
  items: number[];
}

/** The body's height in mm at `pt`: the introduction paragraph, then each list with a heading. */
export function bodyHeightMm(content: FlyerContent, choice: FlyerChoice, pt: number, widthMm: number): number {
  const k = pt / 12;
  const text = line(pt, 1.5);
  let height = 0;
  let lastMargin = 0;
  if (choice.sentences > 0) {
    lastMargin = 5 * k;
    height += lines(content.sentences.slice(0, choice.sentences).join(' '), widthMm, pt) * text + lastMargin;
  }
  content.lists.forEach((list, i) => {
    const count = choice.items[i] ?? 0;
    if (count === 0) return;
    const headingPt = 15 * k;
    height += lines(list.heading, widthMm, headingPt, 'serif') * line(headingPt, 1.2) + 2.5 * k;
    for (const item of list.items.slice(0, count)) height += lines(item, widthMm - 5.5, pt) * text;
    lastMargin = 6 * k;
    height += (count - 1) * 1.8 * k + lastMargin;
  });
  return height - lastMargin;
}

export interface FlyerFit {
  choice: FlyerChoice;
  size: FlyerSize;
}

function fitsAt(content: FlyerContent, choice: FlyerChoice, pt: number, widthMm: number, roomMm: number): boolean {
  return bodyHeightMm(content, choice, pt, widthMm) <= roomMm - SAFETY_MM;
}

function largestSize(content: FlyerContent, choice: FlyerChoice, widthMm: number, roomMm: number): FlyerSize | null {
  return FLYER_SIZES_PT.find((pt) => fitsAt(content, choice, pt, widthMm, roomMm)) ?? null;
}

/**
 * The order whole pieces are tried in when not everything fits: the first sentence, then the lists a round
 * at a time (a duty, a requirement, a benefit, …), the rest of the introduction after two rounds. A list
 * that could not take its next item takes no later one, so every list shows its first items in order.
 */
function priority(content: FlyerContent): { part: 'sentence' | number }[] {
  const order: { part: 'sentence' | number }[] = [];
  if (content.sentences.length > 0) order.push({ part: 'sentence' });
  const longest = Math.max(0, ...content.lists.map((l) => l.items.length));
  for (let round = 0; round < longest; round += 1) {
    if (round === 2) content.sentences.slice(1).forEach(() => order.push({ part: 'sentence' }));
    content.lists.forEach((list, i) => (round < list.items.length ? order.push({ part: i }) : undefined));
  }
  if (longest <= 2) content.sentences.slice(1).forEach(() => order.push({ part: 'sentence' }));
  return order;
}

/**
 * Everything at the largest size that fits; else, at the smallest size, as many whole pieces as fit (in
 * `priority` order), then the largest size that holds them. `room` gives the body's height (mm) for the
 * choice: it is less when the "More about this job" line has to show.
 */
export function fitFlyer(content: FlyerContent, widthMm: number, room: (complete: boolean) => number): FlyerFit {
  const all: FlyerChoice = { sentences: content.sentences.length, items: content.lists.map((l) => l.items.length) };
  const fullRoom = room(true);
  const size = largestSize(content, all, widthMm, fullRoom);
  if (size !== null) return { choice: all, size };
  const roomMm = room(false);
  const smallest = FLYER_SIZES_PT[FLYER_SIZES_PT.length - 1] as FlyerSize;
  const choice: FlyerChoice = { sentences: 0, items: content.lists.map(() => 0) };
  const closed = new Set<'sentence' | number>();
  for (const { part } of priority(content)) {
    if (closed.has(part)) continue;
    const next: FlyerChoice = part === 'sentence' ? { ...choice, sentences: choice.sentences + 1 } : { ...choice, items: choice.items.map((n, i) => (i === part ? n + 1 : n)) };
    if (fitsAt(content, next, smallest, widthMm, roomMm)) Object.assign(choice, next);
    else closed.add(part);
  }
  return { choice, size: largestSize(content, choice, widthMm, roomMm) ?? smallest };
}

/** Splits a paragraph into sentences (a full stop, question or exclamation mark, then a capital or digit). */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?…]["”’)]?)\s+(?=["“‘(]?[\p{Lu}\p{N}])/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
