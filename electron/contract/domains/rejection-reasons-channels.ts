// Rejection reasons: the editable list offered when rejecting.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./rejection-reasons-contract.ts and a handler in core/applications/rejection-reasons-handlers.ts (else a type error).

export const REJECTION_REASONS_CHANNELS = [
  'rejection-reasons:list',
  'rejection-reasons:save',
] as const;

export type RejectionReasonsChannel = (typeof REJECTION_REASONS_CHANNELS)[number];
