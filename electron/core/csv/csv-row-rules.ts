// Pure rules turning one CSV row into a candidate draft (NFC text, split lists, checked emails; every
// e-mail and phone column kept, a location's parts joined) or a reason it was refused, plus the keys
// duplicates are matched on. A row without a name is imported under its e-mail address with a warning
// naming its line; without an e-mail either, it is refused. Runs anywhere.
import type { ImportMapping, MultiColumnField } from '../../contract';
import { CANDIDATE_LIMITS, IMPORT_LIMITS, ROLE_LIMITS } from '../../contract/limits';
import { normalizeEmail, phoneDigits, phoneTail } from '../candidates/candidates-rules';
import { columnsOf } from './csv-mapping-rules';
import type { CsvRow } from './csv-parse';

export interface CandidateDraft {
  name: string;
  emails: string[];
  phones: string[];
  location: string;
  source: string;
  tags: string[];
  linkedin: string;
  portfolio: string;
  summary: string;
  role: string;
}

/** `warning`: the row was imported with a fallback, said in words that name its line. */
export type RowOutcome = { ok: true; draft: CandidateDraft; warning?: string } | { ok: false; reason: string };

const EMAIL = /^[^\s@<>(),;:"[\]]+@[^\s@<>(),;:"[\]]+\.[^\s@<>(),;:"[\]]+$/;
// The candidates' own limits (the contract's CANDIDATE_LIMITS), applied quietly: a CSV cell is cut, not refused.
const LIMITS = {
  name: CANDIDATE_LIMITS.fullName,
  text: CANDIDATE_LIMITS.location,
  summary: CANDIDATE_LIMITS.summary,
  tags: CANDIDATE_LIMITS.tags,
  tag: CANDIDATE_LIMITS.tag,
  emails: CANDIDATE_LIMITS.emails,
  phones: CANDIDATE_LIMITS.phones,
  phone: CANDIDATE_LIMITS.phone,
} as const;

// Printable ASCII words with single spaces between them: already NFC, nothing to fold or trim. Most
// cells of a large import look like this, and skipping normalize() and the replace is ~4x cheaper.
const PLAIN = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/;

/** NFC, trimmed, inner runs of whitespace (including newlines) folded to one space. */
export function cleanLine(value: string, max: number = LIMITS.text): string {
  if (value === '') return '';
  const folded = PLAIN.test(value) ? value : value.normalize('NFC').replace(/\s+/g, ' ').trim();
  return folded.slice(0, max);
}

/**
 * The key a phone is matched on, as the candidates rules compare them (phonesMatch): the last nine
 * digits of a long number, all digits of a short one; fewer than three digits never match.
 */
export function phoneKey(phone: string): string | null {
  const digits = phoneDigits(phone);
  if (digits.length < 3) return null;
  return digits.length >= 9 ? phoneTail(digits) : digits;
}

/** NFC; plain ASCII is already NFC. */
function nfc(value: string): string {
  for (let i = 0; i < value.length; i += 1) if (value.charCodeAt(i) > 0x7f) return value.normalize('NFC');
  return value;
}

function splitList(value: string, pattern: RegExp): string[] {
  return value
    .split(pattern)
    .map((part) => cleanLine(part))
    .filter((part) => part !== '');
}

function uniqueBy(values: string[], key: (v: string) => string): string[] {
  if (values.length < 2) return values;
  const seen = new Set<string>();
  return values.filter((value) => {
    const k = key(value);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function splitPhones(value: string): string[] {
  const phones = splitList(value, /[;,/]+/).filter((phone) => phoneKey(phone) !== null && phone.length <= LIMITS.phone);
  return uniqueBy(phones, (p) => phoneKey(p) ?? p).slice(0, LIMITS.phones);
}

/** The cell's text; the quote our export puts before =, +, - or @ (formula protection) is taken off again. */
function cell(cells: readonly string[], index: number | null | undefined): string {
  const value = index == null ? '' : (cells[index] ?? '');
  return value.charCodeAt(0) === 39 && /^'[=+\-@]/.test(value) ? value.slice(1) : value;
}

function shapeProblem(row: CsvRow, columns: number): string | null {
  if (row.chars > IMPORT_LIMITS.rowChars) return `Row is too long (over ${IMPORT_LIMITS.rowChars.toLocaleString('en-US')} characters)`;
  const extra = row.cells.slice(columns);
  if (row.cells.length < columns || extra.some((value) => value.trim() !== '')) {
    return `Expected ${columns} columns, found ${row.cells.length}`;
  }
  return null;
}

/** The columns of each multi-column field, worked out once per mapping. */
const columnCache = new WeakMap<ImportMapping, Record<MultiColumnField, number[]>>();

function multiColumns(mapping: ImportMapping): Record<MultiColumnField, number[]> {
  let columns = columnCache.get(mapping);
  if (!columns) {
    columns = { email: columnsOf(mapping, 'email'), phone: columnsOf(mapping, 'phone'), location: columnsOf(mapping, 'location') };
    columnCache.set(mapping, columns);
  }
  return columns;
}

/** The cells of several columns, in order; a single column's cell as is. */
function joinedCells(cells: readonly string[], columns: readonly number[], glue: string): string {
  if (columns.length === 1) return cell(cells, columns[0]);
  return columns.map((index) => cell(cells, index)).filter((value) => value.trim() !== '').join(glue);
}

/** A location's parts (Location, City, State, Country) joined with ", "; a part an earlier one already says is left out. */
function readLocation(cells: readonly string[], columns: readonly number[]): string {
  if (columns.length < 2) return cleanLine(cell(cells, columns[0]));
  const parts: string[] = [];
  for (const index of columns) {
    const part = cleanLine(cell(cells, index));
    if (part === '' || parts.some((earlier) => earlier.toLocaleLowerCase().includes(part.toLocaleLowerCase()))) continue;
    parts.push(part);
  }
  return cleanLine(parts.join(', '));
}

const LINKEDIN_URL = /^(https?:\/\/)?([a-z]+\.)?linkedin\.com\//i;

function readName(cells: readonly string[], mapping: ImportMapping): string {
  const full = cleanLine(cell(cells, mapping.name), LIMITS.name);
  if (full !== '') return full;
  return cleanLine(`${cell(cells, mapping.firstName)} ${cell(cells, mapping.lastName)}`, LIMITS.name);
}

/** Checks the row's shape and fields; a valid row becomes a draft. */
export function readRow(row: CsvRow, columns: number, mapping: ImportMapping): RowOutcome {
  const problem = shapeProblem(row, columns);
  if (problem) return { ok: false, reason: problem };
  const { cells } = row;
  const multi = multiColumns(mapping);
  const emails = uniqueBy(splitList(joinedCells(cells, multi.email, ';'), /[;,\s]+/), normalizeEmail);
  const bad = emails.find((email) => !EMAIL.test(email) || email.length > CANDIDATE_LIMITS.email);
  if (bad !== undefined) return { ok: false, reason: `Invalid email "${bad.slice(0, 80)}"` };
  const named = readName(cells, mapping);
  const name = named || (emails[0] ?? '');
  if (name === '') return { ok: false, reason: 'Missing a name and an email' };
  let linkedin = cleanLine(cell(cells, mapping.linkedin), CANDIDATE_LIMITS.url);
  let portfolio = cleanLine(cell(cells, mapping.portfolio), CANDIDATE_LIMITS.url);
  // A "URL" column of LinkedIn profiles (LinkedIn's own export) is the LinkedIn link, not a portfolio.
  if (linkedin === '' && LINKEDIN_URL.test(portfolio)) [linkedin, portfolio] = [portfolio, ''];
  return {
    ok: true,
    ...(named === '' ? { warning: `Line ${row.line} has no name: imported as "${name.slice(0, 80)}", its e-mail address.` } : {}),
    draft: {
      name,
      emails: emails.slice(0, LIMITS.emails),
      phones: splitPhones(joinedCells(cells, multi.phone, ';')),
      location: readLocation(cells, multi.location),
      source: cleanLine(cell(cells, mapping.source), CANDIDATE_LIMITS.sourceDetail),
      tags: uniqueBy(splitList(cell(cells, mapping.tags), /[;,]+/), (t) => t.toLocaleLowerCase())
        .map((tag) => tag.slice(0, LIMITS.tag))
        .slice(0, LIMITS.tags),
      linkedin,
      portfolio,
      summary: nfc(cell(cells, mapping.summary)).trim().slice(0, LIMITS.summary),
      role: cleanLine(cell(cells, mapping.role), ROLE_LIMITS.title),
    },
  };
}

/** The keys a draft is matched on against stored candidates and earlier rows. */
export function duplicateKeys(draft: Pick<CandidateDraft, 'emails' | 'phones'>): string[] {
  const keys: string[] = [];
  for (const email of draft.emails) keys.push(`e:${normalizeEmail(email)}`);
  for (const phone of draft.phones) {
    const key = phoneKey(phone);
    if (key !== null) keys.push(`p:${key}`);
  }
  return keys;
}
