// search:everything: roles, candidates, notes, interviews and templates matching what was typed, each group
// cut at its limit with nothing counted beyond it. Candidates come from the one candidates search
// (candidates-search-repo.ts), as the candidates table's and the CLI's do. Runs inside the caller's
// transaction (one snapshot).
import type { SearchCandidateHit, SearchNoteHit, SearchQuery, SearchResults } from '../../contract';
import { buildCandidateFtsQuery } from '../candidates/candidates-rules';
import { searchCandidatesFirstPage } from '../candidates/candidates-search-repo';
import type { Db } from '../db/open-database';
import { buildFtsQuery } from '../roles/roles-rules';
import { findTemplates } from '../templates/templates-service';
import { personNotes, searchInterviews, searchRoles } from './search-repo';
import { candidateMatchField, inColumn, matchingNote, NOTE_COLUMNS, templateNameMatches } from './search-rules';

const NOTHING: SearchResults = { roles: [], candidates: [], notes: [], interviews: [], templates: [] };

/**
 * People by what was typed, in two groups: those found by their details (name, e-mail, phone, tag, résumé, or
 * words spread over those and their notes) and those found by a note or interview note, with a line of it.
 * A person found in both, whose details do not hold the words, is shown once: in the notes group.
 */
function searchPeople(db: Db, text: string, fts: string, limit: number): { candidates: SearchCandidateHit[]; notes: SearchNoteHit[] } {
  const found = searchCandidatesFirstPage(db, fts, limit);
  const byNotes = searchCandidatesFirstPage(db, inColumn(NOTE_COLUMNS, fts), limit);
  const notesOf = personNotes(db, [...new Set([...found, ...byNotes].map((hit) => hit.seq))]);
  const notes = byNotes.flatMap((hit): SearchNoteHit[] => {
    const match = matchingNote(text, notesOf.get(hit.seq) ?? []);
    if (!match) return [];
    const { note, snippet } = match;
    return [{ kind: note.kind, candidateId: hit.id, candidateName: hit.fullName, applicationId: note.application_id, interviewId: note.interview_id, roleTitle: note.role_title, at: note.at, snippet }];
  });
  const inNotes = new Set(notes.map((n) => n.candidateId));
  const candidates = found.flatMap((hit): SearchCandidateHit[] => {
    const written = notesOf.get(hit.seq) ?? [];
    const matchedIn = candidateMatchField(text, hit, written);
    const inANote = matchedIn === 'note' || matchedIn === 'interview_note';
    if (inANote && inNotes.has(hit.id)) return [];
    const snippet = inANote ? (matchingNote(text, written.filter((n) => n.kind === matchedIn))?.snippet ?? '') : '';
    return [{ id: hit.id, fullName: hit.fullName, email: hit.email, phone: hit.phone, tags: hit.tags, matchedIn, snippet }];
  });
  return { candidates, notes };
}

export function searchEverything(db: Db, { text, limit }: SearchQuery): SearchResults {
  const roleFts = buildFtsQuery(text);
  const candidateFts = buildCandidateFtsQuery(text);
  // No word in it (blank, or only punctuation): nothing to look for. The gallery would answer every template.
  if (roleFts === null && candidateFts === null) return NOTHING;
  const people = candidateFts === null ? { candidates: [], notes: [] } : searchPeople(db, text, candidateFts, limit);
  return {
    roles: roleFts === null ? [] : searchRoles(db, roleFts, limit),
    ...people,
    interviews:
      roleFts === null || candidateFts === null ? [] : searchInterviews(db, inColumn('name', candidateFts), inColumn('title', roleFts), limit),
    templates: findTemplates(db, text)
      .filter((t) => templateNameMatches(text, t))
      .slice(0, limit)
      .map(({ id, name, category, source }) => ({ id, name, category, source })),
  };
}
