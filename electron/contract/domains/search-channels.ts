// Search everything: roles, candidates, interviews and templates at once (the command palette, `hirebook search`).
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./search-contract.ts and a handler in core/search/search-handlers.ts (else a type error).

export const SEARCH_CHANNELS = ['search:everything'] as const;

export type SearchChannel = (typeof SEARCH_CHANNELS)[number];
