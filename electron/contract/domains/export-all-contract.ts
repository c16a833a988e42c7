// Export everything: every table as CSV and JSON plus the files, for moving to another tool.
// A spec per name in ./export-all-channels.ts, no more, no fewer (else a type error); handlers: core/export-all/export-all-handlers.ts.
import { ExportAllCancelInput, ExportAllCancelResult, ExportAllInput, ExportAllResult } from '../export-all-schemas';
import type { DomainContract } from '../channel-spec';
import type { ExportAllChannel } from './export-all-channels';

export type { ExportAllChannel };

export const exportAllContract = {
  'data:export-all': {
    input: ExportAllInput,
    output: ExportAllResult,
    doc: 'Every table as CSV and JSON, every attachment and the logo, and a README.txt, into a new folder inside outDir (never over a file), with data:export-all-progress events; data:export-all-cancel stops it and removes the partial folder.',
  },
  'data:export-all-cancel': { input: ExportAllCancelInput, output: ExportAllCancelResult, doc: 'Stop a running export; its partial folder is removed.' },
} as const satisfies DomainContract<ExportAllChannel>;
