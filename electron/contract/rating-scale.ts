// The one rating scale: interview scorecards, the owner's own rating of an application, the board's cards,
// the candidates table and the CSV export all speak it. Four words, deliberately without a neutral middle.
// Stored as 1–4. Runs anywhere.
import { z } from 'zod';

export const RATING_POINTS = [1, 2, 3, 4] as const;
export type RatingPoint = (typeof RATING_POINTS)[number];

export const RATING_LABELS: Record<RatingPoint, string> = { 1: 'Strong no', 2: 'No', 3: 'Yes', 4: 'Strong yes' };

const OUT_OF_RANGE = 'Rate 1 (Strong no), 2 (No), 3 (Yes) or 4 (Strong yes)';

/** A point on the scale; the message names the words, so a CLI or rpc caller sees what is allowed. */
export const RatingValue = z
  .number({ message: OUT_OF_RANGE })
  .int({ message: OUT_OF_RANGE })
  .min(1, { message: OUT_OF_RANGE })
  .max(4, { message: OUT_OF_RANGE });

/** True when the number is a point on the scale. */
export function isRatingPoint(value: number | null | undefined): value is RatingPoint {
  return value === 1 || value === 2 || value === 3 || value === 4;
}

/** A rating in words ("Yes"), or `none` ("Not rated" unless the caller says otherwise). */
export function ratingLabel(rating: number | null | undefined, none = 'Not rated'): string {
  return isRatingPoint(rating) ? RATING_LABELS[rating] : none;
}

/** Where a card's rating comes from: the submitted scorecards' average, or the owner's own rating. */
export const RATING_SOURCES = ['scorecards', 'owner'] as const;
export const RatingSource = z.enum(RATING_SOURCES);
export type RatingSource = z.infer<typeof RatingSource>;

/** What a board card (and the profile, and the CSV export) shows as an application's rating. */
export const CardRating = z.object({
  /** The word to show, or null: "Not rated". */
  value: RatingValue.nullable(),
  from: RatingSource.nullable(),
  /** Submitted scorecards with a recommendation on the scale ("No decision" does not count). */
  scorecards: z.number().int().min(0),
  /** Their mean (1–4, two decimals), null without any. */
  average: z.number().nullable(),
});
export type CardRating = z.infer<typeof CardRating>;
