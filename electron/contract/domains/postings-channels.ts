// Postings: a role's posting as HTML, text, PDF or print, and the static careers site.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./postings-contract.ts and a handler in core/postings/postings-handlers.ts (else a type error).

export const POSTINGS_CHANNELS = [
  'postings:html',
  'postings:export',
  'postings:pdf',
  'postings:check',
  'postings:print',
  'postings:batch-pdf',
  'postings:cancel',
  'careers:export',
] as const;

export type PostingsChannel = (typeof POSTINGS_CHANNELS)[number];
