// CSV: importing candidates, and exporting candidates and applications.
// Names only, importing nothing: ../channels.ts joins them into the sandboxed preload's allow-list.
// Each name needs a spec in ./csv-contract.ts and a handler in core/csv/csv-handlers.ts (else a type error).

export const CSV_CHANNELS = [
  'candidates:import-preview',
  'candidates:import',
  'candidates:import-cancel',
  'candidates:export',
  'applications:export',
] as const;

export type CsvChannel = (typeof CSV_CHANNELS)[number];
