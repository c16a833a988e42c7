// Turns a section's stored HTML subset into plain text blocks, sentences and words with character offsets, for the quality coach. Pure; runs in core (Node) or any JS engine.

/** One paragraph or list item. Offsets index the section's plain text. */
export interface PlainBlock {
  kind: 'paragraph' | 'list-item';
  /** 'ul' or 'ol' for list items: the innermost list the item sits in. */
  list?: 'ul' | 'ol';
  start: number;
  end: number;
  text: string;
}

export interface PlainText {
  /** Blocks joined by '\n'. Highlights in findings are offsets into this string. */
  text: string;
  blocks: PlainBlock[];
}

export interface WordToken {
  start: number;
  end: number;
  text: string;
}

export interface Sentence {
  blockIndex: number;
  start: number;
  end: number;
  text: string;
  words: WordToken[];
}

export interface AnalysedSection {
  sectionIndex: number;
  plain: PlainText;
  sentences: Sentence[];
  words: WordToken[];
}

const BLOCK_TAGS = new Set(['p', 'li', 'ul', 'ol', 'div', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre', 'table', 'tr', 'td', 'th']);
// Content of these is never visible text; the sanitizer removes them anyway, this is belt and braces.
const SKIP_CONTENT_TAGS = new Set(['script', 'style', 'template', 'noscript']);
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014',
  lsquo: '\u2018', rsquo: '\u2019', ldquo: '\u201c', rdquo: '\u201d', hellip: '\u2026', bull: '\u2022',
  middot: '\u00b7', euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', copy: '\u00a9', reg: '\u00ae', trade: '\u2122',
};

/** Decodes the entities an HTML serializer (ProseMirror, DOMPurify) actually emits; unknown ones stay as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z][a-z0-9]*);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[body.toLowerCase()] ?? whole;
  });
}

interface BlockBuilder {
  blocks: Array<Omit<PlainBlock, 'start' | 'end'>>;
  current: string;
  /** Open ul/ol/li tags, innermost last, to know whether text belongs to a list item. */
  stack: string[];
}

function flush(b: BlockBuilder): void {
  // Source whitespace is already one space per run (see appendText); tidy the spaces around br's '\n'.
  const text = b.current.replace(/ *\n */g, '\n').replace(/ {2,}/g, ' ').replace(/^[ \n]+|[ \n]+$/g, '');
  b.current = '';
  if (text === '') return;
  const liDepth = b.stack.lastIndexOf('li');
  if (liDepth < 0) {
    b.blocks.push({ kind: 'paragraph', text });
    return;
  }
  const list = b.stack.slice(0, liDepth).reverse().find((t) => t === 'ul' || t === 'ol');
  b.blocks.push({ kind: 'list-item', list: list === 'ol' ? 'ol' : 'ul', text });
}

/** Text between tags: entities decoded, source whitespace collapsed the way a browser does (nbsp kept). */
function appendText(b: BlockBuilder, raw: string): void {
  b.current += decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' ');
}

function handleTag(b: BlockBuilder, name: string, closing: boolean): void {
  if (name === 'br') {
    b.current += '\n';
    return;
  }
  if (!BLOCK_TAGS.has(name)) return; // inline: strong, em, a, span… contribute only their text
  flush(b);
  if (name !== 'ul' && name !== 'ol' && name !== 'li') return;
  if (!closing) b.stack.push(name);
  else {
    const at = b.stack.lastIndexOf(name);
    if (at >= 0) b.stack.length = at;
  }
}

/**
 * HTML subset → plain blocks. Each p / li (and any other block tag) is one block; text directly inside an
 * li before a nested list is its own block; source whitespace collapses to one space, br becomes '\n',
 * entities are decoded and empty blocks are dropped. Blocks are joined by '\n'.
 */
export function htmlToPlainBlocks(html: string): PlainText {
  const b: BlockBuilder = { blocks: [], current: '', stack: [] };
  const tagRe = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g;
  let last = 0;
  let skipUntil: string | null = null;
  for (let m = tagRe.exec(html); m !== null; m = tagRe.exec(html)) {
    if (skipUntil === null) appendText(b, html.slice(last, m.index));
    last = m.index + m[0].length;
    const name = m[2]?.toLowerCase();
    if (name === undefined) continue; // a comment
    const closing = m[1] === '/';
    if (skipUntil !== null) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (SKIP_CONTENT_TAGS.has(name) && !closing) skipUntil = name;
    else handleTag(b, name, closing);
  }
  if (skipUntil === null) appendText(b, html.slice(last));
  flush(b);
  return joinBlocks(b.blocks);
}

function joinBlocks(raw: Array<Omit<PlainBlock, 'start' | 'end'>>): PlainText {
  const blocks: PlainBlock[] = [];
  let offset = 0;
  for (const block of raw) {
    blocks.push({ ...block, start: offset, end: offset + block.text.length });
    offset += block.text.length + 1;
  }
  return { text: blocks.map((x) => x.text).join('\n'), blocks };
}

// A word: letters or digits, allowing inner apostrophes, hyphens, dots and commas ("don't", "full-time",
// "3.5", "45,000") so that such forms count as one word, as a reader would.
const WORD_RE = /[\p{L}\p{N}]+(?:['\u2019.,-][\p{L}\p{N}]+)*/gu;

/** Words in `text`, with offsets shifted by `base`. */
export function tokenizeWords(text: string, base = 0): WordToken[] {
  const out: WordToken[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const start = base + (m.index ?? 0);
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

// Abbreviations whose full stop does not end a sentence. "etc." is left out on purpose: it usually does.
const NON_TERMINAL_ABBREVIATIONS = new Set(['e.g', 'i.e', 'mr', 'mrs', 'ms', 'dr', 'vs', 'st', 'approx', 'jr', 'sr']);

/** The letters and dots just before `at` ("e.g" in "… e.g. cooks"), scanning back without a regex. */
function wordBefore(text: string, at: number): string {
  let i = at;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, at);
}

/** Character ranges (relative to the block) of the sentences in one block; a line break also ends one. */
export function splitSentences(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  const boundary = /[.!?\u2026]+["'\u2019\u201d)\]]*(?=\s|$)|\n/g;
  let start = 0;
  for (const m of text.matchAll(boundary)) {
    const at = m.index ?? 0;
    if (m[0] === '.' && NON_TERMINAL_ABBREVIATIONS.has(wordBefore(text, at).toLowerCase())) continue;
    const end = m[0] === '\n' ? at : at + m[0].length;
    pushTrimmed(out, text, start, end);
    start = at + m[0].length;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Array<{ start: number; end: number }>, text: string, start: number, end: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] ?? '')) s++;
  while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
  if (e > s) out.push({ start: s, end: e });
}

/**
 * A section ready for the checks. Every list item is at least one sentence even without a full stop,
 * which is how the readability formulas are meant to treat bullet points; spans with no words are dropped.
 */
export function analyseSection(html: string, sectionIndex: number): AnalysedSection {
  const plain = htmlToPlainBlocks(html);
  const sentences: Sentence[] = [];
  const words: WordToken[] = [];
  plain.blocks.forEach((block, blockIndex) => {
    for (const span of splitSentences(block.text)) {
      const start = block.start + span.start;
      const sentenceText = block.text.slice(span.start, span.end);
      const sentenceWords = tokenizeWords(sentenceText, start);
      if (sentenceWords.length === 0) continue;
      sentences.push({ blockIndex, start, end: block.start + span.end, text: sentenceText, words: sentenceWords });
      words.push(...sentenceWords);
    }
  });
  return { sectionIndex, plain, sentences, words };
}
