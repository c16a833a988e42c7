// Search everything (the command palette and `hirebook search`): what is asked and the groups answered.
// Runs anywhere.
import { z } from 'zod';
import { InterviewStatus } from './interview-schemas';
import { RoleStatus } from './roles-schemas';
import { TemplateSource } from './description-schemas';

/** How many results each group answers at most, unless the caller asks for fewer or more. */
export const SEARCH_GROUP_LIMIT = 8;

export const SearchQuery = z.object({
  text: z.string().max(200),
  /** At most this many per group (roles, candidates, interviews, templates). */
  limit: z.number().int().min(1).max(50).default(SEARCH_GROUP_LIMIT),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchRoleHit = z.object({
  id: z.string(),
  title: z.string(),
  department: z.string(),
  status: RoleStatus,
  archived: z.boolean(),
});
export type SearchRoleHit = z.infer<typeof SearchRoleHit>;

/** Which of a candidate's fields holds what was typed (the résumé when none of the shown ones does). */
export const SearchMatchField = z.enum(['name', 'email', 'phone', 'tag', 'resume']);
export type SearchMatchField = z.infer<typeof SearchMatchField>;

export const SearchCandidateHit = z.object({
  id: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  tags: z.array(z.string()),
  matchedIn: SearchMatchField,
});
export type SearchCandidateHit = z.infer<typeof SearchCandidateHit>;

export const SearchInterviewHit = z.object({
  id: z.string(),
  candidateName: z.string(),
  roleTitle: z.string(),
  startsAt: z.string(),
  status: InterviewStatus,
});
export type SearchInterviewHit = z.infer<typeof SearchInterviewHit>;

export const SearchTemplateHit = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string(),
  source: TemplateSource,
});
export type SearchTemplateHit = z.infer<typeof SearchTemplateHit>;

/** Each group in its own order, at most `limit` long; nothing is counted beyond what is shown. */
export const SearchResults = z.object({
  roles: z.array(SearchRoleHit),
  candidates: z.array(SearchCandidateHit),
  interviews: z.array(SearchInterviewHit),
  templates: z.array(SearchTemplateHit),
});
export type SearchResults = z.infer<typeof SearchResults>;
