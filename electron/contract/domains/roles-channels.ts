// Roles: the jobs being hired for.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./roles-contract.ts and a handler in core/roles/roles-handlers.ts (else a type error).

export const ROLES_CHANNELS = [
  'roles:list',
  'roles:get',
  'roles:create',
  'roles:update',
  'roles:duplicate',
  'roles:archive',
  'roles:restore',
  'roles:delete',
] as const;

export type RolesChannel = (typeof ROLES_CHANNELS)[number];
