// Interviews: scheduling, details and calendar files.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./interviews-contract.ts and a handler in core/interviews/interviews-handlers.ts (else a type error).

export const INTERVIEWS_CHANNELS = [
  'interviews:list',
  'interviews:get',
  'interviews:schedule',
  'interviews:update',
  'interviews:ics',
] as const;

export type InterviewsChannel = (typeof INTERVIEWS_CHANNELS)[number];
