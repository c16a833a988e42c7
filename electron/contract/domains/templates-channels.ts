// Templates: the built-in gallery and the owner's own templates.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./templates-contract.ts and a handler in core/templates/templates-handlers.ts (else a type error).

export const TEMPLATES_CHANNELS = [
  'templates:list',
  'templates:get',
  'templates:save-from-role',
  'templates:delete',
  'templates:use',
] as const;

export type TemplatesChannel = (typeof TEMPLATES_CHANNELS)[number];
