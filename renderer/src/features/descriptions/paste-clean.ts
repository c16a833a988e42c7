// Renderer: cleans pasted or dropped HTML as a string, before ProseMirror parses it into a DOM. Parsing
// alone makes Chromium check each inline handler and style attribute against our CSP and log a violation
// (nothing runs, but the console fills with errors), and an <img> would try to load. The schema and the
// core's sanitizer still decide what is kept; this only stops active markup from ever being parsed.

/** Elements dropped with their content: never visible text. */
const DROP_WITH_CONTENT = /<(script|style|template|noscript|title|iframe|object|svg|math|textarea|select)\b[\s\S]*?<\/\1\s*>/gi;
/** One start or end tag, attribute values may hold '>' inside quotes. */
const TAG = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const KEEP_TAGS = new Set(['p', 'br', 'ul', 'ol', 'li', 'b', 'strong', 'i', 'em', 'a', 'div', 'span', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'table', 'tbody', 'thead', 'tr', 'td', 'th']);
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const SAFE_HREF = /^(?:https?:\/\/|mailto:)/i;
const NOT_BOLD = /\sstyle\s*=\s*(?:"[^"]*font-weight\s*:\s*(?:normal|[1-4]00)[^"]*"|'[^']*font-weight\s*:\s*(?:normal|[1-4]00)[^']*')/i;

function cleanTag(whole: string, slash: string, rawName: string, attrs: string): string {
  const name = rawName.toLowerCase();
  if (!KEEP_TAGS.has(name)) return '';
  if (slash) return `</${name}>`;
  if (name === 'a') {
    const m = HREF.exec(attrs);
    const href = (m?.[1] ?? m?.[2] ?? m?.[3] ?? '').trim();
    return SAFE_HREF.test(href) ? `<a href="${href.replace(/"/g, '&quot;')}">` : '<a>';
  }
  // Google Docs wraps a whole paste in <b style="font-weight:normal">: that is not bold.
  if (name === 'b' && NOT_BOLD.test(attrs)) return '<span>';
  return `<${name}>`;
}

/** The pasted HTML with only inert tags and no attributes except a safe link's href. */
export function cleanPastedHtml(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(DROP_WITH_CONTENT, '')
    .replace(TAG, (whole, slash: string, name: string, attrs: string) => cleanTag(whole, slash, name, attrs))
    // A stray '<' that did not form a tag stays text; one that starts an unterminated tag is neutralised.
    .replace(/<(?=[a-zA-Z/!?])/g, '&lt;');
}
