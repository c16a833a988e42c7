// The job-description parser's line model: whitespace normalization, splitting, list-marker detection. Pure, plain Node.
import { DomainError } from '../errors';
import { isKnownHeading, isTitleCase } from './jd-parse-headings';

/** What a source format already knows about a line (HTML <h2>, <li>; Markdown "#"); plain text knows nothing. */
export type LineHint = 'none' | 'heading' | 'title' | 'bullet';

/** One line of input, before any meaning is given to it. An empty `text` is a blank line. */
export interface SourceLine {
  text: string;
  /** Leading spaces (tabs count as 4): tells a wrapped list item's continuation from a new paragraph. */
  indent: number;
  hint: LineHint;
}

/** A source line after list-marker detection. */
export interface Line {
  text: string;
  indent: number;
  hint: LineHint;
  bullet: boolean;
  /** "1." / "a)" markers: such a line may be a numbered heading ("2. Responsibilities") rather than an item. */
  numbered: boolean;
  /** The marker as written ("1.", "b)"), for a numbered line whose heading keeps it ("1. Nature of Work"). */
  marker?: string;
}

export const MAX_TEXT_BYTES = 5 * 1024 * 1024;

export type JdImportReason = 'too_large' | 'unsupported_format' | 'unreadable';

/** Refused input. A DomainError with code invalid_input, so dispatch reports it as-is; `reason` says which kind. */
export class JdImportError extends DomainError {
  readonly reason: JdImportReason;

  constructor(reason: JdImportReason, message: string) {
    super('invalid_input', message);
    this.name = 'JdImportError';
    this.reason = reason;
  }
}

/** UTF-8 size without allocating a buffer for the common case (short text cannot be over the limit). */
export function assertTextSize(text: string): void {
  if (text.length * 3 <= MAX_TEXT_BYTES) return;
  if (text.length > MAX_TEXT_BYTES || new TextEncoder().encode(text).length > MAX_TEXT_BYTES) {
    throw new JdImportError('too_large', 'This job description is over 5 MB of text. Paste or open a shorter document.');
  }
}

// Zero-width characters, BOMs and soft hyphens come in from Word and web pages and would break word matching.
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
// NBSP, narrow NBSP, en/em/thin spaces, ideographic space: pasted text is full of them and they are not \s in every tool.
const ODD_SPACE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// Control characters other than tab and newline (a PDF copy can carry \v, NUL; mis-decoded text C1 codes).
const CONTROL = /\p{Cc}/gu;

/** One canonical text: \n line ends, plain spaces, no invisible characters. */
export function normalizeText(raw: string): string {
  return raw
    .replace(/\r\n?|[\u2028\u2029\u0085\f]/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, (ch) => (ch === '\t' || ch === '\n' ? ch : ''));
}

/** Collapses runs of whitespace inside a line (tabs between words, double spaces). */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function measureIndent(line: string): number {
  let indent = 0;
  for (const ch of line) {
    if (ch === ' ') indent += 1;
    else if (ch === '\t') indent += 4;
    else break;
  }
  return indent;
}

// A form laid out in columns: "JOB CODE:   9621      FUNCTIONAL:   Finance" holds two fields, split at the wide gap.
const FORM_LINE = /^\s*\p{Lu}[^:：]{0,40}[:：]/u;
const COLUMN_GAP = /\s{3,}(?=\p{Lu}[\p{L}\d /&()'’-]{0,40}[:：](?:\s|$))/u;

function splitColumns(line: string): string[] {
  if (!FORM_LINE.test(line)) return [line];
  const parts: string[] = [];
  let rest = line;
  for (let match = COLUMN_GAP.exec(rest); match !== null && parts.length < 4; match = COLUMN_GAP.exec(rest)) {
    parts.push(rest.slice(0, match.index));
    rest = rest.slice(match.index + match[0].length);
  }
  return [...parts, rest];
}

// A heading in capitals left at the end of the paragraph before it ("… are encouraged to apply. ESSENTIAL
// ELEMENTS:"), or the capitals that head a line run into its first sentence ("OFFICE CLERK The City is seeking …"):
// a copy that lost the line breaks. Each part goes on its own line.
const TRAILING_CAPS_HEADING = /^(.*\S[.!?])\s+(\p{Lu}[\p{Lu}\d &/,'’()-]*\p{Lu}{3}[\p{Lu}\d &/,'’()-]*[:：])$/u;
const LEADING_CAPS = /^((?:[\p{Lu}\d&/'’(),-]{2,}\s+){2,}?)(\p{Lu}\p{Ll}+\s.*)$/u;

function splitRunTogetherHeadings(line: string): string[] {
  const text = line.trim();
  const trailing = TRAILING_CAPS_HEADING.exec(text);
  if (trailing?.[1] && trailing[2] && trailing[1].split(' ').length >= 8) return [...splitRunTogetherHeadings(trailing[1]), trailing[2]];
  const leading = LEADING_CAPS.exec(text);
  const rest = leading?.[2] ?? '';
  if (leading?.[1] && /[.!?:：]$/.test(text) && rest.split(' ').length >= 8 && (rest.match(/\s\p{Ll}/gu) ?? []).length >= 4) return [leading[1].trim(), rest];
  return [line];
}

// "• High school diploma or GED. • Three to six months related experience.": a list whose line breaks were lost, each
// item still behind the symbol marker that opens the line.
const RUN_TOGETHER_ITEMS = /^(\s*)([•▪●■►‣∙])\s*\S/u;

/**
 * A line of items run together behind the same symbol marker: one line per item, each with its marker. The lead-in
 * before them ("Cooks must exercise the following skills: • Knowledge … • Ability …") goes on a line of its own, and
 * a heading in capitals after an item's last sentence ("… ServSafe Certificate. PREVIOUS EXPERIENCE • A minimum …")
 * on a line of its own between the items.
 */
function splitRunTogetherItems(line: string): string[] {
  // "… apply today! Responsibilities: • Ensure … • Scrape plates …": a paragraph, then a heading we know with its
  // colon, run into its items: the paragraph, the heading and each item on lines of their own, however long the
  // paragraph. A lead-in ends in a colon too, but is no heading.
  const prose = PROSE_THEN_LIST.exec(line);
  const heading = prose?.[2] ?? '';
  if (prose?.[1] && prose[3] && heading.split(' ').length <= 5 && isKnownHeading(heading)) {
    const items = splitRunTogetherItems(prose[3]);
    if (items.length >= 2) return [prose[1], `${heading}:`, ...items];
  }
  const leadIn = RUN_IN_LEAD_IN.exec(line);
  if (leadIn?.[1] && leadIn[2]) {
    const items = splitRunTogetherItems(leadIn[2]);
    return items.length >= 2 ? [leadIn[1], ...items] : [line];
  }
  const marker = RUN_TOGETHER_ITEMS.exec(line);
  if (!marker?.[2]) return [line];
  const items = line.trim().slice(1).split(` ${marker[2]} `).map((item) => item.trim());
  if (items.length < 2 || items.some((item) => item.split(' ').length < 2)) return [line];
  return items.flatMap((item) => {
    const heading = CAPS_AFTER_ITEM.exec(item);
    const text = heading?.[1] ?? item;
    return [`${marker[1] ?? ''}${marker[2] ?? ''} ${text}`, ...(heading?.[2] ? [heading[2]] : [])];
  });
}

// "… apply today! Responsibilities: • Ensure …": a sentence's end, a heading of a few words and its colon, then items.
const PROSE_THEN_LIST = /^(\s*\S.*[.!?]["'”’)]?)\s+(\p{Lu}[^.!?:：•▪●■►‣∙]{2,40})[:：]\s+([•▪●■►‣∙]\s+\S.*)$/u;
// "… the following qualities and skills: • Knowledge of …": a lead-in ending in a colon, then items behind a marker.
const RUN_IN_LEAD_IN = /^(\s*\S.{0,300}?[:：])\s+([•▪●■►‣∙]\s+\S.*)$/u;
// "… or ServSafe Certificate. PREVIOUS EXPERIENCE": a heading of two to five words in capitals after a sentence.
const CAPS_AFTER_ITEM = /^(.*\S[.!?])\s+(\p{Lu}{2,}(?: (?:\p{Lu}{2,}|&|AND|OF)){1,4})$/u;

// Text pasted from a page editor or a chat keeps Markdown's bold: "**Duties**:" alone on its line, "**Pay:** $18".
const BOLD_ONLY = /^\s*(\*\*|__)([^*_]+?)\1\s*([:：]?)\s*$/;
const BOLD_START = /^(\s*)(\*\*|__)([^*_]+?)\2/;

/** A line written all in bold is a heading, as in Markdown (unless it is a "Label: value" line); a bold start is plain text. */
function boldLine(line: string): SourceLine {
  const bold = BOLD_ONLY.exec(line);
  const inner = bold?.[2]?.trim() ?? '';
  const indent = measureIndent(line);
  if (bold) return { text: squash(inner + (bold[3] ?? '')), indent, hint: /[:：]\s*\S/.test(inner) ? 'none' : 'heading' };
  return { text: squash(line.replace(BOLD_START, '$1$3')), indent, hint: 'none' };
}

// A table pasted as text keeps its cell borders: "Organization Name: | Country Mart |", "Tasks |", a lone "|", and
// empty cells at a row's end ("JOB PURPOSE: | ||").
const CELL_BORDER_END = /(?:\s*\|)+\s*$/;
// "---|---|---|": the rule under a table's header row.
const TABLE_RULE_ROW = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)+\|?\s*$/;

const cells = (row: string): string[] => row.replace(CELL_BORDER_END, '').split('|').map((cell) => cell.trim());

/**
 * A header row over its rule and one row of values ("POSITION TITLE: | DEPARTMENT | STATUS: |" / "---|---|---|" /
 * "Host/Hostess/Cashier/Lead | Food & Beverage | Full-Time |"): the posting's details, each header with the value
 * under it, one "Label: value" line each. Null when the rows do not line up, cell for cell, or a cell is empty.
 */
function detailsTable(header: string, rule: string, values: string | undefined): string[] | null {
  if (!TABLE_RULE_ROW.test(rule) || values === undefined || TABLE_RULE_ROW.test(values)) return null;
  const labels = cells(header).map((label) => label.replace(/\s*[:：]$/, ''));
  const row = cells(values);
  if (labels.length < 2 || labels.length !== row.length || [...labels, ...row].some((cell) => cell === '')) return null;
  return labels.map((label, k) => `${label}: ${row[k] ?? ''}`);
}

/**
 * Cell borders are not text: in a document where three lines or more end in a border (a table pasted as text), a
 * border at a line's end or inside it ("Label: | value |") goes, empty cells with it, and a line that is only borders
 * is blank; a header row over a rule and a row of values gives the details it pairs. A line that starts with a border
 * (a Markdown table row) and a single "Full Time | Remote" line elsewhere are left alone.
 */
function withoutCellBorders(lines: string[]): string[] {
  if (lines.filter((line) => CELL_BORDER_END.test(line)).length < 3) return lines;
  const out: string[] = [];
  for (let k = 0; k < lines.length; k += 1) {
    const line = lines[k] ?? '';
    const details = /^\s*\|/.test(line) ? null : detailsTable(line, lines[k + 1] ?? '', lines[k + 2]);
    if (details) {
      out.push(...details, '', '');
      k += 2;
    } else if (/^\s*(?:\|\s*)+$/.test(line) || TABLE_RULE_ROW.test(line)) out.push('');
    else if (/^\s*\|/.test(line) || !CELL_BORDER_END.test(line)) out.push(line);
    else out.push(line.replace(CELL_BORDER_END, '').replace(/\s+\|\s+/g, ' '));
  }
  return out;
}

/** Plain text → source lines; nothing is known about any line yet, bar a line written all in bold. */
export function textToSourceLines(raw: string): SourceLine[] {
  return withoutCellBorders(normalizeText(raw).split('\n'))
    .flatMap(splitRunTogetherItems)
    .flatMap(splitRunTogetherHeadings)
    .flatMap(splitColumns)
    .map(boldLine);
}

// Symbol bullets may be glued to the text ("•Item", "\uF0B7Item" from Word's Symbol font); ASCII ones need a space
// so that "-5 °C" or "*required" stay text. The PUA range F000–F0FF is where Symbol/Wingdings bullets land.
const SYMBOL_BULLET = /^[•▪◦●○■□▫►▶▸‣⁃∙·➢➤➔→✓✔❖\uF000-\uF0FF]\s*(\S.*)$/u;
const ASCII_BULLET = /^(?:[-*+–—]|o(?=\s))\s+(\S.*)$/;
const NUMBERED = /^(\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z]\)|\([a-zA-Z]\))\s+(\S.*)$/;
// "*6. Operate equipment …" beside "* 1. Perform …": a star that flags an item (an essential function, a required
// skill) glued to the item's number. The star is the marker and the number stays with the item, as after "* ".
const STARRED_NUMBER = /^\*(\d{1,3}[.)]\s+\S.*)$/;

/** The item text when the line starts with a list marker, else null; a number or letter comes with its marker. */
export function stripListMarker(text: string): { item: string; numbered: boolean; marker?: string } | null {
  const symbol = SYMBOL_BULLET.exec(text) ?? ASCII_BULLET.exec(text) ?? STARRED_NUMBER.exec(text);
  if (symbol?.[1]) return { item: symbol[1].trim(), numbered: false };
  const numbered = NUMBERED.exec(text);
  return numbered?.[2] && numbered[1] ? { item: numbered[2].trim(), numbered: true, marker: numbered[1] } : null;
}

// A character that starts lines as a marker would ("? Assist in planning …" where a bullet was mis-decoded, "» Item",
// "~ Item"), alone or repeated up to three times ("*** Starting pay …"), followed by a space. Letters, digits, quotes,
// brackets, currency and the ASCII marks that start text or quotes ("#", ">", "|", "$") are not.
const ODD_MARKER = /^(([^\p{L}\p{N}\s"'“”‘’()[\]{}$€£¥#@&%/\\.,:;!|<>=_])\2{0,2})\s+(\S.*)$/u;

/**
 * Markers that this document uses as list markers: a character that starts three lines or more, each followed by a
 * space and text. A marker is a marker by how often the document uses it, not by a list of known bullets.
 */
export function inferredMarkers(source: readonly SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of source) {
    if (line.hint !== 'none') continue;
    const match = ODD_MARKER.exec(line.text);
    const mark = match?.[1];
    if (mark && SYMBOL_BULLET.exec(line.text) === null && ASCII_BULLET.exec(line.text) === null) counts.set(mark, (counts.get(mark) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, n]) => n >= 3).map(([mark]) => mark));
}

/**
 * Items whose bullet glyph the copy lost, each still led by the one to three spaces that stood after it (" Greet
 * guests, explain menu …" under "Essential Duties"), some with marked sub-items under them: three lines or more at
 * that indent, each starting with a capital, under a line at the margin, with only deeper marked lines between them.
 */
export function indentMarkedItems(source: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  const isItemAt = (line: SourceLine | undefined, indent: number): boolean =>
    line !== undefined && line.hint === 'none' && line.indent === indent && /^[\p{Lu}\d]/u.test(line.text) && stripListMarker(line.text) === null;
  let above: SourceLine | undefined;
  let i = 0;
  while (i < source.length) {
    const line = source[i];
    const indent = line?.indent ?? 0;
    if (!line || line.text === '') {
      i += 1;
      continue;
    }
    if (indent < 1 || indent > 3 || (above?.indent ?? 1) !== 0 || !isItemAt(line, indent)) {
      above = line;
      i += 1;
      continue;
    }
    const run: number[] = [];
    let j = i;
    for (; j < source.length; j += 1) {
      const next = source[j];
      if (next === undefined || next.text === '' || (next.indent > indent && stripListMarker(next.text) !== null)) continue;
      if (!isItemAt(next, indent)) break;
      run.push(j);
    }
    if (run.length >= 3) for (const k of run) found.add(k);
    above = source[j - 1];
    i = j;
  }
  return found;
}

/**
 * A marked item that ends a sentence or a lead-in ("• Completes the training course by the fifth week.") over lines
 * indented deeper, without markers, each a few words in capitals that end no sentence ("Safe Pet Handling" / "Nail
 * Trimming"): its sub-items, whose markers the copy lost, not more of its text. Two lines or more, at one indent.
 */
export function unmarkedSubItems(source: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  const isSubItem = (line: SourceLine | undefined, indent: number): boolean =>
    line !== undefined &&
    line.hint === 'none' &&
    line.indent === indent &&
    stripListMarker(line.text) === null &&
    /^\p{Lu}/u.test(line.text) &&
    !/[.!?:;,]["'”’)]?$/.test(line.text) &&
    line.text.split(' ').length <= 8;
  for (let i = 0; i < source.length; i += 1) {
    const item = source[i];
    const marked = item && item.hint === 'none' ? stripListMarker(item.text) : null;
    const first = source[i + 1];
    if (!item || !marked || !first || first.indent <= item.indent || !/[.!?:：]["'”’)]?$/.test(marked.item)) continue;
    let j = i + 1;
    while (isSubItem(source[j], first.indent)) j += 1;
    if (j - i - 1 >= 2) for (let k = i + 1; k < j; k += 1) found.add(k);
  }
  return found;
}

// "I. Perform turf care …", "IV) Assist …": Roman numerals as item numbers, in capitals.
const ROMAN = /^([IVX]{1,5})[.)]\s+(\S.*)$/;
const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k += 1) {
    const value = ROMAN_VALUES[numeral[k] ?? ''] ?? 0;
    const next = ROMAN_VALUES[numeral[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** Whether the document numbers items with Roman numerals: a "II." or "II)" line somewhere. */
function usesRomanNumerals(source: readonly SourceLine[]): boolean {
  return source.some((line) => /^II[.)]\s+\S/.test(line.text));
}

/** True for a line that only draws a rule ("-----", "=====", "* * *"). */
export function isRuleLine(text: string): boolean {
  return /^([-=_*~#])(?:\s*\1){2,}$/.test(text);
}

// A numbered list flattened by a page or PDF copy: "2." alone on its line, the item on the next; or the next
// number left at the end of the line before ("… the following: 1.", "… relevant information 8.").
const LONE_NUMBER = /^(\d{1,3})[.)]$/;
// A bullet alone on its line ("*", "•"), its item on the next: how some pages and PDFs copy a list.
const LONE_BULLET = /^[*•·▪◦●○■□►▶‣⁃∙\uF0B7-]$/u;
const TRAILING_NUMBER = /^(.*\S)\s+(\d{1,3})[.)]$/;

interface NumberState {
  /** The last lone number seen, so only 1 or the next number counts. */
  last: number;
  /** The last letter that marked an item ("a." / "B."), so only "a" or the next letter counts as a marker. */
  letter: string;
  /** Lines after a lone number's item belong to that item until the next number or a blank line. */
  gluing: boolean;
  /** The last Roman numeral that marked an item, so only I or the next numeral counts. */
  roman: number;
  itemIndent: number;
}

function nextTextLine(source: readonly SourceLine[], i: number): SourceLine | undefined {
  for (let j = i + 1; j < source.length; j += 1) {
    const line = source[j];
    if (line && line.text !== '') return line;
  }
  return undefined;
}

/** Splits "… following: 1." into its text and a lone number, when the number starts or continues a list. */
function splitTrailingNumber(src: SourceLine, numbers: NumberState, next: SourceLine | undefined): SourceLine[] {
  const match = TRAILING_NUMBER.exec(src.text);
  if (!match || !next || next.hint !== 'none' || LONE_NUMBER.test(next.text)) return [src];
  const n = Number(match[2]);
  const starts = n === 1 && /[:：]$/.test(match[1] ?? '');
  if (!starts && !(numbers.last > 0 && n === numbers.last + 1)) return [src];
  return [{ ...src, text: match[1] ?? '' }, { text: `${n}.`, indent: src.indent, hint: 'none' }];
}

// "a.  Bathing", "B. Training and Experience: …": a letter and a full stop mark an item only in a lettered
// sequence (a, b, c …), so "A. Smith will supervise" or an initial starting a sentence stays text.
const LETTERED = /^([a-zA-Z])\.\s+(\S.*)$/;

/** A "b." (or "B.") line soon after: "a." starts a lettered list rather than a sentence after an initial. */
function lettersFollow(source: readonly SourceLine[], i: number, letter: string): boolean {
  const next = String.fromCharCode(letter.charCodeAt(0) + 1);
  for (let j = i + 1; j < source.length && j <= i + 20; j += 1) {
    const text = source[j]?.text ?? '';
    if (text.startsWith(`${next}.`) || text.startsWith(`${next})`)) return true;
  }
  return false;
}

function letteredItem(text: string, numbers: NumberState, source: readonly SourceLine[], i: number): { item: string; numbered: boolean } | null {
  const match = LETTERED.exec(text);
  const letter = match?.[1] ?? '';
  const item = match?.[2]?.trim() ?? '';
  if (!match || item === '' || /^\p{Lu}\.(\s|$)/u.test(item)) return null;
  const previous = numbers.letter;
  const starts = (letter === 'a' || letter === 'A') && lettersFollow(source, i, letter);
  const follows = previous !== '' && letter.charCodeAt(0) === previous.charCodeAt(0) + 1;
  if (!starts && !follows) return null;
  numbers.letter = letter;
  return { item, numbered: true };
}

/** "II. Assist in street maintenance" in a document numbered in Roman numerals: I, or the numeral after the last one. */
function romanItem(text: string, numbers: NumberState, roman: boolean): { item: string; numbered: boolean; marker: string } | null {
  const match = roman ? ROMAN.exec(text) : null;
  const value = match?.[1] ? romanValue(match[1]) : 0;
  if (!match?.[2] || value === 0 || (value !== 1 && value !== numbers.roman + 1)) return null;
  numbers.roman = value;
  return { item: match[2].trim(), numbered: true, marker: `${match[1]}.` };
}

/** A line that starts with one of the document's own markers ("? Assist …"): the item after it. */
function inferredItem(text: string, markers: ReadonlySet<string>): { item: string; numbered: boolean } | null {
  const match = markers.size > 0 ? ODD_MARKER.exec(text) : null;
  return match?.[1] && match[3] && markers.has(match[1]) ? { item: match[3].trim(), numbered: false } : null;
}

/**
 * Gives each source line its list-marker status and turns underlines into heading hints: a line followed by
 * "=====" or "-----" is a heading in Markdown (setext) and in plain-text documents alike.
 */
export function toLines(source: readonly SourceLine[]): Line[] {
  const out: Line[] = [];
  const numbers: NumberState = { last: 0, letter: '', gluing: false, itemIndent: 0, roman: 0 };
  const markers = inferredMarkers(source);
  const indented = new Set([...indentMarkedItems(source), ...unmarkedSubItems(source)]);
  const roman = usesRomanNumerals(source);
  let pendingNumber = false;
  let pendingBullet = false;
  const loneBullets = source.filter((l) => l.hint === 'none' && LONE_BULLET.test(l.text)).length;
  let setApart = false;
  source.forEach((original, i) => {
    for (const src of original.hint === 'none' ? splitTrailingNumber(original, numbers, nextTextLine(source, i)) : [original]) {
      if (isRuleLine(src.text)) {
        const prev = out[out.length - 1];
        if (prev && prev.text !== '' && !prev.bullet) prev.hint = 'heading';
        out.push({ text: '', indent: 0, hint: 'none', bullet: false, numbered: false });
        numbers.gluing = false;
        continue;
      }
      const lone = src.hint === 'none' ? LONE_NUMBER.exec(src.text) : null;
      const n = lone ? Number(lone[1]) : 0;
      const nextIsText = nextTextLine(source, i)?.hint === 'none';
      if (lone && (n === 1 || n === numbers.last + 1) && nextIsText) {
        numbers.last = n;
        numbers.gluing = false;
        pendingNumber = true;
        continue;
      }
      if (src.hint === 'none' && LONE_BULLET.test(src.text) && nextIsText) {
        numbers.gluing = false;
        // Only one in the whole text ("Listed on …" / "-" / "Retail" / "Job Description"): it sets the line after it
        // apart, as a blank line would on each side; it marks no list.
        if (loneBullets < 2) {
          out.push({ text: '', indent: 0, hint: 'none', bullet: false, numbered: false });
          setApart = true;
        } else pendingBullet = true;
        continue;
      }
      if (setApart && src.text !== '') {
        out.push({ text: src.text, indent: src.indent, hint: src.hint, bullet: false, numbered: false }, { text: '', indent: 0, hint: 'none', bullet: false, numbered: false });
        setApart = false;
        continue;
      }
      if (src.text === '') numbers.gluing = false;
      if ((pendingNumber || pendingBullet) && src.text !== '') {
        out.push({ text: src.text, indent: src.indent, hint: 'bullet', bullet: true, numbered: pendingNumber });
        numbers.gluing = pendingNumber;
        numbers.itemIndent = src.indent;
        pendingNumber = false;
        pendingBullet = false;
        continue;
      }
      if (numbers.gluing && src.hint === 'none' && src.text !== '' && stripListMarker(src.text) === null) {
        // Deeper than the item, so the section builder reads it as the item's continuation.
        out.push({ text: src.text, indent: numbers.itemIndent + 2, hint: 'none', bullet: false, numbered: false });
        continue;
      }
      const marker: { item: string; numbered: boolean; marker?: string } | null =
        src.hint === 'heading' || src.hint === 'title'
          ? null
          : (stripListMarker(src.text) ?? letteredItem(src.text, numbers, source, i) ?? romanItem(src.text, numbers, roman) ?? inferredItem(src.text, markers) ??
            (indented.has(i) ? { item: src.text, numbered: false } : null));
      if (marker) out.push({ text: marker.item, indent: src.indent, hint: 'bullet', bullet: true, numbered: marker.numbered, ...(marker.marker ? { marker: marker.marker } : {}) });
      else out.push({ text: src.text, indent: src.indent, hint: src.hint, bullet: src.hint === 'bullet', numbered: false });
    }
  });
  return markNumberedParts(out.flatMap((line, k) => splitHeadingOffItem(line, out[k + 1])));
}

// "Open Position 1", "Shift 2 (Part-Time)", "Option 3": a few capitalised words, a number, perhaps a note in brackets.
const NUMBERED_PART = /^(\p{Lu}[\p{L}'’&/-]*(?: [\p{L}'’&/-]+){0,3}) (\d{1,2})(?: \([^()]{1,30}\))?$/u;

/**
 * Parts of a posting named by one label and a number ("Open Position 1" over its schedule, "Open Position 2" over
 * the next): two or more such lines, each alone between blank lines, the same words numbered one after another. Each
 * heads what stands under it, never a "Label: value" field nor a line of the section above.
 */
function markNumberedParts(lines: Line[]): Line[] {
  const apart = (k: number): boolean => (lines[k - 1]?.text ?? '') === '' && (lines[k + 1]?.text ?? '') === '';
  const parts = new Map<number, { stem: string; n: number }>();
  lines.forEach((line, k) => {
    const part = line.hint === 'none' && !line.bullet && apart(k) ? NUMBERED_PART.exec(line.text) : null;
    if (part?.[1] && part[2]) parts.set(k, { stem: part[1].toLowerCase(), n: Number(part[2]) });
  });
  const stems = [...parts.values()];
  for (const [k, { stem, n }] of parts) {
    const series = stems.some((other) => other.stem === stem && Math.abs(other.n - n) === 1);
    const line = lines[k];
    if (series && line) lines[k] = { ...line, hint: 'heading' };
  }
  return lines;
}

// "+ Experience with Salesforce development Benefits:" over "+ Generous Health coverage": the line break before a
// heading lost, so the heading and its colon end the item above its own list. The item's words, then one to four
// words of a heading we know, capitalised, and the colon.
const HEADING_AT_ITEM_END = /^(.*\s\p{Ll}[\p{L}\d.'’/-]*)\s+(\p{Lu}[\p{L}'’&/-]*(?: (?:\p{Lu}[\p{L}'’&/-]*|and|&|of|to)){0,3})[:：]$/u;
// "We offer these Benefits:", "Here are the Requirements:": the heading's word inside a lead-in, not run onto an item.
const LEAD_IN_WORD = /\s(?:the|our|your|these|those|following|great|excellent|with|and|of|for|to|in|a|an|offer|offers|include|includes|are|is)$/i;

/**
 * A list item that ends in a known heading with its colon, over another item: the item, then the heading on a line of
 * its own over the items that follow. The item keeps at least three words; a lead-in written as an item stays whole.
 */
function splitHeadingOffItem(line: Line, next: Line | undefined): Line[] {
  if (!line.bullet || !next?.bullet) return [line];
  const run = HEADING_AT_ITEM_END.exec(line.text);
  const item = run?.[1] ?? '';
  const heading = run?.[2] ?? '';
  if (item.split(' ').length < 3 || LEAD_IN_WORD.test(item) || !isKnownHeading(heading) || !isTitleCase(heading)) return [line];
  return [
    { ...line, text: item },
    { text: `${heading}:`, indent: 0, hint: 'heading', bullet: false, numbered: false },
  ];
}
