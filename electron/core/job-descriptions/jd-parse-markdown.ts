// Markdown → the parser's line model: "#" headings and bold-only lines become heading hints, inline marks are removed. Plain Node.
import { normalizeText, squash, type SourceLine } from './jd-parse-lines';

const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD_LINE = /^\s*(\*\*|__)([^*_]+?)\1\s*[:：]?\s*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** Removes inline Markdown (links, images, emphasis, code, escapes) and leaves the words. */
export function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, ' ')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=[^\s*_])(.+?)(?<=[^\s*_])\2(?=[\s).,;:!?]|$)/g, '$1$3')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1');
}

function markdownLine(raw: string): SourceLine {
  const indent = /^[ \t]*/.exec(raw)?.[0].replace(/\t/g, '    ').length ?? 0;
  const heading = ATX_HEADING.exec(raw);
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

/** One source line per Markdown line; list markers are left for the shared list-marker rules. */
export function markdownToSourceLines(markdown: string): SourceLine[] {
  return normalizeText(markdown).split('\n').map(markdownLine);
}
