// Applications: a candidate on a role's board (moves, rejections, hires, ratings, notes).
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./applications-contract.ts and a handler in core/applications/applications-handlers.ts (else a type error).

export const APPLICATIONS_CHANNELS = [
  'applications:create',
  'applications:move',
  'applications:reject',
  'applications:hire',
  'applications:reactivate',
  'applications:rate',
  'applications:note-add',
  'applications:notes',
  'applications:history',
  'applications:bulk',
] as const;

export type ApplicationsChannel = (typeof APPLICATIONS_CHANNELS)[number];
