// Messages: templates, drafts for the owner's mail program, and their log.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./messages-contract.ts and a handler in core/messages/messages-handlers.ts (else a type error).

export const MESSAGES_CHANNELS = [
  'messages:templates',
  'messages:template-save',
  'messages:template-restore',
  'messages:draft',
  'messages:draft-eml',
  'messages:draft-eml-many',
  'messages:log',
] as const;

export type MessagesChannel = (typeof MESSAGES_CHANNELS)[number];
