// One place where text read from a candidate's file is made searchable: Unicode compatibility forms folded
// (NFKC: ligatures such as "ﬀ", full-width letters and digits), soft hyphens and invisible characters
// dropped, spacing tidied, letter-spaced words ("J O H N   D O E") closed up, words hyphenated across line
// ends joined, and (for PDF and plain text) lines that a paragraph merely wrapped joined back together.
// Pure; runs anywhere. Applying it twice gives the same text.

export interface NormalizeOptions {
  /**
   * Join a line to the previous one when it only continues the previous line's sentence (PDF and plain
   * text, where line ends are where the page ran out). Word paragraphs are real and stay as they are.
   */
  joinWrappedLines?: boolean;
}

/** Second halves of compounds: "minute-" + "taking" at a line end is "minute-taking". */
const COMPOUND_LAST = new Set(['based', 'driven', 'oriented', 'focused', 'related', 'friendly', 'minded', 'level', 'scale', 'taking', 'making', 'solving', 'facing', 'owned', 'wide', 'free', 'specific', 'going', 'looking', 'stocked', 'winning', 'certified', 'approved', 'managed', 'funded', 'the', 'and', 'to', 'by', 'of', 'ups', 'ins', 'outs', 'offs', 'ons']);

/** Words that keep their hyphen when a line ends after them ("self-\nmotivated" is "self-motivated"). */
const COMPOUND_FIRST = new Set(['self', 'well', 'cross', 'half', 'full', 'part', 'long', 'short', 'high', 'low', 'open', 'non', 'co', 'ex', 'first', 'real', 'multi', 'semi', 'anti', 'end', 'hands', 'fast', 'front', 'back', 'on', 'off', 'in', 'out', 'up', 'down', 'day', 'user', 'team', 'time', 'data', 'cost', 'client', 'detail', 'results', 'problem', 'goal']);

// Zero-width and format characters that split words without showing (not ZWJ/ZWNJ, which some scripts need).
const INVISIBLE = /[\u00AD\u200B\u2060\uFEFF\u180E]/g;
// eslint-disable-next-line no-control-regex -- control characters are exactly what this removes
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;
// C1 controls: pdfTeX's Computer Modern bullet comes out as U+0088; at a line start it is a bullet.
const C1_BULLET = /^[\u0080-\u009F](?=\s)/gmu;
const C1 = /[\u0080-\u009F]/g;
/** Hyphen-like characters NFKC leaves alone; each is an ordinary hyphen in a name, a word or a number. */
const HYPHENS = /[\u2010\u2011\u2012\u2043\uFE63\uFF0D]/g;
// Three or more capitals (or four or more letters) each followed by a single space: a letter-spaced word,
// which may hold a hyphen or apostrophe spaced out like its letters ("I L O R I - L U N D").
const LETTER_SPACED = /(?<![\p{L}\p{N}] ?)\p{Lu} (?:[\p{Lu}'’-] )+\p{Lu}(?! ?[\p{L}\p{N}])|(?<![\p{L}\p{N}] ?)(?:\p{L} ){3,}\p{L}(?! ?[\p{L}\p{N}])/gu;

function closeUpLetterSpacing(line: string): string {
  // Only short lines (names, headings) are letter-spaced; a long one is left alone, which also keeps the
  // pattern from backtracking over a crafted file's endless "A A A A" line.
  if (line.length > 200) return line;
  // Words in a letter-spaced line are two or more spaces apart; the letters one space apart.
  return line
    .split(/ {2,}/)
    .map((part) => part.replace(LETTER_SPACED, (run) => run.replaceAll(' ', '')))
    .join('  ');
}

/**
 * "devel-" + "opment" → "development", "CERTIFI-" + "CATES" → "CERTIFICATES"; "self-" + "motivated" keeps
 * its hyphen. A capitalised line start ("Smith-" + "Jones", "-" + "Java") is a new word and stays.
 */
function joinHyphenated(text: string): string {
  if (!text.includes('-\n')) return text;
  // Words as the document writes them elsewhere, whole or hyphenated, in lower case.
  const words = new Set(text.toLowerCase().match(/[\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)*/gu) ?? []);
  // Looks back from each "-\n" by hand: a pattern with the word before it would backtrack over a long
  // run of letters once per letter.
  return text.replace(/-\n[ \t]*(?=\p{L})/gu, (dash: string, offset: number) => {
    const head = /\p{L}+$/u.exec(text.slice(Math.max(0, offset - 40), offset))?.[0] ?? '';
    const tail = /^\p{L}+/u.exec(text.slice(offset + dash.length, offset + dash.length + 40))?.[0] ?? '';
    if (head === '') return dash;
    const capitals = head.length >= 2 && tail.length >= 2 && head === head.toUpperCase() && tail === tail.toUpperCase() && /\p{Lu}/u.test(head);
    if (!/^\p{Ll}/u.test(tail) && !capitals) return dash;
    // The document itself may show the word elsewhere, whole or hyphenated; else the compound lists decide.
    if (words.has(`${head}${tail}`.toLowerCase())) return '';
    if (words.has(`${head}-${tail}`.toLowerCase())) return '-';
    return COMPOUND_FIRST.has(head.toLowerCase()) || COMPOUND_LAST.has(tail.toLowerCase()) ? '-' : '';
  });
}

const BULLET_START = /^[•●▪■◦‣∙·*–—-]\s/u;
const SENTENCE_END = /[.:;!?]$/;

/** Joins a line to the one before when it starts in lower case and the one before ran on to it. */
function joinWrapped(text: string): string {
  const lines = text.split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const previous = out.at(-1);
    const continues =
      previous !== undefined &&
      previous.length >= 25 &&
      /^\p{Ll}/u.test(line) &&
      !SENTENCE_END.test(previous) &&
      !BULLET_START.test(line) &&
      // Not after a line that ends in an address or a link
      !/[@/]/.test(previous.slice(previous.lastIndexOf(' ') + 1));
    if (continues) out[out.length - 1] = `${previous} ${line}`;
    else out.push(line);
  }
  return out.join('\n');
}

/** The searchable form of text read from a file. */
export function normalizeExtractedText(raw: string, options: NormalizeOptions = {}): string {
  let text = raw
    .replace(/\r\n?/g, '\n')
    .replace(C1_BULLET, '•')
    .replace(C1, '')
    .replace(CONTROL, '')
    .normalize('NFKC')
    // A soft hyphen at a line end marks where a word was split: the two halves are one word.
    .replace(/\u00AD[ \t]*\n[ \t]*/g, '')
    .replace(INVISIBLE, '')
    .replace(HYPHENS, '-')
    // "555-‐5555" (a hyphen and a soft or Unicode hyphen) and "Ju­ly" leave doubled hyphens inside numbers
    .replace(/(?<=\d)-{2,}(?=\d)/g, '-')
    .replace(/\u2028|\u2029/g, '\n')
    .replace(/[^\S\n]/g, (space) => (space === '\t' ? '\t' : ' '));
  text = text
    .split('\n')
    .map((line) => closeUpLetterSpacing(line.replace(/\t/g, '  ').trim()).replace(/ {2,}/g, ' '))
    .join('\n');
  text = joinHyphenated(text);
  if (options.joinWrappedLines === true) text = joinWrapped(text);
  return text.replace(/\n{3,}/g, '\n\n').trim();
}
