// Renderer: a TipTap extension that marks the coach's findings (gender-coded words, clichés, jargon,
// acronyms) in a section's editor as ProseMirror inline decorations, with the alternatives as a tooltip.
import { Extension, type Editor } from '@tiptap/react';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
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

/** The mark's tooltip: what it is, then the swaps and what the owner could write instead. */
export function highlightTitle(h: FindingHighlight): string {
  const what = LABEL_WORDS[h.label ?? ''] ?? 'Coach note';
  const asks = (h.ownWords ?? []).map((o) => `${o.prompt.charAt(0).toLowerCase()}${o.prompt.slice(1)} (e.g. “${o.example}”)`);
  const tries = [...h.suggestions, ...asks];
  return tries.length > 0 ? `${what}. Try: ${tries.join(', or ')}` : what;
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

export type ReplaceOutcome = 'replaced' | 'text-changed';

/**
 * Puts `replacement` in place of exactly the span the coach flagged (its offsets in this section's plain
 * text), as one undoable step, and leaves the caret after it. Nothing changes when the text there is no
 * longer what the coach saw (the owner edited since): the caller tells the owner. Plain text only, never
 * parsed as HTML. `matchCase` gives a swap the flagged text's leading capital; the owner's own words go
 * in exactly as typed.
 */
export function replaceHighlight(editor: Editor, h: FindingHighlight, replacement: string, matchCase: boolean): ReplaceOutcome {
  const map = plainMap(editor.state.doc);
  const range = map.text.slice(h.start, h.end) === h.text ? rangeOf(map, h.start, h.end) : null;
  if (!range) return 'text-changed';
  const text = matchCase && /^\p{Lu}/u.test(h.text) ? replacement.charAt(0).toUpperCase() + replacement.slice(1) : replacement;
  editor
    .chain()
    .focus()
    .command(({ tr }) => {
      tr.insertText(text, range.from, range.to);
      tr.setSelection(TextSelection.create(tr.doc, range.from + text.length));
      return true;
    })
    .run();
  return 'replaced';
}
