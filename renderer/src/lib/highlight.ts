// Renderer: which parts of a text a search matched, for showing them marked (as React text, never HTML).
// A typed word matches the start of a word, ignoring case and accents, as the search index does. Pure.

export interface TextPart {
  text: string;
  hit: boolean;
}

const fold = (value: string): string => value.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

/** The typed words, folded (lower case, no accents). */
export function queryWords(query: string): string[] {
  return fold(query.normalize('NFKC')).match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The text in parts, each word's matched beginning marked `hit`. */
export function highlightParts(text: string, query: string): TextPart[] {
  const wanted = queryWords(query);
  if (wanted.length === 0 || text === '') return [{ text, hit: false }];
  const parts: TextPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = match[0];
    const folded = fold(word);
    const best = Math.max(0, ...wanted.filter((w) => folded.startsWith(w)).map((w) => w.length));
    if (best === 0) continue;
    // Where folding changed the length (a ligature, a combining mark), mark the whole word.
    const length = folded.length === word.length ? best : word.length;
    const start = match.index;
    if (start > last) parts.push({ text: text.slice(last, start), hit: false });
    parts.push({ text: text.slice(start, start + length), hit: true });
    last = start + length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hit: false });
  return parts;
}
