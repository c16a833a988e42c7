// Scorecards: each interviewer's ratings and notes, and a candidate's summary.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./scorecards-contract.ts and a handler in core/interviews/scorecards-handlers.ts (else a type error).

export const SCORECARDS_CHANNELS = [
  'scorecards:open',
  'scorecards:save',
  'scorecards:submit',
  'scorecards:summary',
] as const;

export type ScorecardsChannel = (typeof SCORECARDS_CHANNELS)[number];
