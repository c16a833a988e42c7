// The one escaping of user text for Markdown (CommonMark): the text reads as text, never as a heading,
// list item, quote, code, emphasis, link, image, table or raw HTML. Pure; runs anywhere.

/** Characters with a meaning anywhere in a line (including < and &, so no HTML or entity passes through). */
const SYNTAX = /[\\`*_{}[\]()<>#+!|~&]/g;

function escapeLine(line: string): string {
  return line
    .replace(SYNTAX, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^(\s*)([-=])/, '$1\\$2');
}

/**
 * Escapes every Markdown metacharacter with a backslash. Line breaks in the text become hard line breaks
 * ("\" at the end of the line), so a blank line cannot end the block the text sits in; `lineBreaks:
 * 'space'` joins the lines with a space instead, for one-line places such as a heading.
 */
export function escapeMarkdown(text: string, lineBreaks: 'hard' | 'space' = 'hard'): string {
  return text
    .split(/\r\n?|\n/)
    .map(escapeLine)
    .join(lineBreaks === 'hard' ? '\\\n' : ' ');
}
