// How two readings of a job posting compare, the rule the real-posting corpus is scored by
// (tests/unit/jd-real-corpus.test.ts: the parser's reading against a person's) and the readers' agreement is
// measured by (tests/unit/jd-reader-agreement.test.ts: a second person's against the first's). Runs in Vitest (Node).

/**
 * The held-out sets not yet read (scored, never tuned on), and the starts of their files' names: no other test reads them.
 * Sets 1-15 are retired to tuning (13 and 14 in the thirteenth round, 15 in the fourteenth).
 */
export const HIDDEN_SETS: readonly string[] = ['held-out-16'];
export const HIDDEN_PREFIXES: readonly string[] = ['heldout16-'];

/** One section of a reading: its heading as written, how many items its list holds, and whether it is an opening block with no heading. */
export interface ReadSection {
  heading: string;
  items: number;
  untitled: boolean;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Titles compare ignoring case and spacing; null (no title) only equals null. */
export const sameText = (a: string | null, b: string | null): boolean => (a === null || b === null ? a === b : squash(a).toLowerCase() === squash(b).toLowerCase());

/**
 * Headings compare as written, ignoring case, curly quotes, a trailing colon, asterisk or dash, and a leading
 * block mark (a page's "▌" bar before a heading).
 */
export function headingKey(heading: string): string {
  return squash(
    heading
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/^[\s▌■]+/, '')
      .replace(/[\s:：*–—]+$/, ''),
  );
}

/** Field values compare with their spacing squashed; labels also ignoring case. */
export const sameField = (a: string, b: string): boolean => squash(a) === squash(b);
export const fieldKey = (label: string): string => squash(label).toLowerCase();

export interface SectionMatch {
  /** For each wanted section, the index of the other reading's section it matched, or -1. */
  matched: number[];
  /** Sections of the other reading that matched none (an untitled opening block is never counted against). */
  extra: number[];
}

/**
 * Wanted sections matched in order: a section of the other reading with the same heading ("" wants an untitled
 * opening block) and the same number of items, after the last one matched.
 */
export function matchSections(want: readonly { heading: string; items: number }[], got: readonly ReadSection[]): SectionMatch {
  const used = new Set<number>();
  let from = 0;
  const matched = want.map((w) => {
    const found = got.findIndex((s, i) => {
      if (i < from || used.has(i) || s.items !== w.items) return false;
      return w.heading === '' ? s.untitled : headingKey(s.heading) === headingKey(w.heading);
    });
    if (found >= 0) {
      used.add(found);
      from = found + 1;
    }
    return found;
  });
  const extra = got.flatMap((s, i) => (used.has(i) || s.untitled ? [] : [i]));
  return { matched, extra };
}
