// Pure decisions for search:everything: limiting an index query to one column, and saying which of a
// found candidate's fields holds what was typed. No SQL, no I/O.
import type { SearchMatchField } from '../../contract';
import { phoneDigits } from '../candidates/candidates-rules';
import { normalizeForSearch } from '../templates/builtin-templates';

/** An FTS5 query (already built from the owner's words) limited to one column of its index. */
export function inColumn(column: string, fts: string): string {
  return `{${column}} : (${fts})`;
}

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

/**
 * Where a candidate found by the index matched, among the fields the palette shows: the name, the first
 * e-mail, the first phone (by digits), a tag; else the résumé (or a field not shown, such as a second e-mail).
 */
export function candidateMatchField(
  typedText: string,
  hit: { fullName: string; email: string; phone: string; tags: readonly string[] },
): SearchMatchField {
  const typed = words(typedText);
  if (allWordsStart(typed, hit.fullName)) return 'name';
  if (allWordsStart(typed, hit.email)) return 'email';
  const digits = phoneDigits(typedText);
  if (digits.length >= 3 && phoneDigits(hit.phone).includes(digits)) return 'phone';
  if (allWordsStart(typed, hit.tags.join(' '))) return 'tag';
  return 'resume';
}
