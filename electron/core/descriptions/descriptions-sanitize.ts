// The HTML sanitizer for job-description sections: reduces any HTML to the stored subset (p, ul, ol,
// li, strong, em, br, a with http/https/mailto). Pure; runs in core (plain Node) on every write and read.
import type sanitizeHtml from 'sanitize-html';
import { lazyRequire } from '../lazy-require';

/** sanitize-html, loaded on the first description cleaned (lazy-require.ts). */
const sanitizer = lazyRequire<typeof sanitizeHtml>('sanitize-html');

const ALLOWED_TAGS = ['p', 'ul', 'ol', 'li', 'strong', 'em', 'a', 'br'];

/**
 * Tags whose content is dropped with them, not kept as text: code (script, style), embedded documents
 * (iframe, object, svg, math) and form widgets. Everything else not allowed is unwrapped: pasted
 * <div>/<span>/<h3> lose the tag but keep the words the owner wrote.
 */
const DROP_WITH_CONTENT = [
  'script', 'style', 'textarea', 'option', 'select', 'noscript', 'noembed', 'noframes', 'template',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'svg', 'math', 'title', 'head', 'xmp',
];

// Pasted text blocks become paragraphs, so their words do not run together ("Headingtext").
const BLOCKS_TO_PARAGRAPHS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'address', 'dd', 'dt'];
// Containers usually hold paragraphs of their own, and a <p> inside a <p> would split into empty ones:
// they are unwrapped instead, with a space after their loose text so words still stay apart.
const CONTAINERS = new Set(['div', 'section', 'article', 'header', 'footer', 'main', 'nav', 'aside', 'table', 'thead', 'tbody', 'tr', 'td', 'th', 'figure', 'figcaption']);

// Only absolute web and mail links: a relative link means nothing in a posting printed or pasted
// elsewhere, and every other scheme (javascript:, data:, file:, vbscript:) is a way to run or smuggle code.
const SAFE_HREF = /^(?:https?:\/\/[^\s]|mailto:[^\s])/i;

/** The href as a browser would read it: entities are already decoded by the parser; drop controls and spaces. */
function safeHref(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // eslint-disable-next-line no-control-regex -- browsers ignore these inside a scheme ("java\tscript:")
  const compact = raw.replace(/[\u0000-\u0020\u007f-\u009f]+/g, '');
  return SAFE_HREF.test(compact) ? raw.trim() : null;
}

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: { a: ['href', 'rel'] },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesAppliedToAttributes: ['href'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  nonTextTags: DROP_WITH_CONTENT,
  parseStyleAttributes: false,
  // Deep nesting is never real content and only costs time.
  nestingLimit: 20,
  transformTags: {
    b: 'strong',
    i: 'em',
    ...Object.fromEntries(BLOCKS_TO_PARAGRAPHS.map((tag) => [tag, 'p'])),
    // A link keeps only a safe href and always gets rel: a link with an unsafe target becomes plain text
    // (span is not allowed, so it is unwrapped).
    a: (_tag, attribs): sanitizeHtml.Tag => {
      const href = safeHref(attribs.href);
      return href === null
        ? { tagName: 'span', attribs: {} }
        : { tagName: 'a', attribs: { href, rel: 'noopener noreferrer' } };
    },
  },
  textFilter: (text, tag) => (CONTAINERS.has(tag) ? `${text} ` : text),
  // Formatting around nothing (an empty <strong>, a link with no text) is invisible and only confuses diffs.
  exclusiveFilter: (frame) => (frame.tag === 'strong' || frame.tag === 'em' || frame.tag === 'a') && frame.text.trim() === '',
};

// An empty paragraph as the editor writes it: <p></p>, <p> </p>, <p><br></p> (spaces and nbsp only).
const EMPTY_P = String.raw`<p>(?:\s|&nbsp;|<br\s*/?>)*</p>`;
const LEADING_EMPTY = new RegExp(`^(?:\\s*${EMPTY_P})+\\s*`);
const TRAILING_EMPTY = new RegExp(`\\s*(?:${EMPTY_P}\\s*)+$`);
const EMPTY_RUN = new RegExp(`(?:${EMPTY_P}){2,}`, 'g');

/**
 * Empty paragraphs at the start or end of a section are dropped; a run of them inside is kept as one
 * (the owner may want a visual break, but not a page of blank lines).
 */
function tidyEmptyParagraphs(html: string): string {
  return html.replace(LEADING_EMPTY, '').replace(TRAILING_EMPTY, '').replace(EMPTY_RUN, '<p></p>');
}

const MAX_PASSES = 4;

// Recent results, keyed by input. Autosave sends every section on every save although usually only one
// changed, and the editor's HTML is never byte-identical to the stored subset (TipTap adds target and
// rel to links); remembering results makes the unchanged sections free (a 3,000-word description costs
// ~5 ms to sanitize in full). Bounded by characters held: cleared when full, which only costs a re-run.
const RECENT = new Map<string, string>();
const RECENT_CHAR_LIMIT = 8_000_000;
let recentChars = 0;

function remember(input: string, output: string): string {
  const size = input.length + output.length;
  if (size > RECENT_CHAR_LIMIT / 4) return output;
  if (recentChars + size > RECENT_CHAR_LIMIT) {
    RECENT.clear();
    recentChars = 0;
  }
  RECENT.set(input, output);
  RECENT.set(output, output);
  recentChars += size + output.length;
  return output;
}

/**
 * Reduces any HTML to the stored subset. Idempotent (sanitizing twice changes nothing), so stored HTML
 * compares equal to a re-sanitized copy of itself and an unchanged autosave is recognised as such.
 * A pass can expose work for the next one (a <div> turned <p> inside a <p> is split by the parser on
 * the next read; an emptied <p> is then dropped), so passes repeat until the output is stable.
 */
export function sanitizeSectionHtml(html: string): string {
  const known = RECENT.get(html);
  if (known !== undefined) return known;
  let current = html;
  for (let pass = 0; pass < MAX_PASSES; pass += 1) {
    const next = tidyEmptyParagraphs(sanitizer()(current, OPTIONS).trim());
    if (next === current) return remember(html, next);
    current = next;
  }
  return current;
}
