// Export everything: every table as CSV and JSON plus the files, for moving to another tool.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./export-all-contract.ts and a handler in core/export-all/export-all-handlers.ts (else a type error).

export const EXPORT_ALL_CHANNELS = ['data:export-all', 'data:export-all-cancel'] as const;

export type ExportAllChannel = (typeof EXPORT_ALL_CHANNELS)[number];
