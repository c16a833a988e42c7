// Pure: what an application's card says about it on the one rating scale (contract/rating-scale.ts). The
// submitted scorecards' overall recommendations, averaged and rounded to a word, once there is at least one;
// otherwise the owner's own rating; otherwise "Not rated". The board, the candidate profile and the
// applications CSV all take the card's rating from here. Runs anywhere.
import type { CardRating, RatingPoint, Recommendation } from '../../contract';

/** The scale's point of each recommendation; "No decision" has none and is left out of the average. */
export const RECOMMENDATION_POINTS: Readonly<Partial<Record<Recommendation, RatingPoint>>> = { strong_no: 1, no: 2, yes: 3, strong_yes: 4 };

/**
 * A mean of points (1–4) as the nearest word; a mean exactly between two words goes to the higher one
 * (2.5 → Yes, 3.5 → Strong yes, 1.5 → No). Migration 0006 maps 3 stars (the old middle) to Yes the same way.
 */
export function roundToScale(mean: number): RatingPoint {
  const rounded = Math.floor(mean + 0.5);
  return Math.min(4, Math.max(1, rounded)) as RatingPoint;
}

/** Neither a submitted scorecard nor the owner's rating. */
export const NOT_RATED: CardRating = Object.freeze({ value: null, from: null, scorecards: 0, average: null });

/** The card's rating from the owner's own rating and the recommendations of the submitted scorecards. */
export function cardRating(ownerRating: RatingPoint | null, submitted: readonly (Recommendation | null)[]): CardRating {
  const points = submitted.flatMap((r) => {
    const point = r === null ? undefined : RECOMMENDATION_POINTS[r];
    return point === undefined ? [] : [point];
  });
  if (points.length > 0) {
    const mean = points.reduce((a: number, b) => a + b, 0) / points.length;
    return { value: roundToScale(mean), from: 'scorecards', scorecards: points.length, average: Math.round(mean * 100) / 100 };
  }
  return ownerRating === null ? NOT_RATED : { value: ownerRating, from: 'owner', scorecards: 0, average: null };
}
