// Candidates: the people, their profiles, duplicates and timelines.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./candidates-contract.ts and a handler in core/candidates/candidates-handlers.ts (else a type error).

export const CANDIDATES_CHANNELS = [
  'candidates:create',
  'candidates:get',
  'candidates:update',
  'candidates:delete',
  'candidates:anonymise',
  'candidates:list',
  'candidates:count',
  'candidates:duplicates',
  'candidates:merge',
  'candidates:timeline',
  'candidates:export-person',
] as const;

export type CandidatesChannel = (typeof CANDIDATES_CHANNELS)[number];
