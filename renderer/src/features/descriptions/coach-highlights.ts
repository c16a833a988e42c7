// Renderer: a TipTap extension that marks the coach's findings (gender-coded words, clichés, jargon,
// acronyms) in a section's editor as ProseMirror inline decorations, with the alternatives as a tooltip.
import { Extension, type Editor } from '@tiptap/react';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { FindingHighlight } from '../../../../electron/contract';
import { plainMap, rangeOf } from './plain-offsets';

export const coachHighlightsKey = new PluginKey<DecorationSet>('coachHighlights');

/** Labels worth marking in the text; long sentences are explained in the panel instead. */
const MARKED = new Set(['masculine-coded', 'feminine-coded', 'cliche', 'jargon', 'acronym']);

const LABEL_WORDS: Record<string, string> = {
  'masculine-coded': 'Masculine-coded word',
  'feminine-coded': 'Feminine-coded word',
  cliche: 'Cliché',
  jargon: 'Jargon',
  acronym: 'Unexplained acronym',
};

export function highlightTitle(h: FindingHighlight): string {
  const what = LABEL_WORDS[h.label ?? ''] ?? 'Coach note';
  return h.suggestions.length > 0 ? `${what}. Try: ${h.suggestions.join(', ')}` : what;
}

function build(doc: Parameters<typeof plainMap>[0], highlights: FindingHighlight[]): DecorationSet {
  const map = plainMap(doc);
  const decorations: Decoration[] = [];
  for (const h of highlights) {
    if (!MARKED.has(h.label ?? '')) continue;
    // The check ran on the text as it was ~300 ms ago: mark a span only if it still says the same thing.
    if (map.text.slice(h.start, h.end) !== h.text) continue;
    const range = rangeOf(map, h.start, h.end);
    if (!range) continue;
    decorations.push(
      Decoration.inline(range.from, range.to, {
        class: `coach-mark coach-mark-${h.label ?? 'note'}`,
        title: highlightTitle(h),
        'data-coach': h.label ?? '',
      }),
    );
  }
  return DecorationSet.create(doc, decorations);
}

export const CoachHighlights = Extension.create({
  name: 'coachHighlights',
  addProseMirrorPlugins() {
    return [
      new Plugin<DecorationSet>({
        key: coachHighlightsKey,
        state: {
          init: () => DecorationSet.empty,
          apply(tr, set) {
            const next = tr.getMeta(coachHighlightsKey) as FindingHighlight[] | undefined;
            if (next) return build(tr.doc, next);
            return tr.docChanged ? set.map(tr.mapping, tr.doc) : set;
          },
        },
        props: {
          decorations: (state) => coachHighlightsKey.getState(state),
        },
      }),
    ];
  },
});

/** Shows these highlights in the editor (replacing the previous ones); not an undoable step. */
export function setCoachHighlights(editor: Editor, highlights: FindingHighlight[]): void {
  if (editor.isDestroyed) return;
  const tr = editor.state.tr.setMeta(coachHighlightsKey, highlights).setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}

/** Swaps a highlighted word for a suggestion, if the text there is still what the coach saw. */
export function replaceHighlight(editor: Editor, h: FindingHighlight, replacement: string): boolean {
  const range = rangeOf(plainMap(editor.state.doc), h.start, h.end);
  if (!range) return false;
  const current = editor.state.doc.textBetween(range.from, range.to, '\n');
  if (current.toLowerCase() !== h.text.toLowerCase()) return false;
  const cased = /^\p{Lu}/u.test(current) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  return editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.insertText(cased, range.from, range.to);
      return true;
    })
    .run();
}
