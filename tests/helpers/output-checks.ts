// Test helpers: independent readers for the files Hirebook writes, to check that user text stayed text.
// HTML through htmlparser2 (elements, attributes, URLs, text), Markdown by its escapes. Runs in Vitest (Node).
import { parseDocument } from 'htmlparser2';

/** Every element the posting, careers and kit templates write, and every attribute they set. */
const TEMPLATE_TAGS = new Set([
  'html', 'head', 'meta', 'title', 'style', 'link', 'script', 'body', 'header', 'main', 'section', 'footer', 'div', 'span', 'img',
  'h1', 'h2', 'p', 'dl', 'dt', 'dd', 'ul', 'ol', 'li', 'a', 'strong', 'em', 'br', 'bdi', 'b', 'i',
]);
const TEMPLATE_ATTRIBUTES = new Set(['lang', 'charset', 'http-equiv', 'content', 'name', 'rel', 'href', 'src', 'alt', 'class', 'dir', 'type', 'style']);
/** Link and image targets a template writes: web and mail links, embedded data, the site's own files. */
const SAFE_URL = /^(?:https?:\/\/|mailto:|data:(?:image|font)\/|(?:\.\.\/)?(?:roles\/)?[a-z0-9-]+\.(?:html|css|png|jpg|webp)$)/;

interface Node {
  type: string;
  name?: string;
  attribs?: Record<string, string>;
  data?: string;
  children?: Node[];
}

export interface HtmlReading {
  /** Every element, in document order. */
  tags: string[];
  /** Elements or attributes no template writes, scripts that are not JSON-LD, unsafe URLs. */
  problems: string[];
  /** The text a reader sees (line breaks as spaces), without <title>, <style> and <script>. */
  text: string;
  title: string;
  /** The text inside each <script type="application/ld+json">. */
  jsonLd: string[];
}

const inner = (node: Node): string => (node.children ?? []).map((c) => (c.type === 'text' ? (c.data ?? '') : c.name === 'br' ? ' ' : inner(c))).join('');

export function readHtml(html: string): HtmlReading {
  const reading: HtmlReading = { tags: [], problems: [], text: '', title: '', jsonLd: [] };
  const texts: string[] = [];
  const walk = (node: Node): void => {
    if (node.type === 'text') texts.push(node.data ?? '');
    if (node.type === 'comment' || (node.type === 'directive' && !/^!doctype html$/i.test(node.data ?? ''))) reading.problems.push(`${node.type}: ${node.data}`);
    if (node.name !== undefined && node.type !== 'directive') {
      reading.tags.push(node.name);
      if (!TEMPLATE_TAGS.has(node.name)) reading.problems.push(`element <${node.name}>`);
      for (const [name, value] of Object.entries(node.attribs ?? {})) {
        if (!TEMPLATE_ATTRIBUTES.has(name)) reading.problems.push(`attribute ${name} on <${node.name}>`);
        if ((name === 'href' || name === 'src') && !SAFE_URL.test(value)) reading.problems.push(`${name}="${value}"`);
      }
      if (node.name === 'br') texts.push(' ');
      if (node.name === 'title') reading.title = inner(node);
      if (node.name === 'script') {
        if (node.attribs?.type !== 'application/ld+json') reading.problems.push('a script that is not JSON-LD');
        reading.jsonLd.push(inner(node));
      }
      if (node.name === 'title' || node.name === 'script' || node.name === 'style') return;
    }
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseDocument(html) as unknown as Node);
  reading.text = texts.join('');
  return reading;
}

/** The text of each paragraph and list item of stored section HTML that has any (HTML whitespace aside). */
export function blockTexts(html: string): string[] {
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.name === 'p' || node.name === 'li') out.push(inner(node));
    else for (const child of node.children ?? []) walk(child);
  };
  walk(parseDocument(html) as unknown as Node);
  return out.filter((text) => /[^\t\n\r\f ]/.test(text));
}

/** Whitespace as a browser shows it: every run one space. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const MARKDOWN_SYNTAX = new Set('\\`*_{}[]()<>#+!|~&');

/** Removes Markdown backslash escapes (a backslash before a line end is a hard break: the line end stays). */
export function unescapeMarkdown(md: string): string {
  return md.replace(/\\([\s\S])/g, '$1');
}

/** Markdown syntax that is not escaped: metacharacters anywhere, and list or heading markers at a line start. */
export function markdownSyntax(md: string): string[] {
  const found: string[] = [];
  for (let i = 0; i < md.length; i += 1) {
    const c = md[i] as string;
    if (c === '\\') i += 1;
    else if (MARKDOWN_SYNTAX.has(c)) found.push(`${c} at ${i}`);
  }
  for (const line of md.split(/\r\n?|\n/)) {
    if (/^\s*(?:[-=]|\d+[.)])/.test(line)) found.push(`line starting ${JSON.stringify(line.slice(0, 12))}`);
  }
  return found;
}
