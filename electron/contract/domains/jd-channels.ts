// Job description import and the quality coach.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./jd-contract.ts and a handler in core/job-descriptions/jd-handlers.ts (else a type error).

export const JD_CHANNELS = [
  'jd:parse',
  'jd:import',
  'jd:check',
] as const;

export type JdChannel = (typeof JD_CHANNELS)[number];
