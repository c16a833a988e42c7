// Reads a section's sanitized HTML (p, ul, ol, li, strong, em, a, br) into plain blocks — paragraphs
// and flat lists with a depth — that every output format renders its own way. Pure; runs anywhere.
import type * as HtmlParser from 'htmlparser2';
import { lazyRequire } from '../lazy-require';

/** htmlparser2, loaded on the first description turned into blocks (lazy-require.ts). */
const htmlparser2 = lazyRequire<typeof HtmlParser>('htmlparser2');

export interface TextRun {
  text: string;
  strong: boolean;
  em: boolean;
  /** The link target (http, https or mailto: the sanitizer allows nothing else). */
  href: string | null;
  /** A link's address added after its text by withLinkAddresses (shown smaller in print). */
  address?: true;
}

export type Inline = TextRun | { br: true };

export interface ListItem {
  runs: Inline[];
  /** 0 for a top-level item, 1 for an item of a list inside it, and so on. */
  depth: number;
}

export type Block = { type: 'p'; runs: Inline[] } | { type: 'list'; ordered: boolean; items: ListItem[] };

interface State {
  blocks: Block[];
  runs: Inline[];
  /** Open tags, innermost last. */
  stack: string[];
  hrefs: string[];
  /** The top-level list being filled, and how deep the current item is. */
  list: Extract<Block, { type: 'list' }> | null;
}

export function isBreak(inline: Inline): inline is { br: true } {
  return 'br' in inline;
}

/** Collapses whitespace and drops it at the edges and around line breaks. */
function tidy(runs: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const run of runs) {
    if (isBreak(run)) {
      out.push(run);
      continue;
    }
    const text = run.text.replace(/[\t\n\r\f ]+/g, ' ');
    if (text !== '') out.push({ ...run, text });
  }
  trimEdge(out, 'start');
  trimEdge(out, 'end');
  return out.filter((run, i) => !(isBreak(run) && (i === 0 || i === out.length - 1)));
}

function trimEdge(runs: Inline[], edge: 'start' | 'end'): void {
  while (runs.length > 0) {
    const index = edge === 'start' ? 0 : runs.length - 1;
    const run = runs[index] as Inline;
    if (isBreak(run)) return;
    const text = edge === 'start' ? run.text.replace(/^ +/, '') : run.text.replace(/ +$/, '');
    if (text !== '') {
      runs[index] = { ...run, text };
      return;
    }
    runs.splice(index, 1);
  }
}

function listDepth(stack: readonly string[]): number {
  return stack.filter((tag) => tag === 'ul' || tag === 'ol').length - 1;
}

/** Ends the paragraph or list item being collected. */
function flush(state: State): void {
  const runs = tidy(state.runs);
  state.runs = [];
  if (runs.length === 0) return;
  if (state.list && state.stack.includes('li')) {
    state.list.items.push({ runs, depth: Math.max(0, listDepth(state.stack)) });
    return;
  }
  state.blocks.push({ type: 'p', runs });
}

function open(state: State, name: string, attribs: Record<string, string>): void {
  if (name === 'p' || name === 'li') flush(state);
  if (name === 'ul' || name === 'ol') {
    flush(state);
    if (!state.list) {
      state.list = { type: 'list', ordered: name === 'ol', items: [] };
      state.blocks.push(state.list);
    }
  }
  if (name === 'br') state.runs.push({ br: true });
  if (name === 'a') state.hrefs.push(attribs.href ?? '');
  if (name !== 'br') state.stack.push(name);
}

function close(state: State, name: string): void {
  const at = state.stack.lastIndexOf(name);
  if (at < 0) return;
  if (name === 'p' || name === 'li' || name === 'ul' || name === 'ol') flush(state);
  state.stack.splice(at);
  if (name === 'a') state.hrefs.pop();
  if ((name === 'ul' || name === 'ol') && !state.stack.some((t) => t === 'ul' || t === 'ol')) state.list = null;
}

function text(state: State, value: string): void {
  const href = state.hrefs.length > 0 ? (state.hrefs[state.hrefs.length - 1] ?? '') : '';
  const run: TextRun = { text: value, strong: state.stack.includes('strong'), em: state.stack.includes('em'), href: href === '' ? null : href };
  // The parser hands over text in pieces (an entity is its own piece): pieces with the same marks are one
  // run, so a line such as "1&#46; x" reaches the Markdown escaping whole and cannot start a list.
  const last = state.runs[state.runs.length - 1];
  if (last !== undefined && !isBreak(last) && last.strong === run.strong && last.em === run.em && last.href === run.href) last.text += value;
  else state.runs.push(run);
}

/** The blocks of one section, in order. Call with sanitized HTML only. */
export function htmlToBlocks(html: string): Block[] {
  const state: State = { blocks: [], runs: [], stack: [], hrefs: [], list: null };
  const parser = new (htmlparser2().Parser)(
    {
      onopentag: (name, attribs) => open(state, name, attribs),
      onclosetag: (name) => close(state, name),
      ontext: (value) => text(state, value),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush(state);
  return state.blocks.filter((b) => b.type === 'p' || b.items.length > 0);
}

/** The words of some runs, without marks or link targets. */
export function runsText(runs: readonly Inline[]): string {
  return runs.map((run) => (isBreak(run) ? '\n' : run.text)).join('');
}

/** The label a reader should see for a link: its text, plus the address when the text hides it. */
export function linkSuffix(run: TextRun): string | null {
  if (run.href === null) return null;
  const shown = run.text.trim();
  const target = run.href.replace(/^mailto:/i, '');
  const bare = target.replace(/^https?:\/\//i, '').replace(/\/$/, '');
  return shown === target || shown === bare || shown === run.href ? null : bare;
}

/**
 * Adds the address after each link whose text hides it ("our menu (hearth.example/menu)"), once per
 * link even when the link text has several runs, so print, text and Markdown readers all see where it goes.
 */
export function withLinkAddresses(runs: readonly Inline[]): Inline[] {
  const out: Inline[] = [];
  runs.forEach((run, i) => {
    out.push(run);
    if (isBreak(run) || run.href === null) return;
    const next = runs[i + 1];
    if (next !== undefined && !isBreak(next) && next.href === run.href) return;
    const group = collectGroup(runs, i);
    const suffix = linkSuffix({ ...run, text: group });
    if (suffix !== null) out.push({ text: ` (${suffix})`, strong: false, em: false, href: null, address: true });
  });
  return out;
}

function collectGroup(runs: readonly Inline[], last: number): string {
  const href = (runs[last] as TextRun).href;
  let text = '';
  for (let i = last; i >= 0; i -= 1) {
    const run = runs[i] as Inline;
    if (isBreak(run) || run.href !== href) break;
    text = run.text + text;
  }
  return text;
}
