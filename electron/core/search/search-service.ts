// search:everything: roles, candidates, interviews and templates matching what was typed, each group cut
// at its limit with nothing counted beyond it. Runs inside the caller's transaction (one snapshot).
import type { SearchQuery, SearchResults } from '../../contract';
import { buildCandidateFtsQuery } from '../candidates/candidates-rules';
import { searchCandidatesFirstPage } from '../candidates/candidates-search-repo';
import type { Db } from '../db/open-database';
import { buildFtsQuery } from '../roles/roles-rules';
import { findTemplates } from '../templates/templates-service';
import { searchInterviews, searchRoles } from './search-repo';
import { candidateMatchField, inColumn, templateNameMatches } from './search-rules';

const NOTHING: SearchResults = { roles: [], candidates: [], interviews: [], templates: [] };

export function searchEverything(db: Db, { text, limit }: SearchQuery): SearchResults {
  const roleFts = buildFtsQuery(text);
  const candidateFts = buildCandidateFtsQuery(text);
  // No word in it (blank, or only punctuation): nothing to look for. The gallery would answer every template.
  if (roleFts === null && candidateFts === null) return NOTHING;
  const candidates = searchCandidatesFirstPage(db, text, limit).map((hit) => ({ ...hit, matchedIn: candidateMatchField(text, hit) }));
  return {
    roles: roleFts === null ? [] : searchRoles(db, roleFts, limit),
    candidates,
    interviews:
      roleFts === null || candidateFts === null ? [] : searchInterviews(db, inColumn('name', candidateFts), inColumn('title', roleFts), limit),
    templates: findTemplates(db, text)
      .filter((t) => templateNameMatches(text, t))
      .slice(0, limit)
      .map(({ id, name, category, source }) => ({ id, name, category, source })),
  };
}
