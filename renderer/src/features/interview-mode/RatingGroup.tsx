// Renderer: one criterion's rating as a radio group: 1 Strong no, 2 No, 3 Yes, 4 Strong yes, or Not assessed.
// Native radios give arrow keys within the group; number keys 1–4 (0 for not assessed) work anywhere in the row.
import { memo, type KeyboardEvent } from 'react';
import type { CriterionRating } from './scorecard-autosave';
import { RATING_LABELS, RATING_POINTS } from './interview-labels';
import './rating-scale.css';

interface RatingGroupProps {
  criterionId: string;
  label: string;
  question: string;
  /** Its number in the kit (0: no longer in the kit). */
  index: number;
  rating: CriterionRating;
  onRate(criterionId: string, rating: CriterionRating): void;
}

const OPTIONS: { value: CriterionRating; text: string }[] = [
  ...RATING_POINTS.map((p) => ({ value: p, text: `${p} ${RATING_LABELS[p]}` })),
  { value: null, text: 'Not assessed' },
];

export const RatingGroup = memo(function RatingGroup({ criterionId, label, question, index, rating, onRate }: RatingGroupProps) {
  const name = `rating-${criterionId}`;
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.altKey || e.ctrlKey || e.metaKey || !/^[0-4]$/.test(e.key)) return;
    e.preventDefault();
    const value = e.key === '0' ? null : Number(e.key);
    onRate(criterionId, value);
    // Keep focus on the chosen point, as a click would.
    e.currentTarget.querySelector<HTMLInputElement>(`input[value="${value ?? 'none'}"]`)?.focus();
  };
  return (
    <fieldset className={`criterion${rating === null ? '' : ' criterion-rated'}`} onKeyDown={onKeyDown}>
      <legend className="criterion-legend">
        {index > 0 ? (
          <span className="criterion-index" aria-hidden="true">
            {index}
          </span>
        ) : null}
        <span className="criterion-label">{label}</span>
      </legend>
      {question ? <p className="criterion-question">{question}</p> : null}
      <div className="rating-scale">
        {OPTIONS.map((o) => (
          <label key={o.value ?? 'none'} className={`rating-point rating-point-${o.value ?? 'none'}`}>
            <input type="radio" name={name} value={o.value ?? 'none'} checked={rating === o.value} onChange={() => onRate(criterionId, o.value)} />
            <span>{o.text}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
});
