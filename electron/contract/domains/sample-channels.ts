// Sample data: a believable small business to try Hirebook with.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./sample-contract.ts and a handler in core/sample/sample-handlers.ts (else a type error).

export const SAMPLE_CHANNELS = [
  'sample:load',
  'sample:status',
  'sample:remove',
] as const;

export type SampleChannel = (typeof SAMPLE_CHANNELS)[number];
