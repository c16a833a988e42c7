// Attachments: a candidate's files (résumés, cover letters).
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./attachments-contract.ts and a handler in core/attachments/attachments-handlers.ts (else a type error).

export const ATTACHMENTS_CHANNELS = [
  'attachments:add',
  'attachments:content',
  'attachments:text',
  'attachments:delete',
] as const;

export type AttachmentsChannel = (typeof ATTACHMENTS_CHANNELS)[number];
