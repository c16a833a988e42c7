// Migration 17: every sort of the candidates table is a seek in an index, so a page costs what it holds
// however deep it lies (candidates-list-keys.ts). Name, date added and date updated have their indexes since
// migration 3; the rating sort ordered by each person's best rating computed per row (a subquery on their
// applications), which no index can serve. The best rating becomes a column, `best_rating` (the highest
// `applications.rating` of the person's applications, NULL when none is rated), kept true by triggers on
// applications whatever writes them, with one index per direction (unrated people come last both ways, so
// the two orders differ in more than direction). Only the flag-like column changes: never updated_at.
// Runs in plain Node inside migrate(). Released migrations are frozen.
import type { Migration } from './migration';

const BEST = (id: string) => `(SELECT max(a.rating) FROM applications a WHERE a.candidate_id = ${id})`;

const COLUMN = `
ALTER TABLE candidates ADD COLUMN best_rating INTEGER CHECK (best_rating IS NULL OR best_rating BETWEEN 1 AND 4);
UPDATE candidates SET best_rating = ${BEST('candidates.id')}
  WHERE id IN (SELECT candidate_id FROM applications WHERE rating IS NOT NULL);
CREATE INDEX candidates_by_rating_up ON candidates (coalesce(best_rating, 5));
CREATE INDEX candidates_by_rating_down ON candidates (coalesce(best_rating, 0));
`;

// An application without a rating, added or removed, leaves the best as it was: those fire nothing.
const TRIGGERS = `
CREATE TRIGGER candidates_best_rating_after_insert AFTER INSERT ON applications WHEN NEW.rating IS NOT NULL BEGIN
  UPDATE candidates SET best_rating = ${BEST('candidates.id')} WHERE id = NEW.candidate_id;
END;
CREATE TRIGGER candidates_best_rating_after_update AFTER UPDATE OF rating, candidate_id ON applications
  WHEN OLD.rating IS NOT NEW.rating OR OLD.candidate_id IS NOT NEW.candidate_id BEGIN
  UPDATE candidates SET best_rating = ${BEST('candidates.id')} WHERE id IN (NEW.candidate_id, OLD.candidate_id);
END;
CREATE TRIGGER candidates_best_rating_after_delete AFTER DELETE ON applications WHEN OLD.rating IS NOT NULL BEGIN
  UPDATE candidates SET best_rating = ${BEST('candidates.id')} WHERE id = OLD.candidate_id;
END;
`;

export const migration0017: Migration = {
  version: 17,
  name: 'list-sort-keys',
  up(db) {
    db.exec(COLUMN);
    db.exec(TRIGGERS);
  },
};
