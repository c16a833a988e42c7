// Type-level proof that the contract and the handler map stay complete: each `@ts-expect-error` below
// must be an error, or `npm run typecheck` fails ("unused '@ts-expect-error' directive"). The few
// runtime checks run in Vitest (Node); the real guarantees are the compile errors.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  CHANNELS,
  ROLES_CHANNELS,
  type contract,
  type Channel,
  type DomainContract,
  type NoRepeats,
  type OnlyKeys,
  type RolesChannel,
} from '../../electron/contract';
import { rolesContract } from '../../electron/contract/domains/roles-contract';
import { createHandlers, type HandlerGroup, type Handlers } from '../../electron/core/handlers';
import { rolesHandlers } from '../../electron/core/roles/roles-handlers';

const stub = (): never => {
  throw new Error('never called');
};
const spec = { input: z.object({}), output: z.object({}), doc: 'A channel that does not exist.' };

// --- Handlers -------------------------------------------------------------------------------------

// A domain's group without one of its channels.
const { 'roles:delete': _deleteHandler, ...rolesWithoutDelete } = rolesHandlers;
// @ts-expect-error 'roles:delete' has no handler
const _missingInGroup: HandlerGroup<RolesChannel> = rolesWithoutDelete;

// A domain's group with a handler for a name the domain does not list.
const _extraInGroup: HandlerGroup<RolesChannel> = {
  ...rolesHandlers,
  // @ts-expect-error 'roles:frobnicate' is not a roles channel
  'roles:frobnicate': stub,
};

// A group typed with a name that is no channel at all.
// @ts-expect-error 'roles:frobnicate' is not a Channel
type _NotAChannel = HandlerGroup<'roles:frobnicate'>;

// The whole map without one channel (as if a group were left out of createHandlers).
const { 'roles:list': _listHandler, ...mapWithoutList } = createHandlers();
// @ts-expect-error 'roles:list' has no handler
const _missingInMap: Handlers = mapWithoutList;

// The whole map with a key that is no channel (as if an untyped group were spread in): createHandlers'
// `OnlyKeys` check, which `satisfies` alone misses for spreads.
const mapWithExtra = { ...createHandlers(), ...{ 'roles:frobnicate': stub } };
const _mapSatisfiesAlone = mapWithExtra satisfies Handlers; // compiles: why the OnlyKeys check exists
// @ts-expect-error 'roles:frobnicate' is not a Channel
const _extraInMap: OnlyKeys<typeof mapWithExtra, Channel> = true;
const _exactMap: OnlyKeys<ReturnType<typeof createHandlers>, Channel> = true;

// --- Contract -------------------------------------------------------------------------------------

// A domain's specs without one of its names.
const { 'roles:delete': _deleteSpec, ...rolesSpecsWithoutDelete } = rolesContract;
// @ts-expect-error 'roles:delete' has no spec
const _missingSpec = rolesSpecsWithoutDelete satisfies DomainContract<RolesChannel>;

// A domain's specs with a spec for a name the domain does not list.
const _extraSpec = {
  ...rolesContract,
  // @ts-expect-error 'roles:frobnicate' is not in ROLES_CHANNELS
  'roles:frobnicate': spec,
} satisfies DomainContract<RolesChannel>;

// The joined contract with a spec that is no channel (a domain joined in api.ts but not in channels.ts).
type ContractWithExtra = typeof contract & { 'roles:frobnicate': typeof spec };
// @ts-expect-error 'roles:frobnicate' is not a Channel
const _extraInContract: OnlyKeys<ContractWithExtra, Channel> = true;
const _exactContract: OnlyKeys<typeof contract, Channel> = true;

// A name listed twice (in one domain or in two).
// @ts-expect-error 'roles:list' is listed twice
const _repeated: NoRepeats<readonly ['roles:list', 'roles:get', 'roles:list']> = true;
const _unique: NoRepeats<typeof CHANNELS> = true;

describe('contract and handler types', () => {
  it('join the domains without repeating a channel', () => {
    expect(new Set(CHANNELS).size).toBe(CHANNELS.length);
  });

  it("give a domain's names, specs and handlers the same keys", () => {
    expect(Object.keys(rolesContract)).toEqual([...ROLES_CHANNELS]);
    expect(Object.keys(rolesHandlers)).toEqual([...ROLES_CHANNELS]);
  });
});
