// Pure decisions for search:everything: limiting an index query to some columns, saying which of a found
// candidate's fields holds what was typed, and which note holds it, with a snippet around it. No SQL, no I/O.
import type { SearchMatchField } from '../../contract';
import { phoneDigits } from '../candidates/candidates-rules';
import { normalizeForSearch } from '../templates/builtin-templates';

/** An FTS5 query (already built from the owner's words) limited to one or more columns of its index. */
export function inColumn(column: string, fts: string): string {
  return `{${column}} : (${fts})`;
}

/** The candidates index's columns of what was written about a person: notes, and interview notes. */
export const NOTE_COLUMNS = 'notes interview_notes';

function words(text: string): string[] {
  return normalizeForSearch(text.normalize('NFKC')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Every typed word starts some word of `text` (as the index matches: each word a prefix). */
function allWordsStart(typed: readonly string[], text: string): boolean {
  const have = words(text);
  return typed.length > 0 && typed.every((w) => have.some((h) => h.startsWith(w)));
}

/**
 * A template worth offering for what was typed: every word starts a word of its name, job title or
 * category. (The gallery's own search also reads each template's text, where "report" finds every job
 * that "reports to" someone: too loose for finding a thing by name.)
 */
export function templateNameMatches(typedText: string, template: { name: string; title: string; category: string }): boolean {
  return allWordsStart(words(typedText), `${template.name} ${template.title} ${template.category}`);
}

/** A note written about a person: on an application, or on an interview's scorecard (notes and takeaways). */
export interface NoteText {
  kind: 'note' | 'interview_note';
  text: string;
}

/** Characters of a snippet before the first matching word, and in all (about a line of the palette). */
const SNIPPET_BEFORE = 40;
const SNIPPET_LENGTH = 160;

/**
 * A line of `text` around the first word that starts with a typed word, cut at spaces, on one line, with "…"
 * where text was left out. Plain text: the palette marks the typed words itself.
 */
export function snippetAround(typedText: string, text: string): string {
  const typed = words(typedText);
  let at = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    const word = normalizeForSearch(match[0].normalize('NFKC'));
    if (typed.some((w) => word.startsWith(w))) {
      at = match.index;
      break;
    }
  }
  let start = Math.max(0, at - SNIPPET_BEFORE);
  // Begin at a word's start: skip the rest of a word cut in two.
  if (start > 0 && !/\s/.test(text.charAt(start - 1))) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < at ? space + 1 : start;
  }
  let end = Math.min(text.length, start + SNIPPET_LENGTH);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > at ? space : end;
  }
  const line = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > 0 ? '…' : ''}${line}${end < text.length ? '…' : ''}`;
}

/**
 * The first of a person's notes (newest first) that holds every typed word, else the first holding any
 * (the words may be spread over several notes), with a snippet around the match; null when none does.
 */
export function matchingNote<T extends NoteText>(typedText: string, notes: readonly T[]): { note: T; snippet: string } | null {
  const typed = words(typedText);
  if (typed.length === 0) return null;
  const note = notes.find((n) => allWordsStart(typed, n.text)) ?? notes.find((n) => typed.some((w) => words(n.text).some((h) => h.startsWith(w))));
  return note ? { note, snippet: snippetAround(typedText, note.text) } : null;
}

/**
 * Where a candidate found by the index matched, among the fields the palette shows: the name, the first
 * e-mail, the first phone (by digits), a tag, a note or interview note (given newest first); else the
 * résumé (or a field not shown, such as a second e-mail).
 */
export function candidateMatchField(
  typedText: string,
  hit: { fullName: string; email: string; phone: string; tags: readonly string[] },
  notes: readonly NoteText[] = [],
): SearchMatchField {
  const typed = words(typedText);
  if (allWordsStart(typed, hit.fullName)) return 'name';
  if (allWordsStart(typed, hit.email)) return 'email';
  const digits = phoneDigits(typedText);
  if (digits.length >= 3 && phoneDigits(hit.phone).includes(digits)) return 'phone';
  if (allWordsStart(typed, hit.tags.join(' '))) return 'tag';
  const note = notes.find((n) => allWordsStart(typed, n.text));
  if (note) return note.kind;
  return 'resume';
}
