// Revisions: kept versions of a job description.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./revisions-contract.ts and a handler in core/descriptions/revisions-handlers.ts (else a type error).

export const REVISIONS_CHANNELS = [
  'revisions:list',
  'revisions:get',
  'revisions:create',
  'revisions:restore',
  'revisions:compare',
] as const;

export type RevisionsChannel = (typeof REVISIONS_CHANNELS)[number];
