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
  /** At most this many per group (roles, candidates, notes, interviews, templates). */
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

/**
 * Which of a candidate's fields holds what was typed: a shown one, a note on one of their applications, an
 * interview's notes or takeaways, else the résumé (or a field not shown).
 */
export const SearchMatchField = z.enum(['name', 'email', 'phone', 'tag', 'note', 'interview_note', 'resume']);
export type SearchMatchField = z.infer<typeof SearchMatchField>;

export const SearchCandidateHit = z.object({
  id: z.string(),
  fullName: z.string(),
  email: z.string(),
  phone: z.string(),
  tags: z.array(z.string()),
  matchedIn: SearchMatchField,
  /** When matched in a note or interview note: a line of it around the first typed word (plain text); else ''. */
  snippet: z.string(),
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

/** A note or interview note holding what was typed: one per person, their newest such note. */
export const SearchNoteHit = z.object({
  kind: z.enum(['note', 'interview_note']),
  candidateId: z.string(),
  candidateName: z.string(),
  /** The application the note is on (for an interview note, the interview's application). */
  applicationId: z.string(),
  /** The interview, for an interview note; else null. */
  interviewId: z.string().nullable(),
  roleTitle: z.string(),
  /** When the note was written (an interview note: when the interview starts). */
  at: z.string(),
  /** A line of the note around the first typed word (plain text). */
  snippet: z.string(),
});
export type SearchNoteHit = z.infer<typeof SearchNoteHit>;

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
  /** People found by what was written about them; each is left out of `candidates` (one line per person). */
  notes: z.array(SearchNoteHit),
  interviews: z.array(SearchInterviewHit),
  templates: z.array(SearchTemplateHit),
});
export type SearchResults = z.infer<typeof SearchResults>;
