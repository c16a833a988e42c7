// Interview kits: a role's criteria and questions, on screen and on paper.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./kits-contract.ts and a handler in core/interviews/kits-handlers.ts (else a type error).

export const KITS_CHANNELS = [
  'kits:get',
  'kits:generate',
  'kits:save',
  'kits:html',
  'kits:pdf',
  'kits:print',
] as const;

export type KitsChannel = (typeof KITS_CHANNELS)[number];
