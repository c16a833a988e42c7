// Candidate intake: résumé files, folders and saved e-mails turned into candidates in one batch.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./intake-contract.ts and a handler in core/intake/intake-handlers.ts (else a type error).

export const INTAKE_CHANNELS = ['candidates:intake', 'candidates:intake-cancel'] as const;

export type IntakeChannel = (typeof INTAKE_CHANNELS)[number];
