// Turns pasted job-description text (or lines from a file format) into title, fields and sections. Pure, plain Node.
import type { ParsedJobDescription, ParsedSection, SectionKind } from '../../contract/jd-schemas';
import { isFurnitureLine, isDateLine, isDetailsLine, isPageBlurb, isTrailingCallToAction } from './jd-parse-furniture';
import { parseSalary } from './jd-parse-salary';
import { isEmploymentLabel, isKnownFieldLabel, isPayLabel, isReportsToLabel, isRoleFieldLabel, isGenericField, isRunInParagraph, mapFieldsToRole, nextLabelAt, parseFieldLine } from './jd-parse-fields';
import {
  classifyHeading,
  cleanHeading,
  isHeadingLine,
  isTitleCase,
  isAllCaps,
  isBoardQuestion,
  isEmployerLine,
  isKnownHeading,
  isAboutThePosting,
  isPlaceLine,
  writtenHeading,
  isPageHeading,
  isReportingHeading,
  isPageTitleLine,
  isShortTitleLine,
  jobAfterBanner,
  namesAJob,
  parseCapsLeadIn,
  isNoteLabel,
  parseRunInHeading,
  titleFromPageTitle,
  titleFromQuestion,
  isBoardHeading,
  placeAfterDash,
  withoutEmployer,
} from './jd-parse-headings';
import { assertTextSize, textToSourceLines, toLines, type Line, type SourceLine } from './jd-parse-lines';
import {
  addBullet,
  addText,
  adoptUnmarkedFirstItem,
  continueBullet,
  continuesBullet,
  DANGLING,
  finishSection,
  isDetailsCard,
  isEmptySection,
  isProse,
  LIST_KINDS,
  newSection,
  preambleSection,
  writesListsWithoutMarkers,
  type SectionBuilder,
} from './jd-parse-sections';

interface ParseState {
  lines: Line[];
  /** For each line, the index of the next non-blank line after it. */
  nextIndex: (number | undefined)[];
  /** A Map, not an object: a label such as "__proto__" must stay a plain key. First value of a label wins. */
  fields: Map<string, string>;
  preamble: SectionBuilder;
  current: SectionBuilder;
  sections: SectionBuilder[];
  pageTitle: string | null;
  shortTitle: string | null;
  questionTitle: string | null;
  /** A line of the posting's own named the job (its title, or the page title printed again). */
  titleLineSeen: boolean;
  afterBlank: boolean;
  /** A line already consumed (the value under a "Salary Range:" label). */
  consumed: number;
  /** What the last line was, so a heading can follow a field, a heading or a whole sentence without a blank line. */
  lastRole: 'heading' | 'field' | 'content' | null;
  lastText: string;
  /** The kind of an empty heading that sub-headings below it share ("Responsibilities" / "Code:" / "Quality:"). */
  parentKind: SectionKind | null;
  /** Lines of a page's tab bar ("1. Overview 2. Duties 3. Qualifications …"): navigation, not a list. */
  nav: Set<number>;
  /** The document is a class specification of numbered run-in paragraphs ("1. Nature of Work : Performs …"). */
  numberedRunIns: boolean;
  /** A form laid out as label lines and value lines: each label line's index, with its value line's index. */
  formPairs: Map<number, number>;
  /** The value lines of formPairs: read with their labels, never again as lines of their own. */
  formValues: Set<number>;
  /** Items that head the items under them ("- Accounts Payable & Receivable" over "- Process incoming invoices"). */
  itemHeadings: Set<number>;
  /** Topics over their line ("Certifications:" / "Possess all ASE Certifications."): each label line's index, with its item. */
  labelItems: Map<number, LabelItem>;
  /** The short line right above a run of topics over their lines ("Lead Technician"): the run's heading. */
  labelRunHeads: Set<number>;
  /** The owner's lines before the posting that are not its title (the employer's name over the job's): kept, never dropped. */
  opening: string[];
  /** The page ended with a job board's card lines (dropped): a heading left over them is the board's, not the owner's. */
  boardTail?: boolean;
}

/** Parses pasted text. Refuses text over 5 MB (JdImportError); otherwise never throws. */
export function parseJobDescriptionText(text: string): ParsedJobDescription {
  assertTextSize(text);
  return parseSourceLines(textToSourceLines(text));
}

/** Parses lines that a file format produced (HTML and .docx carry heading and list hints). */
export function parseSourceLines(source: readonly SourceLine[]): ParsedJobDescription {
  const lines = toLines(source);
  const end = contentEnd(lines);
  const state = initialState(lines.slice(0, end));
  for (let i = 0; i < state.lines.length; i += 1) step(state, i);
  // A heading right over a job board's card lines ("Perks" / "Dishwasher • Bend, OR, US") heads the board's cards.
  state.boardTail = lines.slice(end).some((line) => line.text !== '' && isDetailsLine(line.text));
  return finish(state);
}

/** Where content ends: a trailing run of calls to action, share links, a board's card lines and blank lines is dropped. */
function contentEnd(lines: readonly Line[]): number {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1];
    if (!line || (line.text !== '' && (line.bullet || !(isTrailingCallToAction(line.text) || isFurnitureLine(line.text) || isDetailsLine(line.text))))) break;
    end -= 1;
  }
  return end;
}

function initialState(lines: Line[]): ParseState {
  const nextIndex: (number | undefined)[] = new Array<number | undefined>(lines.length);
  let next: number | undefined;
  for (let i = lines.length - 1; i >= 0; i -= 1) {
    nextIndex[i] = next;
    if (lines[i]?.text !== '') next = i;
  }
  const preamble = newSection('other', '', false);
  const pairs = new Map([...formPairs(lines), ...formColumns(lines)]);
  return {
    lines, nextIndex, fields: new Map(), preamble, current: preamble, sections: [],
    pageTitle: null, shortTitle: null, questionTitle: null, titleLineSeen: false, afterBlank: true, consumed: -1,
    lastRole: null, lastText: '', parentKind: null, nav: navLines(lines), numberedRunIns: hasNumberedRunIns(lines),
    itemHeadings: itemHeadings(lines), formPairs: pairs, formValues: new Set(pairs.values()), opening: [], ...labelOverLineRuns(lines),
  };
}

/** One item made of a topic's label line and the line under it; `last` is the value line's index. */
interface LabelItem {
  text: string;
  last: number;
}

/** "Certifications:" alone on its line: a topic's label of up to three words, nothing after the colon. */
function isLoneLabel(line: Line | undefined): boolean {
  return line !== undefined && !line.bullet && line.hint === 'none' && /^\p{Lu}[^:：]*[:：]$/u.test(line.text) && line.text.split(' ').length <= 3;
}

/** The line under a lone label: text of its own, not another label, not an item or a heading's line. */
function isLabelValue(line: Line | undefined): line is Line {
  return line !== undefined && line.text !== '' && !line.bullet && line.hint === 'none' && !/[:：]$/.test(line.text);
}

/**
 * Topics each on a line of their own over one line saying what they ask ("Experience:" / "10 - 20 Years" /
 * "Certifications:" / "Possess and maintain all ASE Certifications." / …), one under another: three or more, three
 * of the lines under them clauses of five words or more (a details block's "Pay:" / "$18 an hour" has short values).
 * Each topic with its line is one item, as "Topic: what to do" on one line is; a one-word line right above a label
 * is the label's first word, cut by the page width ("Diagnostic" / "Skills:"); a short line of two words or more
 * with no colon right above the run ("Lead Technician") heads it.
 */
// "Diagnostic" over "Skills:": one capitalised word alone, the first word of a label the page width cut.
const LABEL_FIRST_WORD = /^\p{Lu}\p{L}+$/u;

/**
 * After a topic's one line: a blank line, the end, the next label, or the next run's heading over its label. More
 * text there ("Requirements:" / "Must be able to …" / "Be able to reach …") makes the label a heading over a list.
 */
function endsTopic(lines: readonly Line[], at: number): boolean {
  const next = lines[at];
  if (next === undefined || next.text === '' || isLoneLabel(next)) return true;
  return LABEL_FIRST_WORD.test(next.text) ? isLoneLabel(lines[at + 1]) : isTitleStub(next.text) && isLoneLabel(lines[at + 1]);
}

function labelOverLineRuns(lines: readonly Line[]): { labelItems: Map<number, LabelItem>; labelRunHeads: Set<number> } {
  const labelItems = new Map<number, LabelItem>();
  const labelRunHeads = new Set<number>();
  let k = 0;
  while (k < lines.length) {
    const run: [number, LabelItem][] = [];
    let at = k;
    for (;;) {
      const cut = LABEL_FIRST_WORD.test(lines[at]?.text ?? '') && run.length > 0 && isLoneLabel(lines[at + 1]);
      const label = cut ? at + 1 : at;
      if (!isLoneLabel(lines[label]) || !isLabelValue(lines[label + 1]) || !endsTopic(lines, label + 2)) break;
      const text = `${cut ? `${lines[at]?.text ?? ''} ` : ''}${lines[label]?.text ?? ''} ${lines[label + 1]?.text ?? ''}`;
      run.push([at, { text, last: label + 1 }]);
      at = label + 2;
    }
    const clauses = run.filter(([, item]) => (lines[item.last]?.text ?? '').split(' ').length >= 5).length;
    if (run.length >= 3 && clauses >= 3) {
      for (const [start, item] of run) labelItems.set(start, item);
      const head = lines[k - 1];
      if (head && !head.bullet && head.hint === 'none' && isTitleStub(head.text)) labelRunHeads.add(k - 1);
      k = at;
    } else {
      // A later start inside a run that fell short holds fewer of its topics: it falls short too. Linear in the lines.
      k = Math.max(k + 1, at);
    }
  }
  return { labelItems, labelRunHeads };
}

/** A form's label or value on a line of its own: a few words, no sentence, no colon, not an item. */
function isFormCell(line: Line | undefined): line is Line {
  return line !== undefined && !line.bullet && line.hint === 'none' && line.text.split(' ').length <= 6 && !/[.!?:：;,]$/.test(line.text) && !/[:：]/.test(line.text);
}

/**
 * A form copied out of a page or PDF, each label on a line of its own and its value on the next ("Job Area" /
 * "Processing" / "Department" / "Back Room" / "Revision Date" / "2-23-2012"): three pairs or more in a run of short
 * lines, a label we know among the labels and none among the values, no heading we know among the labels. The run
 * may start a line or two early (a page heading, the job's name over the form), so the pairing may start later.
 */
function formPairs(lines: readonly Line[]): Map<number, number> {
  const found = new Map<number, number>();
  const text = lines.map((l, k) => ({ l, k })).filter(({ l }) => l.text !== '');
  let start = 0;
  while (start < text.length) {
    let end = start;
    while (end < text.length && isFormCell(text[end]?.l) && !isKnownHeading(text[end]?.l.text ?? '')) end += 1;
    for (const offset of [0, 1, 2]) {
      const pairs: [number, number][] = [];
      for (let k = start + offset; k + 1 < end; k += 2) pairs.push([k, k + 1]);
      const labels = pairs.map(([a]) => text[a]?.l.text ?? '');
      const values = pairs.map(([, b]) => text[b]?.l.text ?? '');
      const fits = pairs.length >= 3 && labels.some(isKnownFieldLabel) && !values.some(isKnownFieldLabel) && labels.every((t) => t.split(' ').length <= 3 && /^\p{Lu}/u.test(t));
      if (!fits) continue;
      for (const [a, b] of pairs) found.set(text[a]?.k ?? -1, text[b]?.k ?? -1);
      break;
    }
    start = end + 1;
  }
  return found;
}

/** "POSITION TITLE:" alone on its line: a form's label in its column, a few words and a colon, nothing after it. */
function isColumnLabel(line: Line | undefined): boolean {
  return line !== undefined && !line.bullet && line.hint === 'none' && /^\p{Lu}[^:：]{0,40}[:：]$/u.test(line.text) && line.text.split(' ').length <= 4;
}

/** A value in a form's value column: text of its own, a few words, not a label, not an item. */
function isColumnValue(line: Line | undefined): line is Line {
  return line !== undefined && line.text !== '' && !line.bullet && line.hint === 'none' && !/[:：]$/.test(line.text) && line.text.split(' ').length <= 12;
}

/**
 * A form copied out of a page whose labels sat in one column and values in the next ("POSITION TITLE:" /
 * "ORGANIZATION:" / "GRADE:" then "Trades Helper - Maintenance" / "Building Services" / "11"): three labels or more one
 * under another, a label we know among them, then as many values one under another, and a blank line or the end after
 * them. The first label goes with the first value, and so on.
 */
function formColumns(lines: readonly Line[]): Map<number, number> {
  const found = new Map<number, number>();
  let k = 0;
  while (k < lines.length) {
    let end = k;
    while (isColumnLabel(lines[end])) end += 1;
    const count = end - k;
    const values = Array.from({ length: count }, (_, n) => lines[end + n]);
    const after = lines[end + count];
    const labels = lines.slice(k, end).map((l) => l.text.replace(/\s*[:：]$/, ''));
    if (count >= 3 && values.every(isColumnValue) && (after === undefined || after.text === '') && labels.some(isKnownFieldLabel)) {
      for (let n = 0; n < count; n += 1) found.set(k + n, end + n);
      k = end + count;
    } else {
      k = Math.max(k + 1, end);
    }
  }
  return found;
}

/** "Accounts Payable & Receivable": a few words in title case, no sentence, no colon: how a sub-heading reads. */
function isTitleStub(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 2 && words <= 6 && isTitleCase(text) && !/[.!?;,:：]$/.test(text) && /^\p{Lu}/u.test(text);
}

/** "Process incoming invoices and ensure timely payments": four words or more, nearly all after the first in lower case. */
function isSentenceItem(text: string): boolean {
  const later = text.split(' ').slice(1).filter((w) => /^\p{L}/u.test(w));
  return /^\p{Lu}/u.test(text) && later.length >= 3 && later.filter((w) => /^\p{Ll}/u.test(w)).length >= later.length * 0.8;
}

/**
 * Sub-headings written as items of the list they divide: in a run of items, two or more in title case, the first
 * of them the run's first item, each followed by items in sentence case ("- Accounts Payable & Receivable" over
 * "- Process incoming invoices …", "- Bank & Credit Card Reconciliation" over "- Reconcile monthly statements").
 * A list of benefits in title case ("- Paid Time Off" / "- Health Insurance") has no sentence-case items under
 * each, so it stays a list.
 */
function itemHeadings(lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    let end = start;
    while (lines[end]?.bullet && !lines[end]?.numbered && lines[end]?.hint !== 'heading') end += 1;
    const heads: number[] = [];
    for (let k = start; k < end; k += 1) {
      const next = lines[k + 1];
      if (isTitleStub(lines[k]?.text ?? '') && k + 1 < end && next !== undefined && isSentenceItem(next.text)) heads.push(k);
    }
    if (heads.length >= 2 && heads[0] === start) for (const k of heads) found.add(k);
    start = end + 1;
  }
  return found;
}

/** Three or more short numbered lines in a row, most of them section names: a page's tabs. */
function navLines(lines: readonly Line[]): Set<number> {
  const nav = new Set<number>();
  let start = 0;
  while (start < lines.length) {
    let end = start;
    const isTab = (l: Line | undefined) => l !== undefined && l.numbered && l.text.split(' ').length <= 5 && !/[.!?;,]$/.test(l.text);
    while (isTab(lines[end])) end += 1;
    const run = lines.slice(start, end);
    if (run.length >= 3 && run.filter((l) => isKnownHeading(l.text)).length * 2 >= run.length) for (let k = start; k < end; k += 1) nav.add(k);
    start = end + 1;
  }
  return nav;
}

function step(state: ParseState, i: number): void {
  const line = state.lines[i];
  if (!line || i <= state.consumed || state.formValues.has(i)) return;
  if (line.text === '') {
    state.afterBlank = true;
    return;
  }
  handleLine(state, line, i);
  state.afterBlank = false;
}

function handleLine(state: ParseState, line: Line, i: number): void {
  const parts = splitRunTogetherFields(line) ?? splitGluedHeading(line);
  if (parts) {
    for (const text of parts) {
      handleLine(state, { ...line, text }, i);
      state.afterBlank = false;
    }
    return;
  }
  if (handleHeadingDashedToItem(state, line, i)) return;
  if (handleLabelItem(state, line, i)) return;
  const before = { role: state.lastRole, text: state.lastText };
  state.lastRole = 'content';
  state.lastText = line.text;
  const inPreamble = state.current === state.preamble;
  if (isRepeatedTitle(state, line) || isRepeatedHeading(state, line)) return;
  if (continuesBullet(state.current, line, state.afterBlank)) return continueBullet(state.current, line.text);
  if (!line.bullet && isFurnitureLine(line.text)) return;
  if (state.nav.has(i) || (inPreamble && !line.bullet && (isDateLine(line.text) || isPageBlurb(line.text)))) return;
  if (handleJobDescriptionTitle(state, line) || handleScreeningLine(state, line)) return;
  if (handleLabelOverList(state, line, i)) return;
  if (handleRunInHeading(state, line)) return;
  if (handleNumberedRunIn(state, line)) return;
  if (handleGluedRun(state, line)) return;
  if (handleField(state, line, i)) return;
  if (handleBareField(state, line, i) || handleReportsToHeading(state, line, i)) return;
  if (handleTitleLine(state, line)) return;
  if (state.itemHeadings.has(i)) return openSection(state, line.text);
  const next = state.lines[state.nextIndex[i] ?? -1];
  // The line before may be the last piece of a paragraph wrapped over several lines (a PDF's text): the sentence it
  // ends is the whole paragraph.
  const paragraph = state.current.last === 'paragraph' && before.role === 'content' ? state.current.paragraphs[state.current.paragraphs.length - 1] ?? '' : '';
  const sentence = paragraph.endsWith(before.text) ? paragraph : before.text;
  const heading = isHeadingLine(line, {
    standsApart: state.afterBlank || state.current.last === 'bullet',
    next,
    // After a whole sentence of some length; a short one is more likely the item before it in a list without markers.
    // Not straight after a heading: there the first line of a list without markers ("2+ years bookkeeping
    // experience") would read as a heading; a sub-heading there is handled by afterEmptyHeading.
    afterBlock: before.role === 'field' || (/[.!?:;]["'”’)]?$/.test(sentence) && sentence.split(' ').length >= 15),
    isolated: (state.lines[i + 1]?.text ?? '') === '',
    afterEmptyHeading: state.current.explicit && isEmptySection(state.current),
    afterNumberedItem: !state.afterBlank && (state.lines[i - 1]?.numbered ?? false),
    afterList: state.current.last === 'bullet' && next?.bullet === true && state.lines[state.nextIndex[state.nextIndex[i] ?? -1] ?? -1]?.bullet === true,
    openKind: state.current.kind,
    afterListContent: afterListContent(state.current, before.text),
    betweenItems: before.role === 'content' && !line.bullet && isPlainItemLine(before.text) && next !== undefined && !next.bullet && isPlainItemLine(next.text),
    ...(state.afterBlank || before.role === null ? {} : { previous: before.text }),
  });
  // "II. Qualifications": a heading numbered in Roman numerals keeps its numeral, as the owner wrote it.
  if (heading) return openSection(state, line.bullet && /^[IVX]+\.$/.test(line.marker ?? '') ? `${line.marker ?? ''} ${line.text}` : line.text);
  if (isItemSubHeading(state, line, i)) return openSection(state, line.text);
  if (line.bullet) adoptUnmarkedFirstItem(state.current, line.text, state.afterBlank);
  if (line.bullet) for (const item of itemsRunOn(line.text, state.current.bullets.length + 1)) addBullet(state.current, item, line.indent);
  else addText(state.current, line.text, state.afterBlank);
}

/**
 * "Follows recipes as set by the restaurant. 4. Restocks all items as needed.": the third item of a list, and the
 * fourth run into its end with its number, as a copy that lost a line break leaves them. Split only at the number
 * the next item would have, after a sentence's end and before a capital; "Lifts 50 lb. 2. …" in a first item stays.
 */
function itemsRunOn(text: string, position: number): string[] {
  const match = new RegExp(`^(.*[.!?])\\s+${position + 1}[.)]\\s+(\\p{Lu}.*)$`, 'u').exec(text);
  return match?.[1] && match[2] && match[1].split(' ').length >= 3 ? [match[1], ...itemsRunOn(match[2], position + 1)] : [text];
}

/** A run's heading opens its section; each topic over its line is one item of the section open. */
function handleLabelItem(state: ParseState, line: Line, i: number): boolean {
  if (state.labelRunHeads.has(i)) {
    openSection(state, line.text);
    return true;
  }
  const item = state.labelItems.get(i);
  if (!item) return false;
  addBullet(state.current, item.text, line.indent);
  state.consumed = item.last;
  state.lastRole = 'content';
  return true;
}

/**
 * "+ Bonus Points:" among the items of a list, after two items or more and over two or more at its own level (with
 * or without items of their own indented under them): a sub-heading written as an item, heading the items after it.
 * A short label ending in a colon, in title case or a heading we know; an item with items indented under it ("- Skills:"
 * over "  - Baking") stays one item.
 */
function isItemSubHeading(state: ParseState, line: Line, i: number): boolean {
  if (!line.bullet || state.current.bullets.length < 2 || !/^\p{Lu}[^.!?:：]*[:：]$/u.test(line.text) || line.text.split(' ').length > 4) return false;
  const label = line.text.replace(/[:：]$/, '');
  if (!isTitleCase(label) && !isKnownHeading(label)) return false;
  const next = state.lines[state.nextIndex[i] ?? -1];
  // The items indented under the first one ("1. Satisfies service requests:" over "  1. Makes repair,") are its own;
  // the second at the sub-heading's level comes after them.
  let k = state.nextIndex[state.nextIndex[i] ?? -1];
  while (k !== undefined && next !== undefined && (state.lines[k]?.indent ?? 0) > line.indent && state.lines[k]?.bullet === true) k = state.nextIndex[k];
  const after = state.lines[k ?? -1];
  return [next, after].every((l) => l !== undefined && l.bullet && l.indent === line.indent);
}

/**
 * The section open is a list's (duties, requirements …) and holds a list so far: items with markers, or two lines or
 * more of its own, the last ending a sentence ("… with very young children."). One paragraph of prose is no list.
 */
function afterListContent(section: SectionBuilder, previous: string): boolean {
  if (!section.explicit || !LIST_KINDS.has(section.kind) || isEmptySection(section)) return false;
  return section.last === 'bullet' || (section.paragraphs.length >= 2 && /[.;]["'”’)]?$/.test(previous));
}

/**
 * "JOB DESCRIPTION: Part Time Delivery Driver (Seasonal)" before the posting's first line of its own (at the top, or
 * under a board's question): the label names the page, the value names the job. The title, neither field nor section.
 */
function handleJobDescriptionTitle(state: ParseState, line: Line): boolean {
  const field = line.bullet || line.hint !== 'none' ? null : parseFieldLine(line.text);
  if (!field || !/^job description$/i.test(field.label) || !isShortTitleLine(field.value) || !namesAJob(field.value)) return false;
  const first = state.shortTitle === null && !state.titleLineSeen && isEmptySection(state.preamble) && state.sections.length === 0;
  if (!first || (state.pageTitle !== null && !isBoardQuestion(state.pageTitle))) return false;
  state.shortTitle = field.value;
  return true;
}

/**
 * A job board's screening question under a short heading, with its own label ("Experience:" / "- Barista: 1 year
 * (Preferred)"): a detail of the posting, read as a field, not a section's item. One without a label ("Work
 * authorization:" / "• United States (Required)") stays the item the owner listed.
 */
function handleScreeningLine(state: ParseState, line: Line): boolean {
  const section = state.current;
  if (!/\((preferred|required)\)$/i.test(line.text) || !section.explicit || section.heading.split(' ').length > 4) return false;
  if (section.bullets.length > 0 || section.paragraphs.length > 0) return false;
  const field = parseFieldLine(line.text);
  if (!field || field.value === '') return false;
  setField(state, field.label, field.value);
  // Also kept as the item the owner listed, as "• Pay: weekly" under Benefits is.
  if (line.bullet) addBullet(section, line.text, line.indent);
  return true;
}

/** A short line in sentence case that ends no sentence and labels nothing: how an item of a list without markers reads. */
function isPlainItemLine(text: string): boolean {
  const words = text.split(' ').length;
  return words >= 3 && words <= 16 && !/[:：]/.test(text) && !/[.!?]$/.test(text) && /^\p{Lu}\p{Ll}/u.test(text) && (words >= 5 || !isKnownHeading(text));
}

/** "Department: Front End Job Status: Part Time" → its fields one by one; null when the line is one field or none. */
function splitRunTogetherFields(line: Line): string[] | null {
  if (line.bullet || line.hint !== 'none') return null;
  const field = parseFieldLine(line.text);
  if (!field || field.value === '') return null;
  const at = nextLabelAt(field.value, isSectionLabel);
  if (at <= 0) return null;
  const first = `${field.label}: ${field.value.slice(0, at).trim()}`;
  return [first, field.value.slice(at).trim().replace(/^[/|]\s*/, '')];
}

// "Job DescriptionSalary:": a page's heading and the next element's label copied without a break between them.
const GLUED = /^(.*\p{Ll})(\p{Lu}\p{Ll}+(?: \p{Lu}?\p{Ll}+){0,2}[:：].*)$/u;

/** A known heading glued to a known label or heading, or to its first sentence: the two, each on its own line; null otherwise. */
function splitGluedHeading(line: Line): string[] | null {
  if (line.bullet) return null;
  const match = GLUED.exec(line.text);
  const head = match?.[1] ?? '';
  const tail = match?.[2] ?? '';
  if (match && head.split(' ').length <= 5 && isKnownHeading(head)) {
    const label = tail.replace(/[:：].*$/, '');
    if (isKnownFieldLabel(label) || isKnownHeading(label)) return [head, tail];
  }
  return splitHeadingGluedToText(line.text) ?? splitCapitalsGluedToLabel(line.text);
}

/**
 * "JOB DESCRIPTIONJOB TITLE: Cook": a heading in capitals and a label in capitals copied without a break, so no
 * change of case shows where one ends. Split where what comes before is a heading we know and what follows a label we
 * know.
 */
function splitCapitalsGluedToLabel(text: string): string[] | null {
  const field = parseFieldLine(text);
  if (!field || field.known || !/^[\p{Lu}\d &/'-]+$/u.test(field.label)) return null;
  for (let at = 2; at < field.label.length - 1; at += 1) {
    const head = field.label.slice(0, at);
    const label = field.label.slice(at);
    if (/\p{Lu}$/u.test(head) && /^\p{Lu}/u.test(label) && isKnownHeading(head) && isKnownFieldLabel(label)) return [head, `${label}: ${field.value}`];
  }
  return null;
}

/**
 * "Essential DutiesSweep, mop, scrub …": a page's heading and the first line under it copied without a break.
 * Split at the first place a lower-case letter runs into a capitalised word, when what comes before is a known
 * heading in title case or capitals and what follows is a line of its own (four words at least).
 */
function splitHeadingGluedToText(text: string): string[] | null {
  for (const boundary of text.matchAll(/\p{Ll}(?=\p{Lu}\p{Ll})/gu)) {
    const at = (boundary.index ?? 0) + 1;
    const head = text.slice(0, at);
    const rest = text.slice(at);
    if (head.split(' ').length > 5) return null;
    if (isKnownHeading(head) && /^\p{Lu}/u.test(head) && rest.split(' ').length >= 4 && !/[:：]/.test(head)) return [head, rest];
  }
  return null;
}

// "Sorting Room Responsibilities (35%)- Receives, inspects …", "Companionship – Are services that …": a heading, a
// dash, and text.
const DASHED_HEAD = /^(\p{Lu}[^:：–—-]{2,80}?)(\s*)[-–—]\s+(\p{Lu}.*)$/u;

/**
 * A heading run into the text under it by a dash. A known heading (title case or capitals, six words at most besides a
 * note in brackets) with the dash right after it, no space between, ran into the first item: the dash was the item's
 * marker, and the text after it is the list's first item when items follow ("- Selects items …"). With a space before
 * the dash, the text is a lead-in that says what the heading means, the section's first paragraph; then a topic of up
 * to three words in title case heads the list under it too ("Companionship – Are services that stimulate …" over
 * "• Providing companionship"). Not an item's line, and not "Line Cook - Full Time" (no section named, no list).
 */
function handleHeadingDashedToItem(state: ParseState, line: Line, i: number): boolean {
  if (line.bullet || line.hint !== 'none') return false;
  const match = DASHED_HEAD.exec(line.text);
  const head = match?.[1]?.trim() ?? '';
  const glued = match?.[2] === '';
  const rest = match?.[3] ?? '';
  const bare = head.replace(/\s*\([^()]*\)/g, '');
  if (!match || bare.split(' ').length > 6 || rest.split(' ').length < 4 || !(isTitleCase(bare) || isAllCaps(bare))) return false;
  // "Job Description - Full Time Line Cook Needed": a few words naming a job after the dash are a title, not text.
  if (namesAJob(rest) && rest.split(' ').length <= 6 && !/[.!?]["'”’)]?$/.test(rest)) return false;
  const next = state.lines[state.nextIndex[i] ?? -1];
  const known = classifyHeading(bare) !== 'other' && isKnownHeading(bare);
  const topicOverList = !glued && next?.bullet === true && bare.split(' ').length <= 3 && /[.!]["'”’)]?$/.test(rest);
  if (!known && !topicOverList) return false;
  openSection(state, head);
  if (glued && next?.bullet) addBullet(state.current, rest, line.indent);
  else addText(state.current, rest, true);
  return true;
}

function isSectionLabel(label: string): boolean {
  return classifyHeading(label) !== 'other' && label.split(' ').length <= 3 && /^\p{Lu}/u.test(label);
}

// "Nature of Work : Performs …", "SupervisionReceived : Under the …": a short label in capitals, then its paragraph.
const LABEL_RUN_IN = /^(\p{Lu}[\p{L}’'&/-]*(?: (?:of|and|the|&|\p{Lu}[\p{L}’'&/-]*)){0,3})\s*[:：]\s+(\S.*)$/u;

function numberedRunIn(line: Line): { label: string; rest: string } | null {
  if (!line.numbered || !/^\d/.test(line.marker ?? '')) return null;
  const match = LABEL_RUN_IN.exec(line.text);
  const rest = match?.[2] ?? '';
  return match?.[1] && rest.split(' ').length >= 6 ? { label: match[1], rest } : null;
}

/**
 * A class specification written as numbered paragraphs, each a label and its text: three such lines at least,
 * one of them a label we know as a heading ("Nature of Work"). A numbered list of duties with labels
 * ("1. Customer Service: Greet …") names no section heading, so it stays a list.
 */
function hasNumberedRunIns(lines: readonly Line[]): boolean {
  const runIns = lines.map(numberedRunIn).filter((r) => r !== null);
  return runIns.length >= 3 && runIns.some((r) => isKnownHeading(r.label) && classifyHeading(r.label) !== 'responsibilities');
}

/** "1. Nature of Work : Performs …" in such a document: the numbered label heads a section, the rest is its text. */
function handleNumberedRunIn(state: ParseState, line: Line): boolean {
  const runIn = state.numberedRunIns ? numberedRunIn(line) : null;
  if (!runIn) return false;
  openSection(state, `${line.marker ?? ''} ${runIn.label}`);
  state.current.prose = true;
  addText(state.current, runIn.rest, true);
  return true;
}

// Where a copied page lost its line breaks: a lower-case word running into a capitalised one ("food prepUnderstand
// the …", "skillsWorking Conditions"), or a sentence's full stop into the next item ("(preferred).2 or 4 year …").
// The word before must be lower case throughout, so names such as PowerPoint, QuickBooks or LinkedIn never split.
// Matched forwards (the cut is where a match ends), so a long line costs one pass.
const GLUE_POINT = /(?:^|[\s(/])\p{Ll}{2,}(?=\p{Lu}\p{Ll})|\p{Ll}\)?[.!?](?=\p{Lu}\p{Ll}|\d+\s)/gu;

/**
 * A line that is a list run together (two glue points at least, every piece three words or more, or a known heading):
 * each piece is an item, and a known heading among them opens its section ("Basic math skillsWorking Conditions").
 */
function handleGluedRun(state: ParseState, line: Line): boolean {
  if (line.bullet || line.hint !== 'none') return false;
  const cuts = [...line.text.matchAll(GLUE_POINT)].map((m) => (m.index ?? 0) + m[0].length).filter((at) => at > 0 && at < line.text.length);
  if (cuts.length < 2) return false;
  const pieces = [0, ...cuts].map((at, k) => line.text.slice(at, cuts[k] ?? line.text.length).trim());
  // "Working Conditions", "Education / Experience": capitalised as headings are; "Clear communication skills" is an item.
  const heading = (piece: string): boolean => piece.split(' ').length <= 5 && isTitleCase(piece) && isKnownHeading(piece);
  if (!pieces.every((piece) => piece.split(' ').length >= 3 || heading(piece))) return false;
  for (const piece of pieces) {
    if (heading(piece)) openSection(state, piece);
    else addBullet(state.current, piece, 0);
  }
  return true;
}

/**
 * "Other activities: 5 percent of time" straight over a list: the whole line names the list, its note included. The
 * label names a section kind, the note after the colon is a few words that end no sentence, and it is not a field
 * we know ("Schedule: Monday to Friday" stays a field).
 */
function handleLabelOverList(state: ParseState, line: Line, i: number): boolean {
  if (line.bullet || line.hint !== 'none') return false;
  const field = parseFieldLine(line.text);
  const next = state.lines[state.nextIndex[i] ?? -1];
  if (!field || field.known || field.value === '' || !next?.bullet) return false;
  // "TYPICAL WORK ACTIVITIES: (Illustrative …)" is a heading and its note in brackets: the heading is the label.
  if (field.value.split(' ').length > 6 || /[.!?;,]["'”’)]?$|^\(/.test(field.value) || classifyHeading(field.label) === 'other') return false;
  openSection(state, line.text);
  return true;
}

/** "INCENTIVES: Part time employees receive …": a heading in capitals with its first paragraph on the same line. */
function handleRunInHeading(state: ParseState, line: Line): boolean {
  if (line.bullet || line.hint !== 'none') return false;
  const runIn = parseRunInHeading(line.text) ?? parseCapsLeadIn(line.text);
  if (!runIn || isKnownFieldLabel(runIn.heading)) return false;
  // "NOTE: ALL DUTIES LISTED ARE NOT NECESSARILY PERFORMED …" stays with the section it notes, as its own paragraph.
  if (isNoteLabel(runIn.heading)) {
    addText(state.current, line.text, true);
    return true;
  }
  openSection(state, runIn.heading);
  addRunInText(state, runIn.rest);
  return true;
}

/** The text after a run-in heading; "* Food Preparation: … * Order Management: …" is a list run together. */
function addRunInText(state: ParseState, rest: string): void {
  const items = /^[*•]\s/.test(rest) ? rest.slice(1).split(/\s[*•]\s/).map((t) => t.trim()).filter((t) => t !== '') : [];
  if (items.length >= 2) for (const item of items) addBullet(state.current, item, 0);
  else addText(state.current, rest, true);
}

const SCHEDULE_WORDS = /\b(full|part|time|temporary|contract|permanent|seasonal|shifts?|day|night|evening|morning|weekends?|weekdays?|monday|friday|hours?|overtime|on[- ]call|per diem|internship|flexible)\b/i;

/**
 * "Reports To" set as a heading (bold, a heading tag) over one short line naming people or posts: a field with its
 * value, not a section, however the value's sentence ends.
 */
function handleReportsToHeading(state: ParseState, line: Line, i: number): boolean {
  if (line.hint !== 'heading' || line.bullet || !isReportsToLabel(cleanHeading(line.text))) return false;
  const j = state.nextIndex[i];
  const next = j === undefined ? undefined : state.lines[j];
  const following = j === undefined ? undefined : state.lines[state.nextIndex[j] ?? -1];
  if (j === undefined || !next || next.bullet || next.hint !== 'none' || next.text.split(' ').length > 30 || following?.hint === 'none') return false;
  setField(state, cleanHeading(line.text), next.text);
  state.consumed = j;
  return true;
}

/** "Salary" on one line and "$19.42 to $22.65 per hour" on the next, with no colon: a known label and its value. */
function handleBareField(state: ParseState, line: Line, i: number): boolean {
  const text = line.text;
  const paired = state.formPairs.get(i);
  if (paired !== undefined) {
    // The value line is skipped as one of formValues: a column's labels come before all its values.
    setField(state, text.replace(/\s*[:：]$/, ''), state.lines[paired]?.text ?? '');
    return true;
  }
  // A line in capitals alone is a heading ("LOCATION OF WORK"), however field-like its words.
  if (line.bullet || line.hint !== 'none' || /[:：]/.test(text) || !/\p{Ll}/u.test(text)) return false;
  // "Supervisor." ending a wrapped sentence is the sentence's last word, not a label.
  if (text.split(' ').length > 5 || /[.!?;,]$/.test(text) || !isKnownFieldLabel(text)) return false;
  const j = state.nextIndex[i];
  const next = j === undefined ? undefined : state.lines[j];
  if (j === undefined || !next || next.bullet || next.hint !== 'none' || next.text.split(' ').length > 12) return false;
  // "Employer" over "3 Crescent Road" / "Florham Park, NJ 07932" / "United States": a label over an address, a street
  // line then a place line. It heads the address, kept line by line, not a field holding the street alone.
  const after = state.lines[state.nextIndex[j] ?? -1];
  if (/^\d+[A-Za-z]?\s+\p{Lu}/u.test(next.text) && after !== undefined && isPlaceLine(after.text)) {
    openSection(state, text);
    state.current.address = true;
    return true;
  }
  if (/[.!?]$/.test(next.text) || isKnownFieldLabel(next.text) || isKnownHeading(next.text) || parseFieldLine(next.text)) return false;
  // "Weekly pay" over "Paid holidays" are two items of a list; a pay label's value holds an amount of money, which
  // "Generous employee discount up to 50% off" under "Higher than average compensation" does not.
  if (isPayLabel(text) && Object.keys(parseSalary(next.text)).length === 0) return false;
  // "Job type" / "Full-time" / "Part-time": an employment label's values, one a line.
  const values = [next.text];
  let last = j;
  for (let k = j + 1; isEmploymentLabel(text) && k < state.lines.length; k += 1) {
    const more = state.lines[k];
    if (!more || more.text === '' || more.bullet || more.hint !== 'none' || /[:：]/.test(more.text) || more.text.split(' ').length > 4) break;
    if (isKnownFieldLabel(more.text) || isKnownHeading(more.text) || !SCHEDULE_WORDS.test(more.text)) break;
    values.push(more.text);
    last = k;
  }
  setField(state, text, values.join(', '));
  state.consumed = last;
  return true;
}

/** The page's own title printed again (page headers, a repeated banner) is not content. */
function isRepeatedTitle(state: ParseState, line: Line): boolean {
  if (line.bullet) return false;
  const text = cleanHeading(line.text).toLowerCase();
  const fromPage = state.pageTitle === null ? null : titleFromPageTitle(state.pageTitle);
  // Also "Restaurant Floating Manager – Hemsta Fastigheter": the title again with the employer after a dash.
  // Also "Cashier" under a board's question naming the "Cashier (substitute employee position)" position.
  const titles = [state.pageTitle, fromPage, withoutLowerCaseNote(fromPage), state.shortTitle].filter((t): t is string => t !== null).map((t) => t.toLowerCase());
  // And "Office Manager Position" under a board's question naming the Office Manager position.
  const repeated = titles.some(
    (title) => text === title || (text.startsWith(title) && /^\s+(?:[–—|-]\s+\S|(position|job|opening|vacancy|opportunity)$)/.test(text.slice(title.length))),
  );
  if (repeated) state.titleLineSeen = true;
  return repeated;
}

/** A heading printed twice in a row ("Job Description" / "Job Description" on job boards). */
function isRepeatedHeading(state: ParseState, line: Line): boolean {
  const section = state.current;
  return !line.bullet && section.explicit && isEmptySection(section) && cleanHeading(line.text).toLowerCase() === section.heading.toLowerCase();
}

// "Essential Job Functions. Duties include but are not limited to:": a heading, a full stop, then the list's lead-in.
const HEADING_THEN_LEAD_IN = /^(\p{Lu}[^.:：]{2,60}?)\.\s+(\p{Lu}[^.]*[:：]?)$/u;

function openSection(state: ParseState, rawHeading: string): void {
  // A known heading with its list's lead-in sentence after a full stop on the same line: the heading is the words
  // before the stop; the sentence stays, as the section's first paragraph.
  const split = HEADING_THEN_LEAD_IN.exec(rawHeading.trim());
  const leadInAfter = split?.[1] && split[2] && isKnownHeading(split[1]) && LEAD_IN_VERB.test(split[2]) ? split : null;
  const heading = cleanHeading(leadInAfter?.[1] ?? rawHeading);
  state.questionTitle = state.questionTitle ?? titleFromQuestion(heading);
  const own = classifyHeading(heading);
  const above = state.current;
  // "The Duties and Responsibilities are:" right before the heading introduces it and the ones after it.
  const leadIn = above.last === 'paragraph' ? above.paragraphs[above.paragraphs.length - 1] ?? '' : '';
  const leadKind = /[:：]$/.test(leadIn) && leadIn.split(' ').length <= 8 ? classifyHeading(leadIn.replace(/[:：]$/, '')) : 'other';
  if (above.explicit && isEmptySection(above) && above.kind !== 'other') state.parentKind = above.kind;
  else if (leadKind !== 'other') state.parentKind = leadKind;
  else if (own !== 'other') state.parentKind = null;
  const inherits = own === 'other' && state.parentKind !== null && !isKnownHeading(heading);
  const section = newSection(inherits && state.parentKind ? state.parentKind : own, heading, true);
  const written = writtenHeading(leadInAfter?.[1] ?? rawHeading);
  if (written !== heading) section.written = written;
  state.sections.push(section);
  state.current = section;
  state.lastRole = 'heading';
  if (leadInAfter?.[2]) addText(section, leadInAfter[2], true);
}

// A verb in a label makes it the start of a sentence ("Duties may include", "Responsibilities are"), not a heading.
const LEAD_IN_VERB = /\b(may|will|include|includes|including|are|is|must|should|can)\b/i;

/**
 * "Label: value" lines. Known labels become fields; inside a content section (duties, benefits …) the line also
 * stays as content, because there it is part of what the owner wrote. A section word as the label
 * ("Requirements: a driving licence") opens that section.
 */
function handleField(state: ParseState, line: Line, i: number): boolean {
  if (line.hint === 'heading' || line.hint === 'title') return false;
  const field = parseFieldLine(line.text);
  if (!field) return false;
  // "Cleanliness: Sweep, dust, vacuum …" / "Supplies: Replenish towels …" one under another below a duties heading:
  // items that each start with their topic, not the posting's details.
  // Not when every label of the run names a section ("Education: …" / "Experience: …" / "Other Requirements: …" under
  // "QUALIFICATIONS:"): those are sub-headings, each over its own line of prose.
  const topics = !line.bullet && !field.known && LIST_KINDS.has(state.current.kind) && state.current.explicit && labelledRunLength(state, i) >= 3;
  if (topics && !isRunOfSectionLabels(state, i)) {
    addBullet(state.current, line.text, line.indent);
    return true;
  }
  // Under "Reporting Relationships", "Reports to: …" lines are what the section says: kept as its
  // text (and read as fields too). Right under other headings ("Job description" / "Department: …") they are
  // the posting's details, not its text.
  const ownLines = state.current.explicit && isReportingHeading(state.current.heading);
  const contentSection = ownLines || (state.current.explicit && state.current.kind !== 'other' && !isEmptySection(state.current));
  if (field.known && (!line.bullet || isRoleFieldLabel(field.label))) {
    if (field.value === '') return takeValueFromNextLine(state, field.label, i);
    setField(state, field.label, field.value);
    if (!line.bullet) takeWrappedValue(state, field.label, field.value, i);
    // A details line ("Job Type: Full-time", "Pay: $15 an hour") is a field wherever it stands, never a duty;
    // an item of a list under a heading ("• Pay: weekly" under Benefits) is also kept as the owner listed it.
    return !(ownLines || (line.bullet && state.current.explicit && state.current.kind !== 'other'));
  }
  if (line.bullet || field.value === '') return false;
  // "Line Cook/Prep Cook: Up to $18/hr" before anything else: the job's name with its pay. The name is the title;
  // the line stays a field, so the pay is kept as written.
  const untitled = state.pageTitle === null && state.shortTitle === null && isEmptySection(state.preamble) && state.sections.length === 0;
  if (untitled && namesAJob(field.label) && isShortTitleLine(field.label) && Object.keys(parseSalary(field.value)).length > 0 && field.value.split(' ').length <= 6) {
    state.shortTitle = field.label;
  }
  const kind = classifyHeading(field.label);
  const labelWords = field.label.split(' ').length;
  const runIn = labelWords <= 3 || (labelWords <= 6 && field.value.split(' ').length >= 8);
  // "Job Description" / "General Job Description: Charge customers …": under an empty heading of the same kind the
  // run-in label is the sub-heading that holds the text.
  const sameKindBelowEmpty = kind === state.current.kind && state.current.explicit && isEmptySection(state.current);
  // "Education: High school diploma." over "Experience: Minimum one year …": a run-in heading right under another
  // one that holds only its own line is its sibling, of the same kind or not, not an item of it.
  // Also after the paragraphs under it, once they end a sentence ("… Changes oil every 3,000 miles." / "Marginal
  // Duties: Maintains truck garage area."): a PDF's text of run-in headings one after another.
  const lastParagraph = state.current.paragraphs[state.current.paragraphs.length - 1] ?? '';
  const ownLineOnly = state.current.paragraphs.length === 1;
  const afterRunIn = state.current.runIn === true && state.current.bullets.length === 0 && (ownLineOnly || /[.!?]["'”’)]?$/.test(lastParagraph));
  // "Duties may include: Assist cooks …" is a sentence that introduces what follows, not a heading and its text.
  const sentence = LEAD_IN_VERB.test(field.label);
  if (kind !== 'other' && (kind !== state.current.kind || sameKindBelowEmpty || afterRunIn) && runIn && !sentence && /^\p{Lu}/u.test(field.label)) {
    openSection(state, field.label);
    addRunInText(state, field.value);
    state.current.runIn = true;
    return true;
  }
  // In the opening block, before any heading, a form label over a paragraph on its line is that paragraph's heading.
  if (state.current === state.preamble && isRunInParagraph(field)) {
    openSection(state, field.label);
    addText(state.current, field.value, true);
    return true;
  }
  if (!isGenericField(field)) return false;
  // Inside a description's prose ("Current Hours Available: 30+ per week …") the line is a detail and stays text
  // too; in other sections (duties, "Supervises: …" under Reporting Relationships) it is only what the owner wrote.
  const prose = state.current.kind === 'summary' || state.current.kind === 'description';
  if (contentSection && (ownLines || !prose)) return false;
  setField(state, field.label, field.value);
  if (!contentSection) takeWrappedValue(state, field.label, field.value, i);
  return !contentSection;
}

/**
 * A field's value wrapped onto the lines below it. After a value cut on a comma or a linking word ("… Street
 * Foreman," / "Golf Course Superintendent, Building Maintenance" / "Foreman"), the lines up to the next blank line;
 * otherwise one line indented under the value's column, after a blank line or not ("Schedule:   Monday – Friday …" /
 * "                Adjustable if needed."). None of them a field, an item, a heading's line or a long sentence. A word
 * broken at its hyphen ("Non" / "-Exempt") is joined back whole.
 */
function takeWrappedValue(state: ParseState, label: string, value: string, i: number): void {
  if (state.fields.get(label) !== value) return;
  const line = state.lines[i];
  const wraps = (l: Line | undefined): l is Line =>
    l !== undefined && l.text !== '' && !l.bullet && l.hint === 'none' && !/[:：]/.test(l.text) && l.text.split(' ').length <= 12;
  // "FLSA STATUS: Non" / "-Exempt": a word the copy broke at its hyphen, the rest on the next line. One word.
  const rest = state.lines[i + 1];
  if (/\p{L}$/u.test(value) && rest !== undefined && !rest.bullet && rest.hint === 'none' && /^-\p{L}[\p{L}-]*$/u.test(rest.text)) {
    state.fields.set(label, `${value}${rest.text}`);
    state.consumed = i + 1;
    return;
  }
  const parts: string[] = [];
  let last = i;
  if (DANGLING.test(value)) {
    for (let j = i + 1; j < state.lines.length && j <= i + 4 && wraps(state.lines[j]); j += 1) {
      parts.push(state.lines[j]?.text ?? '');
      last = j;
    }
  } else {
    const j = state.nextIndex[i];
    const next = j === undefined ? undefined : state.lines[j];
    const after = j === undefined ? undefined : state.lines[j + 1];
    if (j !== undefined && wraps(next) && line && next.indent >= 8 && next.indent > line.indent && (after === undefined || after.text === '')) {
      parts.push(next.text);
      last = j;
    }
  }
  if (parts.length === 0) return;
  state.fields.set(label, [value, ...parts].join(' '));
  state.consumed = last;
}

/** A line shaped "Topic: what to do" (a label we do not know, then a clause of three words or more). */
function isLabelledClause(line: Line | undefined): boolean {
  if (!line || line.bullet || line.hint !== 'none') return false;
  const field = parseFieldLine(line.text);
  return field !== null && !field.known && field.label.split(' ').length <= 3 && field.value.split(' ').length >= 3;
}

/**
 * How many "Topic: what to do" lines stand one under another (no blank line) around line i, counting at most two
 * on each side: enough to tell a run of three, and a long run costs no more per line than a short one.
 */
function labelledRunLength(state: ParseState, i: number): number {
  const run = labelledRun(state, i);
  return run === null ? 0 : run.to - run.from + 1;
}

/** The first and last line of that run around line i (at most two on each side), or null when line i is no such line. */
function labelledRun(state: ParseState, i: number): { from: number; to: number } | null {
  if (!isLabelledClause(state.lines[i])) return null;
  let from = i;
  let to = i;
  while (from > i - 2 && isLabelledClause(state.lines[from - 1])) from -= 1;
  while (to < i + 2 && isLabelledClause(state.lines[to + 1])) to += 1;
  return { from, to };
}

/** The labelled lines around line i (those labelledRunLength counts) each name a known section. */
function isRunOfSectionLabels(state: ParseState, i: number): boolean {
  const run = labelledRun(state, i);
  if (run === null) return false;
  for (let k = run.from; k <= run.to; k += 1) if (!isKnownHeading(parseFieldLine(state.lines[k]?.text ?? '')?.label ?? '')) return false;
  return true;
}

/** "Salary Range:" alone on its line, the amount on the next one. */
function takeValueFromNextLine(state: ParseState, label: string, i: number): boolean {
  const j = state.nextIndex[i];
  const next = j === undefined ? undefined : state.lines[j];
  if (j === undefined || !next || next.bullet || next.hint !== 'none' || next.text.split(' ').length > 15) return false;
  if (isHeadingLine(next, { standsApart: false, next: undefined }) || parseFieldLine(next.text)) return false;
  // "***$600 sign on bonus currently in effect for all new hires!***" is an announcement, not the value.
  if (next.text.includes('!')) return false;
  // "Shift:" over "8 hour shift" / "Morning shift": a heading over a list without markers, not one value.
  const after = state.lines[j + 1];
  const listFollows =
    after !== undefined && after.text !== '' && !after.bullet && after.hint === 'none' && !/[:：]/.test(after.text + next.text) &&
    after.text.split(' ').length <= 6 && !isKnownHeading(after.text);
  if (listFollows) return false;
  setField(state, label, next.text);
  state.consumed = j;
  return true;
}

/** The page title line ("… Job Description, Duties, …", an HTML <h1>) or a short first line naming the job. */
function handleTitleLine(state: ParseState, line: Line): boolean {
  if (line.bullet) return false;
  const inPreamble = state.current === state.preamble;
  const h1 = inPreamble && line.hint === 'title' && classifyHeading(line.text) === 'other';
  // Under a board's question ("… for the Cashier-Country Mart position at …?"), the posting's first line naming a job
  // in its own words ("Cashiers") is its title.
  // "Resident Assistant Job Description" names it too, without the words about the page.
  const underQuestion = state.pageTitle !== null && isBoardQuestion(state.pageTitle) && state.shortTitle === null && !state.titleLineSeen;
  const named = underQuestion && isPageTitleLine(line.text) ? titleFromPageTitle(line.text) ?? line.text : line.text;
  if (underQuestion && inPreamble && isEmptySection(state.preamble) && line.hint === 'none' && isShortTitleLine(named) && namesAJob(named) && classifyHeading(named) === 'other') {
    state.shortTitle = named;
    return true;
  }
  // A page title names the job; "Job Description & How to Apply Below" does not, and is a heading. Only before
  // the posting starts: "Full job description" further down is a heading.
  const early = inPreamble && state.shortTitle === null;
  if ((early && isPageTitleLine(line.text) && titleFromPageTitle(line.text) !== null) || h1) {
    state.pageTitle = state.pageTitle ?? cleanHeading(line.text);
    return true;
  }
  // "Bean & Leaf Coffee" then "Barista": the company's name came first; the line naming a job is the title.
  const replaces = state.shortTitle !== null && !namesAJob(state.shortTitle) && namesAJob(line.text) && line.hint === 'none';
  if (replaces && inPreamble && state.pageTitle === null && !isProse(state.preamble.paragraphs) && isShortTitleLine(line.text)) {
    // "Homestead Care Group" over "Caregiver Job Description": the job's name, without the words about the page.
    state.opening.push(state.shortTitle ?? '');
    state.shortTitle = (isPageTitleLine(line.text) ? titleFromPageTitle(line.text) : null) ?? line.text;
    return true;
  }
  const untitled = state.pageTitle === null && state.shortTitle === null;
  // "We're hiring! Administrative Associate (Part-time, contract)" first: a banner, then the job's name.
  const announced = jobAfterBanner(line.text);
  if (untitled && inPreamble && isEmptySection(state.preamble) && state.sections.length === 0 && announced !== null && isShortTitleLine(announced)) {
    state.shortTitle = announced;
    return true;
  }
  // "CITY OF SPRINGFIELD" over "MAINTENANCE WORKER I": the employer, not a heading; the job's name follows.
  if (untitled && inPreamble && isEmployerLine(line.text) && isEmptySection(state.preamble)) {
    state.opening.push(line.text);
    return true;
  }
  // "Employment at ACTS Thrift Store" over the posting: the careers page's heading, before anything else.
  if (untitled && inPreamble && isPageHeading(line.text) && isEmptySection(state.preamble) && state.sections.length === 0) return true;
  if (!untitled || !isShortTitleLine(line.text) || classifyHeading(line.text) !== 'other') return false;
  // Before any content: only page furniture or a job board's odd line came first. A Markdown or Word heading counts.
  const first = inPreamble && !isProse(state.preamble.paragraphs) && state.preamble.bullets.length === 0;
  const atStart = first && (line.hint === 'none' || (line.hint === 'heading' && isEmptySection(state.preamble)));
  // A job board's "Job description" heading over the posting, then the job's name.
  const board = state.sections.length === 1 && state.current.explicit && isEmptySection(state.current) && /^(job )?description$/i.test(state.current.heading);
  if (!atStart && !(board && line.hint === 'none')) return false;
  // "Job Preview", "Job Opening Explained": words about the posting name no job; they head what follows.
  if (isAboutThePosting(line.text)) {
    openSection(state, line.text);
    return true;
  }
  state.shortTitle = line.text;
  return true;
}

/** "Automotive Technicians; levels" → "Automotive Technicians": a note in lower case after a semicolon. */
function withoutNoteAfterSemicolon(title: string): string {
  const noted = /^(.*[\p{L})])\s*;\s+\p{Ll}[^;]*$/u.exec(title);
  return noted?.[1] && namesAJob(noted[1]) ? noted[1] : title;
}

/** "Cashier (substitute employee position)" → "Cashier"; "Certified Nursing Assistant (CNA)" keeps its letters. */
function withoutLowerCaseNote(title: string | null): string | null {
  if (title === null) return null;
  // "Senior Engineer (Backend, Full-stack)" names a kind of the job in capitals: it stays.
  const bare = title.replace(/\s*\((?=[^()]*\p{Ll}{3})(?![\p{Lu}\d][^()]*(?:,|\/)\s*\p{Lu})[^()]*\)$/u, '').trim();
  return bare === '' ? title : bare;
}

function setField(state: ParseState, label: string, value: string): void {
  if (!state.fields.has(label)) state.fields.set(label, value);
  state.current.fields = (state.current.fields ?? 0) + 1;
  state.lastRole = 'field';
}

function finish(state: ParseState): ParsedJobDescription {
  // Lines read as headings before the first section that holds anything, over nothing, and naming no section ("ESCONDIDO
  // UNION SCHOOL DISTRICT" / "CLASS SPECIFICATION" over "DEFINITION"): the owner's opening lines, kept with them.
  const firstFilled = state.sections.findIndex((s) => !isEmptySection(s));
  // Not the title said again ("Equipment Operator I – Grade 15" as the page's heading and the posting's).
  const titleKey = (text: string | null): string => (text ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const said = [state.pageTitle, state.shortTitle].map(titleKey);
  const unheaded = state.sections
    .slice(0, firstFilled < 0 ? 0 : firstFilled)
    .filter((s) => !isKnownHeading(s.heading) && (s.fields ?? 0) === 0 && !said.includes(titleKey(s.heading)));
  const sections = withLeadInHeadings(state.sections, new Set(unheaded), said, titleKey, state.boardTail === true);
  const fields = Object.fromEntries(state.fields);
  const fromField = mapFieldsToRole(fields).title;
  // A board's question names the job in its own words: the posting's title only when a line of the posting names it too.
  const asked = state.pageTitle !== null && isBoardQuestion(state.pageTitle) && !state.titleLineSeen && state.shortTitle === null;
  const questioned = state.pageTitle !== null && isBoardQuestion(state.pageTitle) && state.shortTitle !== null;
  const fromPage = state.pageTitle === null || asked ? null : questioned && state.shortTitle !== null ? withoutEmployer(state.shortTitle) : withoutLowerCaseNote(titleFromPageTitle(state.pageTitle));
  // "# Job Opening: Lawn Crew Member": a page title written as a banner's label names the job after the label.
  const banner = state.pageTitle === null ? null : parseFieldLine(state.pageTitle);
  const fromBanner = banner && banner.value !== '' ? mapFieldsToRole({ [banner.label]: banner.value }).title : undefined;
  const title = (fromField ? withoutEmployer(fromField) : null) || fromBanner || fromPage || state.questionTitle || (state.shortTitle === null ? null : withoutEmployer(withoutNoteAfterSemicolon(state.shortTitle))) || null;
  // "Line Cook - Springfield, IL": the place after the job's name is the owner's too, kept in the opening section.
  const place = [fromField, state.shortTitle, state.pageTitle]
    .map((line) => (line ? placeAfterDash(line) : null))
    .find((cut) => cut && title !== null && cut.job.toLowerCase() === title.toLowerCase());
  // The first line read as the title, when the title came from elsewhere (a "Position:" field, the page's title) and it
  // is not the job's name said again ("Grafton County", "Rainbow Grocery Inc San Francisco, CA $18.96 per hour"): the
  // owner's line, kept first in the opening section.
  const short = titleKey(state.shortTitle);
  const unused = state.shortTitle !== null && short !== '' && title !== null && !short.includes(titleKey(title)) && !titleKey(title).includes(short);
  const preamble = preambleSection(state.preamble, [...(unused ? [state.shortTitle ?? ''] : []), ...(place ? [place.place] : []), ...state.opening, ...unheaded.map((s) => s.heading)]);
  return { title, fields, sections: preamble ? [preamble, ...sections] : sections };
}

/**
 * Sections as read, the empty ones dropped but for their headings: a heading over nothing but the next heading ("The
 * Duties and Responsibilities are:" or "Qualifications" over the sub-heading "Education & Experience:") introduces
 * what follows, so its words are kept as the first paragraph of the next section that holds anything. Not the
 * headings kept in the opening section, the title said again, or a job board's "Job Description" over the posting.
 */
function withLeadInHeadings(
  read: readonly SectionBuilder[],
  inOpening: ReadonlySet<SectionBuilder>,
  said: readonly string[],
  key: (text: string) => string,
  boardTail: boolean,
): ParsedSection[] {
  const sections: ParsedSection[] = [];
  const unmarkedLists = writesListsWithoutMarkers(read);
  let leadIns: string[] = [];
  for (const section of read) {
    if (isEmptySection(section)) {
      if (section.explicit && !inOpening.has(section) && !said.includes(key(section.heading)) && !isBoardHeading(section.heading)) leadIns.push(section.written ?? section.heading);
      continue;
    }
    if (isDetailsCard(section)) continue;
    const finished = finishSection(section, unmarkedLists);
    sections.push(leadIns.length === 0 ? finished : { ...finished, paragraphs: [...leadIns, ...finished.paragraphs] });
    leadIns = [];
  }
  // Lines read as headings at the end with nothing under them ("Physical Demands:" where a copy stops, "Competitive
  // hourly wage based on experience" after the benefits) head nothing: kept as paragraphs of the last section that
  // holds anything, so none of the owner's words is lost (the review screen splits a section at a line).
  const last = sections[sections.length - 1];
  if (leadIns.length > 0 && last && !boardTail) sections[sections.length - 1] = { ...last, paragraphs: [...last.paragraphs, ...leadIns] };
  return sections;
}
