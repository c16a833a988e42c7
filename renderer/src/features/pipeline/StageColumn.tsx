// Renderer: one stage of the board: its name and count, a drop zone, and its loaded cards in a virtual list so a
// column of thousands scrolls smoothly (only the cards in view are in the DOM); scrolled near the last loaded
// card, the column loads its next cards (pipeline-store loadMore).
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy, type SortingStrategy } from '@dnd-kit/sortable';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { PipelineCard, PipelineStage } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { hasMore, pipelineActions, usePipelineStore } from '../../stores/pipeline-store';
import { BoardCard } from './BoardCard';
import { columnDropId } from './board-keyboard-rules';

/** Card height plus the gap below it (cards have a fixed height, so nothing needs measuring). */
export const CARD_SLOT = 96;

/** Scrolled within this many cards of the last loaded one, a column loads its next cards. */
const LOAD_AHEAD = 10;

/** Cards shift to make room only in the column the dragged card came from. */
const columnStrategy: SortingStrategy = (args) => (args.activeIndex < 0 ? null : verticalListSortingStrategy(args));

interface StageColumnProps {
  stage: PipelineStage;
  cards: PipelineCard[];
}

export function StageColumn({ stage, cards }: StageColumnProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const selected = usePipelineStore((s) => s.selected);
  const { setNodeRef, isOver } = useDroppable({ id: columnDropId(stage.id), data: { stageId: stage.id } });
  const ids = useMemo(() => cards.map((c) => c.applicationId), [cards]);
  const dragging = usePipelineStore((s) => s.dragging);
  const draggingIndex = dragging ? ids.indexOf(dragging) : -1;
  // A dragged card that scrolls out of view must stay mounted, or dnd-kit loses it.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      return draggingIndex >= 0 && !indexes.includes(draggingIndex) ? [...indexes, draggingIndex].sort((a, b) => a - b) : indexes;
    },
    [draggingIndex],
  );
  // Read fresh on every render and never handed to memoized code, so the compiler's caution does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: cards.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => CARD_SLOT,
    overscan: 4,
    rangeExtractor,
    getItemKey: (index) => cards[index]?.applicationId ?? index,
  });
  // The card the board was opened for: scroll the virtual list to it (BoardCard focuses it once shown).
  const spotlight = usePipelineStore((s) => s.spotlight);
  const spotIndex = spotlight === null ? -1 : ids.indexOf(spotlight);
  useEffect(() => {
    if (spotIndex >= 0) virtualizer.scrollToIndex(spotIndex, { align: 'center' });
  }, [spotIndex, virtualizer]);
  // Near the end of what is loaded: ask for more (the store asks once at a time, and not at the column's end).
  const lastShown = virtualizer.getVirtualItems().at(-1)?.index ?? -1;
  const more = hasMore(stage, cards);
  useEffect(() => {
    if (more && lastShown >= cards.length - LOAD_AHEAD) pipelineActions.loadMore(stage.id).catch((e: unknown) => notifyError(e, 'Could not load more cards'));
  }, [more, lastShown, cards.length, stage.id]);
  const headingId = `stage-${stage.id}`;
  const label = `${stage.name}, ${stage.count === 1 ? '1 candidate' : `${stage.count} candidates`}`;

  return (
    <section ref={setNodeRef} className={`board-column${isOver ? ' board-column-over' : ''}${stage.kind === 'hired' ? ' board-column-hired' : ''}`} aria-labelledby={headingId} data-stage={stage.name}>
      <h2 className="board-column-title" id={headingId}>
        <span className="board-column-name">{stage.name}</span>
        <span className="board-column-count" aria-label={label}>
          {stage.count}
        </span>
      </h2>
      <div ref={scrollRef} className="board-column-scroll">
        {cards.length === 0 ? <p className="board-column-empty">Drop a card here</p> : null}
        <SortableContext id={stage.id} items={ids} strategy={columnStrategy}>
          <ul className="board-column-list" aria-label={label} style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((row) => {
              const card = cards[row.index];
              if (!card) return null;
              return (
                <BoardCard key={card.applicationId} card={card} index={row.index} total={Math.max(stage.count, cards.length)} selected={selected.has(card.applicationId)} top={row.start} spotlit={spotlight === card.applicationId} />
              );
            })}
          </ul>
        </SortableContext>
      </div>
    </section>
  );
}
