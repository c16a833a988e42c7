// Roles: the jobs being hired for.
// A spec per name in ./roles-channels.ts, no more, no fewer (else a type error); handlers: core/roles/roles-handlers.ts.
import { z } from 'zod';
import { IdInput } from '../common-schemas';
import { Role, RoleDraft, RoleList, RoleListQuery, RoleUpdateInput } from '../roles-schemas';
import type { DomainContract } from '../channel-spec';
import type { RolesChannel } from './roles-channels';

export type { RolesChannel };

export const rolesContract = {
  'roles:list': { input: RoleListQuery, output: RoleList, doc: 'Roles filtered by status and archive state, searched by title, sorted.' },
  'roles:get': { input: IdInput, output: Role, doc: 'One role by id.' },
  'roles:create': { input: RoleDraft, output: Role, doc: 'Create a role; missing fields take their defaults.' },
  'roles:update': { input: RoleUpdateInput, output: Role, doc: 'Change some fields of a role; the result must still be valid.' },
  'roles:duplicate': { input: IdInput, output: Role, doc: 'Copy a role as a new draft.' },
  'roles:archive': { input: IdInput, output: Role, doc: 'Hide a role from the active list without deleting it.' },
  'roles:restore': { input: IdInput, output: Role, doc: 'Bring an archived role back to the active list.' },
  'roles:delete': { input: IdInput, output: z.object({ id: z.string() }), doc: 'Delete a role for good.' },
} as const satisfies DomainContract<RolesChannel>;
