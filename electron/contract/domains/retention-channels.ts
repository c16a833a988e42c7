// Retention: how long candidates' data is kept, who is due for deletion, erasing them, the privacy notice.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./retention-contract.ts and a handler in core/retention/retention-handlers.ts (else a type error).

export const RETENTION_CHANNELS = [
  'retention:settings',
  'retention:set-settings',
  'retention:due',
  'retention:erase',
  'retention:notice',
] as const;

export type RetentionChannel = (typeof RETENTION_CHANNELS)[number];
