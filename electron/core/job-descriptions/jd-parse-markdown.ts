// Markdown → the parser's line model: "#" headings and bold-only lines become heading hints, inline marks are removed. Plain Node.
import { decodeHTML } from 'entities';
import { normalizeText, squash, stripListMarker, type SourceLine } from './jd-parse-lines';

const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
// "###Job Description": hashes run straight into a capitalised word. CommonMark wants a space there, but older
// Markdown did not, and a person reads a heading. Two hashes at least: "#Hiring" is a hashtag.
const GLUED_ATX_HEADING = /^\s{0,3}(#{2,6})(?=\p{Lu})(.*?)\s*#*\s*$/u;
const BOLD_LINE = /^\s*(\*\*|__)([^*_]+?)\1\s*[:：]?\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Removes inline Markdown (links, images, emphasis, code, escapes) and leaves the words, entities decoded ("&#x27;" → "'"). */
export function stripInlineMarkdown(text: string): string {
  const words = text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
  // Markdown allows HTML's character references anywhere in text (CommonMark, "Entity and numeric character references").
  return decodeHTML(words);
}

function markdownLine(raw: string): SourceLine {
  const indent = /^[ \t]*/.exec(raw)?.[0].replace(/\t/g, '    ').length ?? 0;
  const heading = ATX_HEADING.exec(raw) ?? GLUED_ATX_HEADING.exec(raw);
  if (heading) {
    const hint = heading[1] === '#' ? 'title' : 'heading';
    return { text: squash(stripInlineMarkdown(heading[2] ?? '')), indent: 0, hint };
  }
  const bold = BOLD_LINE.exec(raw);
  if (bold) return { text: squash(bold[2] ?? ''), indent, hint: 'heading' };
  if (TABLE_RULE.test(raw)) return { text: '', indent: 0, hint: 'none' };
  // Blockquotes and table pipes carry no meaning for a job description; the text inside does.
  const body = raw.replace(/^\s*(>\s?)+/, '').replace(/^\s*\|(.*)\|\s*$/, (_m, cells: string) => cells.split('|').join(' '));
  return { text: squash(stripInlineMarkdown(body)), indent, hint: 'none' };
}

// YAML front matter at the very top (a static site's page settings), and HTML comments: never shown to a reader.
const FRONT_MATTER = /^---\n(?:[^\n]*\n){0,60}?---[ \t]*(?:\n|$)/;
const HTML_COMMENT = /<!--[\s\S]*?-->/g;
// Raw HTML inside Markdown: an item written as <li> is an item; a line of only block tags (<ul>, </div>) is blank.
const HTML_ITEM = /^(\s*)<li\b[^>]*>(.*?)(?:<\/li>)?\s*$/i;
const HTML_BLOCK_TAGS = /^\s*(?:<\/?(?:ul|ol|div|section|br|hr|p)\b[^>]*>\s*)+$/i;

/**
 * A static site's front matter as the lines a reader would see: its `title` (unless the page's first heading
 * says it more fully, "Full Stack Engineer (Software Engineer II)"), and the settings written as labels for
 * people ("Place of Work: Remote"); machine keys (img, excerpt, published, tags …) are dropped.
 */
function frontMatterLines(block: string, body: string): string {
  const lines = block.split('\n').slice(1, -1);
  const firstHeading = (ATX_HEADING.exec(body.split('\n').find((line) => ATX_HEADING.test(line)) ?? '')?.[2] ?? '').toLowerCase();
  const out: string[] = [];
  for (const line of lines) {
    const pair = /^([^:\s][^:]*):\s*(.*)$/.exec(line);
    const key = pair?.[1]?.trim() ?? '';
    const value = (pair?.[2] ?? '').trim().replace(/^(["'])(.*)\1$/, '$2');
    if (!pair || value === '') continue;
    if (key === 'title') {
      if (!firstHeading.startsWith(value.toLowerCase())) out.push(`# ${value}`);
    } else if (/^\p{Lu}/u.test(key) || / /.test(key)) {
      out.push(`${key}: ${value}`);
    }
  }
  return out.length > 0 ? `${out.join('\n\n')}\n\n` : '';
}

/** More "(" than ")": a bracket the line opened and did not close. */
const openBracket = (text: string): boolean => (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;

// What starts a block of its own besides a list item: a heading, a quote, a fence, a table row, raw HTML, a rule.
const BLOCK_START = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|#{2,6}\p{Lu}|>|```|~~~|\||<)|^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/u;

/** A list item, by the shared list-marker rule (a pasted "o" or "•" one too). */
const isListItem = (line: string): boolean => stripListMarker(line.trim()) !== null;

/**
 * CommonMark's lazy continuation, where the item was visibly cut: a line right under a list item's text (no blank
 * line between) that starts no block of its own carries on that item when it starts in lower case or the item
 * left a bracket open or ended on a comma or a joining word: "-   Deploying … infrastructure as a service" over
 * "providers (e.g., Amazon Web Services, … Google" over "Compute Engine, RackSpace/OpenStack)" is one item. A line
 * that reads as a new start ("Benefits", a sentence in capitals) stays apart, as its writer meant, though
 * CommonMark would join it too.
 */
function joinLazyContinuations(lines: readonly string[]): string[] {
  const out: string[] = [];
  let inItem = false;
  for (const line of lines) {
    const blank = line.trim() === '';
    const item = out[out.length - 1] ?? '';
    const cut = /^[ \t]*\p{Ll}/u.test(line) || openBracket(item) || /(,|\b(and|or|of|to|the|a|an|for|with|in))$/i.test(item.trimEnd());
    if (inItem && cut && !blank && !isListItem(line) && !BLOCK_START.test(line) && !BOLD_LINE.test(line)) {
      out[out.length - 1] = `${out[out.length - 1] ?? ''} ${line.trim()}`;
      continue;
    }
    out.push(line);
    inItem = !blank && isListItem(line);
  }
  return out;
}

/** One source line per Markdown line (a list item's lazy continuation joined to it); list markers are left for the shared list-marker rules. */
export function markdownToSourceLines(markdown: string): SourceLine[] {
  const text = normalizeText(markdown);
  const shown = text
    .replace(FRONT_MATTER, (block) => frontMatterLines(block.trimEnd(), text.slice(block.length)))
    // Keep the comment's line breaks, so line numbers and blank lines around it stay as written.
    .replace(HTML_COMMENT, (comment) => comment.replace(/[^\n]/g, ''));
  return joinLazyContinuations(shown.split('\n'))
    .map((line) => (HTML_BLOCK_TAGS.test(line) ? '' : line.replace(HTML_ITEM, '$1- $2')))
    .map(markdownLine);
}
