// Turns pasted job-description text (or lines from a file format) into title, fields and sections. Pure, plain Node.
import type { ParsedJobDescription } from '../../contract/jd-schemas';
import { isFurnitureLine, isDateLine, isPageBlurb, isTrailingCallToAction } from './jd-parse-furniture';
import { isRoleFieldLabel, isGenericField, mapFieldsToRole, parseFieldLine } from './jd-parse-fields';
import {
  classifyHeading,
  cleanHeading,
  isHeadingLine,
  isPageTitleLine,
  isShortTitleLine,
  titleFromPageTitle,
  titleFromQuestion,
} from './jd-parse-headings';
import { assertTextSize, textToSourceLines, toLines, type Line, type SourceLine } from './jd-parse-lines';
import {
  addBullet,
  addText,
  continueBullet,
  continuesBullet,
  finishSection,
  isEmptySection,
  newSection,
  preambleSection,
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
  afterBlank: boolean;
  /** A line already consumed (the value under a "Salary Range:" label). */
  consumed: number;
}

/** Parses pasted text. Refuses text over 5 MB (JdImportError); otherwise never throws. */
export function parseJobDescriptionText(text: string): ParsedJobDescription {
  assertTextSize(text);
  return parseSourceLines(textToSourceLines(text));
}

/** Parses lines that a file format produced (HTML and .docx carry heading and list hints). */
export function parseSourceLines(source: readonly SourceLine[]): ParsedJobDescription {
  const lines = toLines(source);
  const state = initialState(lines.slice(0, contentEnd(lines)));
  for (let i = 0; i < state.lines.length; i += 1) step(state, i);
  return finish(state);
}

/** Where content ends: a trailing run of calls to action, share links and blank lines is dropped. */
function contentEnd(lines: readonly Line[]): number {
  let end = lines.length;
  while (end > 0) {
    const line = lines[end - 1];
    if (!line || (line.text !== '' && (line.bullet || !(isTrailingCallToAction(line.text) || isFurnitureLine(line.text))))) break;
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
  return {
    lines, nextIndex, fields: new Map(), preamble, current: preamble, sections: [],
    pageTitle: null, shortTitle: null, questionTitle: null, afterBlank: true, consumed: -1,
  };
}

function step(state: ParseState, i: number): void {
  const line = state.lines[i];
  if (!line || i <= state.consumed) return;
  if (line.text === '') {
    state.afterBlank = true;
    return;
  }
  handleLine(state, line, i);
  state.afterBlank = false;
}

function handleLine(state: ParseState, line: Line, i: number): void {
  const inPreamble = state.current === state.preamble;
  if (isRepeatedTitle(state, line)) return;
  if (continuesBullet(state.current, line, state.afterBlank)) return continueBullet(state.current, line.text);
  if (!line.bullet && isFurnitureLine(line.text)) return;
  if (inPreamble && !line.bullet && (isDateLine(line.text) || isPageBlurb(line.text))) return;
  if (handleField(state, line, i)) return;
  if (handleTitleLine(state, line)) return;
  const next = state.lines[state.nextIndex[i] ?? -1];
  const standsApart = state.afterBlank || state.current.last === 'bullet';
  if (isHeadingLine(line, { standsApart, next })) return openSection(state, line.text);
  if (line.bullet) addBullet(state.current, line.text, line.indent);
  else addText(state.current, line.text, state.afterBlank);
}

/** The page's own title printed again (page headers, a repeated banner) is not content. */
function isRepeatedTitle(state: ParseState, line: Line): boolean {
  if (line.bullet) return false;
  const text = cleanHeading(line.text).toLowerCase();
  return text === state.pageTitle?.toLowerCase() || text === state.shortTitle?.toLowerCase();
}

function openSection(state: ParseState, rawHeading: string): void {
  const heading = cleanHeading(rawHeading);
  state.questionTitle = state.questionTitle ?? titleFromQuestion(heading);
  const section = newSection(classifyHeading(heading), heading, true);
  state.sections.push(section);
  state.current = section;
}

/**
 * "Label: value" lines. Known labels become fields; inside a content section (duties, benefits …) the line also
 * stays as content, because there it is part of what the owner wrote. A section word as the label
 * ("Requirements: a driving licence") opens that section.
 */
function handleField(state: ParseState, line: Line, i: number): boolean {
  if (line.hint === 'heading' || line.hint === 'title') return false;
  const field = parseFieldLine(line.text);
  if (!field) return false;
  const contentSection = state.current.explicit && state.current.kind !== 'other';
  if (field.known && (!line.bullet || isRoleFieldLabel(field.label))) {
    if (field.value === '') return takeValueFromNextLine(state, field.label, i);
    setField(state, field.label, field.value);
    return !contentSection;
  }
  if (line.bullet || field.value === '') return false;
  const kind = classifyHeading(field.label);
  if (kind !== 'other' && kind !== state.current.kind && field.label.split(' ').length <= 3 && /^\p{Lu}/u.test(field.label)) {
    openSection(state, field.label);
    addText(state.current, field.value, true);
    return true;
  }
  if (contentSection || !isGenericField(field)) return false;
  setField(state, field.label, field.value);
  return true;
}

/** "Salary Range:" alone on its line, the amount on the next one. */
function takeValueFromNextLine(state: ParseState, label: string, i: number): boolean {
  const j = state.nextIndex[i];
  const next = j === undefined ? undefined : state.lines[j];
  if (j === undefined || !next || next.bullet || next.hint !== 'none' || next.text.split(' ').length > 15) return false;
  if (isHeadingLine(next, { standsApart: false, next: undefined }) || parseFieldLine(next.text)) return false;
  setField(state, label, next.text);
  state.consumed = j;
  return true;
}

/** The page title line ("… Job Description, Duties, …", an HTML <h1>) or a short first line naming the job. */
function handleTitleLine(state: ParseState, line: Line): boolean {
  if (line.bullet) return false;
  const inPreamble = state.current === state.preamble;
  const h1 = inPreamble && line.hint === 'title' && classifyHeading(line.text) === 'other';
  if (isPageTitleLine(line.text) || h1) {
    state.pageTitle = state.pageTitle ?? cleanHeading(line.text);
    return true;
  }
  const first = inPreamble && state.pageTitle === null && state.shortTitle === null && isEmptySection(state.preamble);
  if (first && line.hint === 'none' && isShortTitleLine(line.text) && classifyHeading(line.text) === 'other') {
    state.shortTitle = line.text;
    return true;
  }
  return false;
}

function setField(state: ParseState, label: string, value: string): void {
  if (!state.fields.has(label)) state.fields.set(label, value);
}

function finish(state: ParseState): ParsedJobDescription {
  const preamble = preambleSection(state.preamble);
  const sections = state.sections.filter((s) => !isEmptySection(s)).map(finishSection);
  const fields = Object.fromEntries(state.fields);
  const fromField = mapFieldsToRole(fields).title;
  const fromPage = state.pageTitle === null ? null : titleFromPageTitle(state.pageTitle);
  const title = fromField || fromPage || state.questionTitle || state.shortTitle || null;
  return { title, fields, sections: preamble ? [preamble, ...sections] : sections };
}
