// Company: the profile printed on postings.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./company-contract.ts and a handler in core/company/company-handlers.ts (else a type error).

export const COMPANY_CHANNELS = [
  'company:get',
  'company:update',
] as const;

export type CompanyChannel = (typeof COMPANY_CHANNELS)[number];
