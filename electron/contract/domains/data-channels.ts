// Data: the health of the data file (the start-up and weekly checks, damage met at any time), a full
// check on demand, and a salvage copy of whatever still reads.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./data-contract.ts and a handler in core/data-health/data-handlers.ts (else a type error).

export const DATA_CHANNELS = [
  'data:health',
  'data:check',
  'data:salvage',
] as const;

export type DataChannel = (typeof DATA_CHANNELS)[number];
