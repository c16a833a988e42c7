// Descriptions: a role's job description, section by section.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./descriptions-contract.ts and a handler in core/descriptions/descriptions-handlers.ts (else a type error).

export const DESCRIPTIONS_CHANNELS = [
  'descriptions:get',
  'descriptions:save',
] as const;

export type DescriptionsChannel = (typeof DESCRIPTIONS_CHANNELS)[number];
