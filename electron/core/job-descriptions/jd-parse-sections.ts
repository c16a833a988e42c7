// Builds job-description sections line by line (paragraph joining, wrapped list items) and renders them as stored HTML. Pure, plain Node.
import { DEFAULT_SECTION_HEADINGS, type ParsedSection, type SectionKind } from '../../contract/jd-schemas';
import { escapeHtml } from '../escaping/escape-html';
import { isSiteMenu } from './jd-parse-furniture';
import { isLeadIn } from './jd-parse-headings';
import type { Line } from './jd-parse-lines';

/** A section being filled; the preamble (text before any heading) is one with `explicit: false`. */
export interface SectionBuilder {
  kind: SectionKind;
  heading: string;
  /** The heading as written, its colon kept ("The Duties and Responsibilities are:"), when it differs. */
  written?: string;
  explicit: boolean;
  paragraphs: string[];
  /** Per paragraph: how it was written, so finishing can tell a list without markers from wrapped prose. */
  shapes: ParagraphShape[];
  bullets: string[];
  /** What the last content line was, so the next line can continue it. */
  last: 'paragraph' | 'bullet' | null;
  lastIndent: number;
  /** Each item's indent, so an item with items under it ("Personal care including:" over "Bathing") stays one. */
  bulletIndents: number[];
  /** A run-in paragraph's section ("1. Nature of Work : Performs …"): its lines are that paragraph's prose, never items. */
  prose?: boolean;
  /** Opened by a run-in label with its text on the same line ("Education: High school diploma."). */
  runIn?: boolean;
  /** How many of the posting's fields were read under this heading. */
  fields?: number;
  /** Opened by a label over an address ("Employer" / "3 Crescent Road" / "Florham Park, NJ 07932"): its lines stay lines. */
  address?: boolean;
}

/**
 * A job board's details card under a heading ("Overview" over "Salary" / "$19.42 per hour" / "Location" / …): more
 * fields were read under it than lines of content were left, five at least. Its fields stay; the heading and the
 * card's leftover labels are not a section.
 */
export function isDetailsCard(section: SectionBuilder): boolean {
  const fields = section.fields ?? 0;
  return section.explicit && fields >= 5 && fields > section.bullets.length + section.paragraphs.length;
}

/** A paragraph's first line came after a blank line; it took more lines; it may be the tail of the one before. */
export interface ParagraphShape {
  apart: boolean;
  lines: number;
  /** A capitalised line after a long unpunctuated one: wrapped prose, or the next item of a list without markers. */
  maybeWrapped: boolean;
  /** How long its last line is: a short one was ended by its writer, not by the page width. */
  lastLine?: number;
}

export function newSection(kind: SectionKind, heading: string, explicit: boolean): SectionBuilder {
  return { kind, heading, explicit, paragraphs: [], shapes: [], bullets: [], last: null, lastIndent: 0, bulletIndents: [] };
}

export function isEmptySection(section: SectionBuilder): boolean {
  return section.paragraphs.length === 0 && section.bullets.length === 0;
}

// A list item that stops on a comma or a linking word was cut by the page width, whatever the next line looks like.
export const DANGLING = /(?:[,;&/-]|\b(?:and|or|of|the|to|with|in|for|a|an|as|on|at|by|from|including|such as))$/i;

function appendTo(list: string[], text: string): void {
  const lastIndex = list.length - 1;
  list[lastIndex] = `${list[lastIndex] ?? ''} ${text}`.trim();
}

/** True when this line carries on the previous list item instead of starting something new. */
export function continuesBullet(section: SectionBuilder, line: Line, afterBlank: boolean): boolean {
  if (afterBlank || section.last !== 'bullet' || line.bullet || line.hint !== 'none') return false;
  const previous = section.bullets[section.bullets.length - 1] ?? '';
  return line.indent > section.lastIndent || /^\p{Ll}/u.test(line.text) || DANGLING.test(previous) || isCutItem(previous, line.text);
}

/**
 * A long item that stops without punctuation, then a line with no marker that ends a sentence: a PDF copy cut the
 * item at the page width ("… in compliance with Dental" / "Department directives and protocols."). Not a line that
 * could be a heading: short, ending in a colon, or all in capitals.
 */
function isCutItem(previous: string, text: string): boolean {
  if (previous.split(' ').length < 8 || /[.!?:;,)"”’]$/.test(previous)) return false;
  // "… using the point of sale" / "System, double checking orders": the first word ends the cut clause.
  if (/^\p{Lu}\p{L}*,\s+\p{Ll}/u.test(text)) return true;
  if (/[:：]$/.test(text) || !/[.!?]["'”’)]?$/.test(text) || text.split(' ').length < 3) return false;
  return /\p{Ll}/u.test(text.replace(/^\P{L}*\p{L}/u, ''));
}

/**
 * "processing payroll" right above "• paying invoices": the list's first item lost its marker when it was copied.
 * A line in lower case that is the section's only text so far and runs straight into items in lower case is one of
 * them; a lead-in starts a sentence in capitals or ends in a colon.
 */
export function adoptUnmarkedFirstItem(section: SectionBuilder, item: string, afterBlank: boolean): void {
  const text = section.paragraphs[0] ?? '';
  if (afterBlank || section.last !== 'paragraph' || section.bullets.length > 0 || section.paragraphs.length !== 1) return;
  if (section.shapes[0]?.lines !== 1 || !/^\p{Ll}/u.test(text) || !/^\p{Ll}/u.test(item) || /[:：]$/.test(text)) return;
  section.paragraphs.pop();
  section.shapes.pop();
  addBullet(section, text, 0);
}

export function addBullet(section: SectionBuilder, text: string, indent: number): void {
  section.bullets.push(text);
  section.bulletIndents.push(indent);
  section.last = 'bullet';
  section.lastIndent = indent;
}

export function continueBullet(section: SectionBuilder, text: string): void {
  appendTo(section.bullets, text);
}

/**
 * Adds a line of prose. A line joins the paragraph before it when that paragraph was cut mid-sentence: this line
 * starts in lower case or the previous one ends on a comma or a linking word. A capitalised line after a long
 * unpunctuated one may be soft-wrapped prose or the next item of a list without markers: finishSection decides.
 */
export function addText(section: SectionBuilder, text: string, afterBlank: boolean): void {
  const previous = section.paragraphs[section.paragraphs.length - 1];
  const open = !afterBlank && section.last === 'paragraph' && previous !== undefined && !/[.!?:;]["'”’)]?$/.test(previous);
  const shape = section.shapes[section.shapes.length - 1];
  // A line in lower case carries on the one before only when that one was cut by the page width (long) or mid-phrase:
  // "cooking breakfast and lunch orders" over "prepping vegetables and meats" are two items of a list in lower case.
  const wrapped = (shape?.lastLine ?? previous?.length ?? 0) >= 40;
  if (open && shape && ((/^[\p{Ll}(]/u.test(text) && wrapped) || DANGLING.test(previous))) {
    appendTo(section.paragraphs, text);
    shape.lines += 1;
    shape.lastLine = text.length;
  } else {
    section.paragraphs.push(text);
    // Soft wrapping cuts lines near the page width; a short unpunctuated line was ended by its writer.
    section.shapes.push({ apart: afterBlank || section.last !== 'paragraph', lines: 1, maybeWrapped: open && previous.length >= 60, lastLine: text.length });
  }
  section.last = 'paragraph';
}

// "The Line Cook is exposed to heat …" is prose about the role; "The ability to lift 50 lb" is an item.
const PROSE_OPENER = /^(the(?! (ability|capacity|willingness|skill)\b)|this|these|those|we|our|you|your|it|its|they|their|he|she|i)\b/i;

const wordCount = (text: string): number => text.split(' ').length;

/** "Cleans the chairs. Restocks supplies.": a sentence's end, then another sentence, inside one paragraph. */
const severalSentences = (text: string): boolean => /[.!?]\s+\p{Lu}/u.test(text);

/**
 * One sentence cut at the page width (a PDF or e-mail copy): every line but the last stops without punctuation,
 * a line that was cut is long, and only the last line ends the sentence. Not a list without markers.
 */
function isWrappedSentence(run: readonly string[]): boolean {
  if (run.length < 2) return false;
  // "Must be able to communicate with the cooks" / "Must be capable of heavy lifting" / … / "Must dress to standards.":
  // three lines or more each starting in capitals, of different widths, are lines of their own; a page's width cuts
  // a sentence anywhere, so its lines start in lower case too.
  if (run.length >= 3 && run.slice(1).every((p) => /^\p{Lu}/u.test(p)) && !isOneWidth(run)) return false;
  const head = run.slice(0, -1);
  const last = run[run.length - 1] ?? '';
  return head.every((p) => !/[.!?:;]["'”’)]?$/.test(p)) && /[.!?]["'”’)]?$/.test(last) && head.some((p) => p.length >= 60);
}

/**
 * Three lines or more that each end in a semicolon, the last in a full stop or a semicolon: the items of a class
 * specification's list ("Empties trash cans in downtown areas;" / "Operates jackhammer;"), each one item even when
 * the page width wrapped it onto a second line.
 */
function isSemicolonList(run: readonly string[]): boolean {
  if (run.length < 3 || !/[.;]["'”’)]?$/.test(run[run.length - 1] ?? '')) return false;
  return run.slice(0, -1).every((p) => /;$/.test(p) && !severalSentences(p));
}

/**
 * Three lines or more, most opening on a verb of the third person ("Assists a departmental administrator …",
 * "Maintains some or all of a department budget …"): a class specification's duties, one a line, each an item
 * however long, even when one runs to two sentences.
 */
function isDutiesOneALine(run: readonly string[], shapes: readonly ParagraphShape[]): boolean {
  if (run.length < 3 || shapes.some((s) => s.lines > 1) || isOneWidth(run)) return false;
  const verbs = run.filter((p) => /^\p{Lu}\p{Ll}{2,}(?<!ss)s\s+\p{Ll}/u.test(p)).length;
  return verbs * 5 >= run.length * 3 && Math.max(...run.map(wordCount)) <= 90;
}

/** One line each, short, not written as sentences about "the role" or "we": the items of a list without markers. */
function looksLikeItems(run: readonly string[], shapes: readonly ParagraphShape[]): boolean {
  if (isSemicolonList(run) || isDutiesOneALine(run, shapes)) return true;
  // "Act with integrity … mission. Display and model behaviors …" over "Make the dishes sparkle! As assigned, wash …":
  // lines that each hold several sentences are paragraphs, one under another, not a list's items.
  if (run.every(severalSentences)) return false;
  // Lines each standing apart (a blank line between them) were not cut by wrapping.
  const spaced = shapes.slice(1).every((s) => s.apart);
  if (run.length < 2 || shapes.some((s) => s.lines > 1) || (!spaced && isWrappedSentence(run))) return false;
  const counts = run.map(wordCount);
  // Two lines are a list only when written alike, ending the same way or of like length: "High school diploma or
  // general education degree (GED) preferred." over "Terrie Woodward" (a sentence, then a signature) are not.
  const ends = run.map((p) => /[.!?]["'”’)]?$/.test(p));
  if (run.length === 2 && ends[0] !== ends[1] && Math.min(...counts) * 3 < Math.max(...counts)) return false;
  const average = counts.reduce((a, b) => a + b, 0) / counts.length;
  const openers = run.filter((p) => PROSE_OPENER.test(p)).length;
  return Math.max(...counts) <= 60 && average <= 30 && openers * 2 < run.length;
}

/**
 * Lines written one under another (no blank line, no marker) in a section are its items when they look like items;
 * a first line ending in a colon is their lead-in and stays a paragraph. Otherwise soft-wrapped lines are joined.
 */
export const LIST_KINDS: ReadonlySet<SectionKind> = new Set(['responsibilities', 'requirements', 'nice_to_have', 'benefits']);

/**
 * The first line over a list without markers that introduces it: a lead-in ("… include:") or a sentence about "the
 * following" duties ("The following duties are normal for this position. These are not …").
 */
function isListLeadIn(text: string): boolean {
  return isLeadIn(text) || /\bthe following\b/i.test(text);
}

/** Lines wrapped at one width: every line but the last is long and within a few characters of the others. */
function isOneWidth(run: readonly string[]): boolean {
  const widths = run.slice(0, -1).map((p) => p.length);
  return Math.min(...widths) >= 50 && Math.max(...widths) - Math.min(...widths) <= 15;
}

/**
 * Under a duties, requirements or benefits heading, one short line per paragraph is a list, blank lines or not; a
 * notice shouted after it ("MUST BE AVAILABLE TO WORK WEEKENDS.") stays a paragraph below the list.
 */
function spacedItems(section: SectionBuilder): { items: string[]; after: string[] } | null {
  if (!section.explicit || !LIST_KINDS.has(section.kind) || section.bullets.length > 0) return null;
  // "DUTIES: To perform this job successfully, …." over items ended by semicolons: the run-in sentence is the lead-in.
  const first = section.paragraphs[0] ?? '';
  const runInLeadIn = section.runIn === true && section.paragraphs.length >= 4 && !/;$/.test(first) && isSemicolonList(section.paragraphs.slice(1));
  const leadIn = (isListLeadIn(first) && section.paragraphs.length >= 3) || runInLeadIn ? 1 : 0;
  const end = shoutedEnd(section.paragraphs, leadIn, section.paragraphs.length);
  const run = section.paragraphs.slice(leadIn, end);
  const shapes = section.shapes.slice(leadIn, end);
  // Up to 35 words an item; a list of four or more, each line standing apart, may hold longer duties (a city's
  // "Uses a variety of hand tools such as …" over forty words), each still one sentence.
  const longest = run.length >= 4 && shapes.slice(1).every((s) => s.apart) ? 60 : 35;
  if (run.length < 2 || !shapes.some((s) => s.apart) || !looksLikeItems(run, shapes) || Math.max(...run.map(wordCount)) > longest) return null;
  // Items are one sentence each; paragraphs of several sentences are prose.
  if (run.some(severalSentences)) return null;
  return { items: semicolonItems(run), after: section.paragraphs.slice(end) };
}

/**
 * A class specification's items, each ended by a semicolon; two run together on one line ("… Operating Technicians;
 * Performs other related duties as assigned.") are two items, as a reader counts them.
 */
function semicolonItems(run: readonly string[]): string[] {
  return isSemicolonList(run) ? run.flatMap((p) => p.split(/(?<=;)\s+(?=\p{Lu})/u)) : [...run];
}

// "$18.00/HR", "Paid vacation", "(Medical benefits included)": a few words that end no sentence.
function isStub(text: string): boolean {
  return wordCount(text) <= 5 && (/^\(.*\)$/.test(text) || !/[.!?:;,]["'”’)]?$/.test(text));
}

/**
 * After prose, three or more stubs each standing apart (a blank line before each) end the block: a list without
 * markers ("Paid vacation" / "Sick days"), in any section, the opening one too. Stubs run together under a
 * paragraph ("Acme Bakery" / "Portland, OR") are more often an employer's address lines.
 */
function trailingStubs(section: SectionBuilder): string[] | null {
  if (section.bullets.length > 0) return null;
  let start = section.paragraphs.length;
  const stub = (k: number): boolean => isStub(section.paragraphs[k] ?? '') && section.shapes[k]?.lines === 1 && section.shapes[k]?.apart === true;
  while (start > 0 && stub(start - 1)) start -= 1;
  const count = section.paragraphs.length - start;
  return count >= 3 && isProse(section.paragraphs.slice(0, start)) ? section.paragraphs.slice(start) : null;
}

/**
 * Under a duties, requirements or benefits heading, three or more items without markers that a PDF's page width
 * wrapped onto several lines, joined back line by line: each a single sentence ending in a full stop or a semicolon
 * ("Graduation from high school or GED;" / "One year of experience … in a" + "developmentally appropriate
 * environment."), one of them at least wrapped. Paragraphs of several sentences are prose.
 */
function wrappedItems(section: SectionBuilder): { items: string[]; after: string[] } | null {
  if (!section.explicit || !LIST_KINDS.has(section.kind) || section.bullets.length > 0) return null;
  const leadIn = isListLeadIn(section.paragraphs[0] ?? '') ? 1 : 0;
  const run = section.paragraphs.slice(leadIn);
  const shapes = section.shapes.slice(leadIn);
  if (run.length < 3 || !shapes.some((s) => s.lines > 1) || shapes.slice(1).some((s) => s.apart)) return null;
  const item = (p: string): boolean => /[.;]["'”’)]?$/.test(p) && !severalSentences(p) && wordCount(p) <= 60;
  return run.every(item) ? { items: run, after: [] } : null;
}

/**
 * Under a run-in duties heading ("Essential Duties: Delivers products to customers. Checks …"), the paragraphs after
 * its own, each starting on a line of its own, are its items, as a PDF's text keeps a document's items without their
 * blank lines ("Delivers and/or picks up money bags …" / "Maintains good customer relations. Keeps …"): two or more,
 * none longer than a long item.
 */
function runInItems(section: SectionBuilder): { items: string[]; after: string[] } | null {
  if (!section.runIn || !LIST_KINDS.has(section.kind) || section.bullets.length > 0 || section.paragraphs.length < 3) return null;
  const items = section.paragraphs.slice(1);
  return items.every((p) => wordCount(p) <= 60) ? { items, after: [] } : null;
}

/**
 * A posting that writes its lists as lines without markers, one item a line: no item anywhere has a marker, and under
 * a heading three lines or more are read as a list. Its short sections are lists written the same way.
 */
export function writesListsWithoutMarkers(sections: readonly SectionBuilder[]): boolean {
  if (sections.some((s) => s.bullets.length > 0)) return false;
  return sections.some((s) => s.explicit && settleParagraphs(s).bullets.length >= 3);
}

/**
 * In such a posting, a heading's lines that each stand on one line, start in capitals and end no sentence ("EDUCATION:"
 * / "High School Diploma or equivalent required", "PHYSICAL:" / "The employee is occasionally required to sit; …" /
 * "The employee must frequently lift …") are its items, one or two as well as ten: not a paragraph, and never two
 * lines joined into one.
 */
function linesOfAnUnmarkedList(section: SectionBuilder): boolean {
  if (!section.explicit || PROSE_KINDS.has(section.kind) || section.bullets.length > 0 || section.paragraphs.length === 0 || section.shapes.some((s) => s.lines > 1)) return false;
  // One line alone is an item when it says something: "See attached form" under "Working Conditions" is a note.
  if (section.paragraphs.length === 1 && wordCount(section.paragraphs[0] ?? '') < 4) return false;
  // "The ideal candidate will have the following" over the items is their lead-in, not one of them: settled as a list's.
  return !section.paragraphs.some(isListLeadIn) && section.paragraphs.every((p) => /^\p{Lu}/u.test(p) && !/[.!?:：]["'”’)]?$/.test(p) && wordCount(p) <= 25);
}

/** Sections that hold prose about the job ("Job Summary" over "The purpose of this role is …"), not its lists. */
const PROSE_KINDS: ReadonlySet<SectionKind> = new Set(['summary', 'description', 'about']);

/**
 * Under a heading, nothing but two lines or more each standing apart, each a few words that end no sentence
 * ("POSITION REPORTS TO:" / "Directly to Chef / Kitchen Manager" / "Takes daily direction from Shift Kitchen lead"):
 * a list without markers, as three such stubs after prose are (trailingStubs).
 */
function isHeadedStubs(section: SectionBuilder): boolean {
  const { paragraphs, shapes } = section;
  if (!section.explicit || section.bullets.length > 0 || paragraphs.length < 2 || !shapes.slice(1).every((s) => s.apart && s.lines === 1)) return false;
  return shapes[0]?.lines === 1 && paragraphs.every((p) => /^\p{Lu}/u.test(p) && !/[.!?:：;,]["'”’)]?$/.test(p) && wordCount(p) <= 8);
}

function settleParagraphs(section: SectionBuilder, unmarkedLists = false): { paragraphs: string[]; bullets: string[] } {
  if (section.prose && section.bullets.length === 0) return { paragraphs: [section.paragraphs.join(' ')].filter((p) => p !== ''), bullets: [] };
  if (section.address && section.bullets.length === 0) return { paragraphs: [...section.paragraphs], bullets: [] };
  if ((unmarkedLists && linesOfAnUnmarkedList(section)) || isHeadedStubs(section)) return { paragraphs: [], bullets: [...section.paragraphs] };
  const stubs = trailingStubs(section);
  const spaced = spacedItems(section) ?? wrappedItems(section) ?? runInItems(section) ?? (stubs ? { items: stubs, after: [] } : null);
  if (spaced) {
    const before = section.paragraphs.slice(0, section.paragraphs.length - spaced.items.length - spaced.after.length);
    return { paragraphs: [...before, ...spaced.after], bullets: joinWrappedTails(spaced.items) };
  }
  const paragraphs: string[] = [];
  const items: string[] = [];
  let i = 0;
  while (i < section.paragraphs.length) {
    let end = i + 1;
    // A lead-in closing wrapped prose ("… Duties" / "may include:") ends the run: the lines under it are the list's.
    const closesLeadIn = (k: number): boolean => k > i && /[:：]$/.test(section.paragraphs[k] ?? '') && section.shapes[k + 1]?.apart === false;
    while (end < section.paragraphs.length && !section.shapes[end]?.apart && !closesLeadIn(end - 1)) end += 1;
    // "**MUST BE AVAILABLE TO WORK WEEKENDS AND HOLIDAYS." under "Paid time off": a notice shouted after the list,
    // not one of its items. It ends the run and stays a paragraph.
    end = shoutedEnd(section.paragraphs, i, end);
    const first = section.paragraphs[i] ?? '';
    // "Reports to the Kitchen Manager" over the list: a note on the job, not one of its items.
    const leadIn = (isListLeadIn(first) || /^reports to\b/i.test(first)) && end - i >= 3 ? 1 : 0;
    const run = section.paragraphs.slice(i + leadIn, end);
    const shapes = section.shapes.slice(i + leadIn, end);
    // With no heading over them, five lines or more written as items are a list too ("PREP COOK - JOB DESCRIPTION"
    // over its duties and skills, one a line), unless they run to one width, as prose wrapped by a page does, or are
    // a page's menu (short labels, some repeated: "Line Break", "HR Phone List"); four are, when each is one sentence.
    const menu = run.some((p) => wordCount(p) < 3) || new Set(run).size < run.length;
    const headed = section.explicit || (run.length >= 5 && !isOneWidth(run) && !menu) || (run.length >= 4 && isSentencePerLine(run, shapes) && !menu);
    if (headed && section.bullets.length === 0 && looksLikeItems(run, shapes)) {
      if (leadIn) paragraphs.push(section.paragraphs[i] ?? '');
      items.push(...semicolonItems(joinWrappedTails(run)));
    } else {
      for (let k = i; k < end; k += 1) {
        const text = section.paragraphs[k] ?? '';
        if (k > i && section.shapes[k]?.maybeWrapped) appendTo(paragraphs, text);
        else paragraphs.push(text);
      }
    }
    i = end;
  }
  return { paragraphs, bullets: [...items, ...section.bullets] };
}

/**
 * A list without markers whose lines mostly end in a full stop (two in three or more): a long line with none, then
 * a short one that ends in one ("Must maintain personal hygiene in accordance to state Health Department standards
 * for Food" / "Service Employees."), is one item the page's width broke in two.
 */
function joinWrappedTails(run: readonly string[]): string[] {
  const ended = (text: string): boolean => /[.!?]["'”’)]?$/.test(text);
  if (run.length < 4 || run.filter(ended).length * 3 < run.length * 2) return [...run];
  const joined: string[] = [];
  for (const line of run) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && !ended(previous) && previous.length >= 60 && ended(line) && wordCount(line) <= 3 && /^\p{Lu}/u.test(line)) joined[joined.length - 1] = `${previous} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/**
 * Lines one under another (no blank line between), each one whole sentence ending in a full stop ("Licensed as a
 * Registered Dental Assistant." / "At least one (1) year prior work experience …"): a list that lost its markers, with
 * or without a heading over it. Wrapped prose ends a line mid-sentence; a paragraph holds several sentences.
 */
function isSentencePerLine(run: readonly string[], shapes: readonly ParagraphShape[]): boolean {
  if (shapes.slice(1).some((s) => s.apart) || shapes.some((s) => s.lines > 1)) return false;
  return run.every((p) => /\.["'”’)]?$/.test(p) && !severalSentences(p) && wordCount(p) <= 30);
}

/** A whole sentence in capitals, four words or more ("MUST BE AVAILABLE TO WORK WEEKENDS AND HOLIDAYS."). */
function isShouted(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return wordCount(text) >= 4 && /[.!]["'”’)]?$/.test(text) && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** Where a run of lines from `start` to `end` ends once the notices shouted after its items are left out. */
function shoutedEnd(paragraphs: readonly string[], start: number, end: number): number {
  let at = end;
  while (at - start >= 3 && isShouted(paragraphs[at - 1] ?? '') && !isShouted(paragraphs[start] ?? '')) at -= 1;
  return at;
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
export function preambleSection(preamble: SectionBuilder, opening: readonly string[] = []): ParsedSection | null {
  const settled = settleParagraphs(preamble);
  const bullets = settled.bullets;
  // The employer's name read before the job's line comes first, as the owner wrote it.
  const paragraphs = [...opening, ...settled.paragraphs];
  const prose = isProse(paragraphs);
  // Lines before the first heading that are not prose (a place line, a class code, a board's category lines) are
  // the owner's too: kept, as an untitled opening section. A site's menu copied above the posting is not.
  const kept = !prose && bullets.length === 0 && isSiteMenu(paragraphs) ? [] : paragraphs;
  if (kept.length === 0 && bullets.length === 0) return null;
  const kind: SectionKind = prose ? (wordCount(paragraphs.join(' ')) <= 80 ? 'summary' : 'description') : 'other';
  return { kind, heading: DEFAULT_SECTION_HEADINGS[kind], paragraphs: kept, bullets };
}

/**
 * "1. Clean assigned areas, including:" over its sub-items and, further on, "2. Work effectively …": the owner numbered
 * the first item as the list's first, so it is an item (with items under it), not the list's lead-in.
 */
function numbersItsItems(bullets: readonly string[]): boolean {
  const first = /^1[.)]\s/.exec(bullets[0] ?? '');
  return first !== null && bullets.slice(1).some((item) => /^2[.)]\s/.test(item));
}

/** A section as the owner reads it; `unmarkedLists` when the posting writes its lists without markers (writesListsWithoutMarkers). */
export function finishSection(section: SectionBuilder, unmarkedLists = false): ParsedSection {
  const { paragraphs, bullets } = settleParagraphs(section, unmarkedLists);
  // "Good space to work from home with:" as the first item introduces the others: it is the list's lead-in.
  // Not when items are indented under it: then it is an item with its own list.
  const first = bullets.length - section.bullets.length;
  const nested = (section.bulletIndents[1] ?? 0) > (section.bulletIndents[0] ?? 0);
  if (bullets.length > 1 && /[:：]$/.test(bullets[0] ?? '') && !(first === 0 && nested) && !numbersItsItems(bullets)) paragraphs.push(bullets.shift() ?? '');
  return { kind: section.kind, heading: section.heading, paragraphs, bullets };
}

/** The stored HTML subset for a parsed section: one <p> per paragraph, then the items as one <ul>; all text escaped. */
export function sectionToHtml(section: ParsedSection): string {
  const paragraphs = section.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const items = section.bullets.map((b) => `<li>${escapeHtml(b)}</li>`).join('');
  return items === '' ? paragraphs : `${paragraphs}<ul>${items}</ul>`;
}
