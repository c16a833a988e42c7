// The candidates table's order before keyset paging (candidates-search-repo.ts until migration 17), written out
// as plain SQL over `candidates c`: the reference the keyset pages are checked against
// (tests/db/candidates-keyset-pages.test.ts) and the old figure of `npm run bench:list`.
import type { CandidateSort } from '../../electron/contract';

/** A person's best rating, read from their applications each time (what migration 17 keeps as best_rating). */
export const BEST_RATING = '(SELECT max(rating) FROM applications a WHERE a.candidate_id = c.id)';

export const OFFSET_ORDER: Record<CandidateSort, Record<'asc' | 'desc', string>> = {
  name: { asc: 'c.full_name COLLATE NOCASE ASC, c.seq ASC', desc: 'c.full_name COLLATE NOCASE DESC, c.seq DESC' },
  added: { asc: 'c.created_at ASC, c.seq ASC', desc: 'c.created_at DESC, c.seq DESC' },
  updated: { asc: 'c.updated_at ASC, c.seq ASC', desc: 'c.updated_at DESC, c.seq DESC' },
  rating: { asc: `coalesce(${BEST_RATING}, 5) ASC, c.seq ASC`, desc: `coalesce(${BEST_RATING}, 0) DESC, c.seq DESC` },
};
