// Reports and Today: hiring figures over a date range, and the home screen's list of what needs the owner.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./reports-contract.ts and a handler in core/reports/reports-handlers.ts (else a type error).

export const REPORTS_CHANNELS = [
  'reports:get',
  'reports:csv',
  'reports:html',
  'reports:pdf',
  'reports:print',
  'today:get',
  'today:left',
] as const;

export type ReportsChannel = (typeof REPORTS_CHANNELS)[number];
