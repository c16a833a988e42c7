// Renderer: one card on the pipeline board: select box, candidate name (opens the profile), rating, days in
// stage, tags, a drag handle (pointer and keyboard, through dnd-kit) and the card's action menu.
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { GripVertical, MoreHorizontal } from 'lucide-react';
import { memo, useEffect, useRef, type CSSProperties } from 'react';
import { OFFER_STATUS_LABELS, type PipelineCard, type PipelineStage } from '../../../../electron/contract';
import { MenuButton, type MenuItem } from '../../components/MenuButton';
import { SampleBadge } from '../../components/SampleBadge';
import { Tooltip } from '../../components/Tooltip';
import { RatingWord } from '../../components/RatingWord';
import { pipelineActions, usePipelineStore } from '../../stores/pipeline-store';
import { useRouteStore } from '../../stores/route-store';
import { openSchedule } from '../../stores/schedule-store';
import { hireCard, moveCard, nudgeCard } from './card-moves';

/** The card's rating as a word: the scorecards' average once one is submitted, else the owner's own rating. */
function CardRatingWord({ card }: { card: PipelineCard }) {
  return <RatingWord rating={card.cardRating.value} card={card.cardRating} icon={false} />;
}

function cardMenu(card: PipelineCard, stages: PipelineStage[], index: number, total: number): MenuItem[] {
  const open = () => useRouteStore.getState().navigate({ name: 'candidate', id: card.candidateId });
  const items: MenuItem[] = [
    { label: 'Open candidate', onSelect: open },
    { label: 'Rating, notes and history…', onSelect: () => usePipelineStore.setState({ details: card.applicationId }) },
  ];
  items.push({ label: 'Write to them…', onSelect: () => usePipelineStore.setState({ writing: card.applicationId }) });
  if (card.status === 'active') items.push({ label: 'Schedule interview…', onSelect: () => openSchedule({ mode: 'new', applicationId: card.applicationId, candidateName: card.name }) });
  if (index > 0) items.push({ label: 'Move up', onSelect: () => void nudgeCard(card.applicationId, card.stageId, -1), separated: true });
  if (index < total - 1) items.push({ label: 'Move down', onSelect: () => void nudgeCard(card.applicationId, card.stageId, 1), separated: index === 0 });
  stages
    .filter((s) => s.id !== card.stageId && s.kind !== 'hired')
    .forEach((s, i) => items.push({ label: `Move to ${s.name}`, onSelect: () => void moveCard(card.applicationId, s.id, null), separated: i === 0 }));
  if (card.status !== 'hired') {
    items.push({
      label: 'Mark as hired',
      separated: true,
      onSelect: () => void hireCard(card.applicationId),
    });
  }
  items.push({ label: 'Reject or withdraw…', onSelect: () => usePipelineStore.setState({ rejecting: [card.applicationId] }), separated: card.status === 'hired' });
  return items;
}

interface BoardCardProps {
  card: PipelineCard;
  index: number;
  total: number;
  selected: boolean;
  /** Where the virtual list puts this card. */
  top: number;
  /** The card the board was opened for: focused and highlighted when it appears. */
  spotlit?: boolean;
}

/** How long a spotlit card stays highlighted before the board forgets it (so scrolling back does not refocus it). */
const SPOTLIGHT_MS = 2500;

/** Focuses the card's name and brings the card into view (across columns too) when it is spotlit. */
function useSpotlit(spotlit: boolean) {
  const name = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (!spotlit) return undefined;
    name.current?.focus({ preventScroll: true });
    name.current?.closest('li')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    const done = window.setTimeout(() => usePipelineStore.setState({ spotlight: null }), SPOTLIGHT_MS);
    return () => window.clearTimeout(done);
  }, [spotlit]);
  return name;
}

function BoardCardView({ card, index, total, selected, top, spotlit = false }: BoardCardProps) {
  const nameRef = useSpotlit(spotlit);
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: card.applicationId });
  const stages = usePipelineStore((s) => s.stages);
  const style: CSSProperties = { top, transform: CSS.Translate.toString(transform), transition };
  const days = card.daysInStage === 1 ? '1 day' : `${card.daysInStage} days`;
  return (
    <li
      ref={setNodeRef}
      style={style}
      className={`board-card${selected ? ' board-card-selected' : ''}${isDragging ? ' board-card-dragging' : ''}${spotlit ? ' board-card-spotlit' : ''}`}
      aria-setsize={total}
      aria-posinset={index + 1}
      data-testid="board-card"
    >
      <div className="board-card-top">
        <input
          type="checkbox"
          className="board-card-check"
          checked={selected}
          aria-label={`Select ${card.name}`}
          onChange={() => undefined}
          onClick={(e) => pipelineActions.toggleSelected(card.applicationId, e.shiftKey)}
        />
        <a
          ref={nameRef}
          className="board-card-name"
          title={card.name}
          href={`#/candidates/${card.candidateId}`}
          onClick={(e) => {
            e.preventDefault();
            useRouteStore.getState().navigate({ name: 'candidate', id: card.candidateId });
          }}
        >
          {card.name}
        </a>
        <MenuButton label={`Actions for ${card.name}`} icon={<MoreHorizontal size={16} aria-hidden="true" />} iconOnly items={cardMenu(card, stages, index, total)} />
      </div>
      <div className="board-card-meta">
        <CardRatingWord card={card} />
        <span className="board-card-days" title="Time in this stage">
          {days}
        </span>
        <Tooltip label="Drag to move">
          <button ref={setActivatorNodeRef} type="button" className="icon-btn board-card-handle" aria-label={`Move ${card.name}`} {...attributes} {...listeners}>
            <GripVertical size={16} aria-hidden="true" />
          </button>
        </Tooltip>
      </div>
      <div className="board-card-tags">
        {card.sample ? <SampleBadge /> : null}
        {card.offer ? <span className={`board-tag board-offer board-offer-${card.offer}`}>{OFFER_STATUS_LABELS[card.offer]}</span> : null}
        {card.tags.slice(0, 3).map((tag) => (
          <span key={tag} className="board-tag">
            {tag}
          </span>
        ))}
        {card.tags.length > 3 ? <span className="board-tag board-tag-more">+{card.tags.length - 3}</span> : null}
      </div>
    </li>
  );
}

export const BoardCard = memo(BoardCardView);

/** The card as it follows the pointer while dragged (no hooks, no menu). */
export function CardPreview({ card }: { card: PipelineCard }) {
  return (
    <div className="board-card board-card-overlay">
      <div className="board-card-top">
        <span className="board-card-name">{card.name}</span>
      </div>
      <div className="board-card-meta">
        <CardRatingWord card={card} />
      </div>
    </div>
  );
}
