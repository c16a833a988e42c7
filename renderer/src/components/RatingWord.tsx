// Renderer: a rating on the one scale (Strong no, No, Yes, Strong yes) as a small tinted word; the word
// carries the meaning, the tint only helps the eye. Used by the board's cards, the candidates table and the
// profile. `source` says where a card's rating comes from, for the tooltip and screen readers.
import { ClipboardCheck } from 'lucide-react';
import { isRatingPoint, ratingLabel, type CardRating } from '../../../electron/contract';

interface RatingWordProps {
  rating: number | null;
  /** Shown when there is no rating. */
  none?: string;
  /** The whole card rating, when the word may come from scorecards: says so in the tooltip and to screen readers. */
  card?: CardRating;
  /** A clipboard icon before a word that comes from scorecards (off on the board's narrow cards). */
  icon?: boolean;
}

/** "Average of 2 submitted scorecards (3.5)", "Your own rating", or why it reads "Not rated". */
export function cardRatingSource(card: CardRating): string {
  if (card.from === 'scorecards') {
    const count = card.scorecards === 1 ? '1 submitted scorecard' : `${card.scorecards} submitted scorecards`;
    return card.scorecards === 1 ? `From ${count}` : `Average of ${count} (${card.average ?? ''} on 1–4)`;
  }
  return card.from === 'owner' ? 'Your own rating (no scorecard submitted yet)' : 'No scorecard submitted and no rating of yours yet';
}

export function RatingWord({ rating, none = 'Not rated', card, icon = true }: RatingWordProps) {
  const word = ratingLabel(rating, none);
  const source = card ? cardRatingSource(card) : undefined;
  const fromScorecards = icon && card?.from === 'scorecards';
  return (
    <span className={`rating-word rating-word-${isRatingPoint(rating) ? rating : 'none'}`} title={source} data-testid="rating-word">
      {fromScorecards ? <ClipboardCheck size={12} aria-hidden="true" className="rating-word-icon" /> : null}
      {word}
      {source ? <span className="sr-only">{` (${source})`}</span> : null}
    </span>
  );
}
