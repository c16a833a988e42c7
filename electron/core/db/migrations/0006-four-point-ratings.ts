// Migration 6: one rating scale. An application's own rating moves from 1–5 stars to the scorecards' four
// words (1 Strong no, 2 No, 3 Yes, 4 Strong yes). Every stored rating maps to a word, none is cleared:
//   1 star → Strong no (1)   2 stars → No (2)   3 stars → Yes (3)   4 stars → Yes (3)   5 stars → Strong yes (4)
// That is the stars laid evenly over the four words ((stars − 1) × 3/4 + 1) and rounded to the nearest;
// 3 stars sit exactly between No and Yes and go up to Yes, the same tie rule a card uses for the
// scorecards' average (core/interviews/card-rating-rules.ts). The column keeps its name and indexes; only
// its CHECK narrows, which SQLite changes by adding the new column, copying, dropping the old one and renaming.
// Runs in plain Node inside migrate(). Released migrations are frozen: the mapping is written out here.
import type { Migration } from './migration';

const FOUR_POINT_RATINGS = `
DROP INDEX applications_by_candidate;
DROP INDEX applications_by_role_rating;
ALTER TABLE applications ADD COLUMN rating_four INTEGER CHECK (rating_four IS NULL OR rating_four BETWEEN 1 AND 4);
UPDATE applications SET rating_four = CASE rating WHEN 1 THEN 1 WHEN 2 THEN 2 WHEN 3 THEN 3 WHEN 4 THEN 3 WHEN 5 THEN 4 END
  WHERE rating IS NOT NULL;
ALTER TABLE applications DROP COLUMN rating;
ALTER TABLE applications RENAME COLUMN rating_four TO rating;
CREATE INDEX applications_by_candidate ON applications (candidate_id, rating);
-- The candidates table's "applied to this role, rated at least N" filter reads this index alone.
CREATE INDEX applications_by_role_rating ON applications (role_id, rating, candidate_id);
`;

export const migration0006: Migration = {
  version: 6,
  name: 'four-point-ratings',
  up(db) {
    const rated = () => db.prepare('SELECT count(rating) FROM applications').pluck().get();
    const before = rated();
    db.exec(FOUR_POINT_RATINGS);
    // The old CHECK allowed only 1–5, so the CASE knows every value; should one ever slip through as NULL,
    // the whole migration rolls back rather than clear a rating silently.
    if (rated() !== before) throw new Error('A stored rating could not be mapped to the four-point scale.');
  },
};
