// The public face of the contract: import from here, except the preload, which takes channels.ts alone.
//
// The contract is split by domain, matching the core's handler groups: electron/contract/domains/ holds,
// per domain, `<domain>-channels.ts` (its channel names and their type, importing nothing) and
// `<domain>-contract.ts` (one {input, output, doc} spec per name, using the *-schemas.ts files here).
// channels.ts joins the names into CHANNELS (the sandboxed preload's allow-list, bundled without any
// schema); api.ts joins the specs into `contract`, from which Input, Output and ParsedInput come.
//
// How to add a channel — two places, and the compiler points at anything left out:
//   1. The domain's contract: its name in domains/<domain>-channels.ts and its spec (schemas, doc) in
//      domains/<domain>-contract.ts (new schemas go in the domain's *-schemas.ts). A name without a spec,
//      or a spec without a name, is a type error.
//   2. Its handler in the domain's handler group in electron/core (the names file says which, e.g.
//      core/roles/roles-handlers.ts), typed `HandlerGroup<RolesChannel>` with the domain's channel-name
//      type: a missing or extra handler is a type error.
// The IPC door, the preload's allow-list, the CLI (`rpc`, `rpc --list`) and the renderer's typed client
// pick it up from there. (The dispatch fuzz test, tests/ipc/dispatch-fuzz.test.ts, then asks — as a type
// error — for a few valid inputs to mutate.) A new domain also needs its two files joined in channels.ts,
// api.ts and core/domain-specs.ts (dispatch loads a domain's specs on its first request) and its handler group
// joined in createHandlers (electron/core/handlers.ts, loaded on first use too).
export * from './channels';
export * from './channel-spec';
export * from './result';
export * from './common-schemas';
export * from './roles-schemas';
export * from './labels';
export * from './app-commands';
export * from './rating-scale';
export * from './company-schemas';
export * from './app-schemas';
export * from './jd-schemas';
export * from './jd-check-schemas';
export * from './template-schemas';
export * from './message-schemas';
export * from './offer-schemas';
export * from './message-fill';
export * from './description-schemas';
export * from './posting-schemas';
export * from './candidates-schemas';
export * from './pipeline-schemas';
export * from './application-rules';
export * from './import-export-schemas';
export * from './intake-schemas';
export * from './interview-schemas';
export * from './export-all-schemas';
export * from './data-schemas';
export * from './channel-effects';
export * from './backup-schemas';
export * from './reports-schemas';
export * from './retention-schemas';
export * from './search-schemas';
export * from './report-charts';
export * from './api';
export * from './savable-text';
export * from './safe-file-name';
export * from './mail-address';
export * from './input-check';
export * from './validate-input';
// core/domain-specs.ts (each domain's specs loaded on its first request) is the core's: the renderer's bundle never sees its dynamic imports.
