// Renderer: maps a ProseMirror document to the plain text the coach measures (each textblock one block,
// blocks joined by '\n', br = '\n', whitespace collapsed and trimmed as core's htmlToPlainBlocks does),
// keeping for every character its document position, so coach offsets become editor ranges.
import type { Node as PmNode } from '@tiptap/pm/model';

export interface PlainMap {
  text: string;
  /** positions[i] is the document position of text[i]; -1 for the '\n' between blocks. */
  positions: number[];
}

interface Char {
  ch: string;
  pos: number;
}

const COLLAPSIBLE = /[ \t\n\r\f]/;

/** One textblock's characters, normalised the way core's flush() normalises a block. */
function blockChars(node: PmNode, start: number): Char[] {
  const raw: Char[] = [];
  node.forEach((child, offset) => {
    const base = start + 1 + offset;
    if (child.isText) {
      const t = child.text ?? '';
      for (let i = 0; i < t.length; i++) raw.push({ ch: COLLAPSIBLE.test(t[i] ?? '') ? ' ' : (t[i] ?? ''), pos: base + i });
    } else if (child.type.name === 'hardBreak') {
      raw.push({ ch: '\n', pos: base });
    }
  });
  const out: Char[] = [];
  for (const c of raw) {
    const prev = out[out.length - 1];
    if (c.ch === ' ' && (!prev || prev.ch === ' ' || prev.ch === '\n')) continue;
    if (c.ch === '\n' && !prev) continue;
    if (c.ch === '\n' && prev?.ch === ' ') out.pop();
    out.push(c);
  }
  while (out.length > 0 && (out[out.length - 1]?.ch === ' ' || out[out.length - 1]?.ch === '\n')) out.pop();
  return out;
}

export function plainMap(doc: PmNode): PlainMap {
  let text = '';
  const positions: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const chars = blockChars(node, pos);
    if (chars.length === 0) return false;
    if (text !== '') {
      text += '\n';
      positions.push(-1);
    }
    for (const c of chars) {
      text += c.ch;
      positions.push(c.pos);
    }
    return false;
  });
  return { text, positions };
}

/** The document range of plain-text offsets [start, end), or null when they no longer fit. */
export function rangeOf(map: PlainMap, start: number, end: number): { from: number; to: number } | null {
  if (start < 0 || end <= start || end > map.positions.length) return null;
  const from = map.positions[start];
  const last = map.positions[end - 1];
  if (from === undefined || last === undefined || from < 0 || last < 0) return null;
  return { from, to: last + 1 };
}
