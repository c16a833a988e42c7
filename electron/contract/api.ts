// The contract: for each channel its input and output schema and what it does; for each event
// its payload. Runs anywhere. `satisfies` makes a missing or extra channel a compile error.
import { z } from 'zod';
import type { Channel, EventName } from './channels';
import { EmptyInput, IdInput } from './common-schemas';
import { Company, CompanyUpdateInput } from './company-schemas';
import { AppInfo, DataChanged, SampleLoadResult } from './app-schemas';
import { Role, RoleDraft, RoleList, RoleListQuery, RoleUpdateInput } from './roles-schemas';

export interface ChannelSpec {
  input: z.ZodType;
  output: z.ZodType;
  doc: string;
}

export const contract = {
  'app:info': { input: EmptyInput, output: AppInfo, doc: 'Version, data folder and database file of this install.' },
  'company:get': { input: EmptyInput, output: Company, doc: 'The company profile used on postings.' },
  'company:update': { input: CompanyUpdateInput, output: Company, doc: 'Change some fields of the company profile.' },
  'roles:list': { input: RoleListQuery, output: RoleList, doc: 'Roles filtered by status and archive state, searched by title, sorted.' },
  'roles:get': { input: IdInput, output: Role, doc: 'One role by id.' },
  'roles:create': { input: RoleDraft, output: Role, doc: 'Create a role; missing fields take their defaults.' },
  'roles:update': { input: RoleUpdateInput, output: Role, doc: 'Change some fields of a role; the result must still be valid.' },
  'roles:duplicate': { input: IdInput, output: Role, doc: 'Copy a role as a new draft.' },
  'roles:archive': { input: IdInput, output: Role, doc: 'Hide a role from the active list without deleting it.' },
  'roles:restore': { input: IdInput, output: Role, doc: 'Bring an archived role back to the active list.' },
  'roles:delete': { input: IdInput, output: z.object({ id: z.string() }), doc: 'Delete a role for good.' },
  'sample:load': { input: EmptyInput, output: SampleLoadResult, doc: 'Add a believable small business: a company profile and roles.' },
} as const satisfies Record<Channel, ChannelSpec>;

export const events = {
  'data:changed': DataChanged,
  /** File → New Role (CmdOrCtrl+N) in the application menu: the renderer opens a new role form. */
  'menu:new-role': z.object({}),
} as const satisfies Record<EventName, z.ZodType>;

/** What a caller passes (defaults may be omitted). */
export type Input<C extends Channel> = z.input<(typeof contract)[C]['input']>;
/** What a handler receives, after parsing and defaults. */
export type ParsedInput<C extends Channel> = z.output<(typeof contract)[C]['input']>;
export type Output<C extends Channel> = z.output<(typeof contract)[C]['output']>;
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;
