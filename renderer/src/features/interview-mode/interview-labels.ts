// Renderer: the words interview mode and the scorecard summary use for ratings and recommendations, and the timer's clock.
import { ratingLabel as scaleLabel, type Recommendation } from '../../../../electron/contract';

/** The four points of the one rating scale (contract/rating-scale.ts); there is deliberately no neutral middle. */
export { RATING_LABELS, RATING_POINTS, type RatingPoint } from '../../../../electron/contract';

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  strong_no: 'Strong no',
  no: 'No',
  yes: 'Yes',
  strong_yes: 'Strong yes',
  no_decision: 'No decision',
};

/** A rating in words ("Yes"), or "Not assessed". */
export function ratingLabel(rating: number | null): string {
  return scaleLabel(rating, 'Not assessed');
}

/** Seconds as a clock: "4:05" or "1:02:09". */
export function formatElapsed(total: number): string {
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
