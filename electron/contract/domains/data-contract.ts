// Data: the health of the data file, a check on demand and a salvage copy.
// A spec per name in ./data-channels.ts, no more, no fewer (else a type error); handlers: core/data-health/data-handlers.ts.
import { EmptyInput } from '../common-schemas';
import { DataCheckInput, DataHealth, SalvageInput, SalvageResult } from '../data-schemas';
import type { DomainContract } from '../channel-spec';
import type { DataChannel } from './data-channels';

export type { DataChannel };

export const dataContract = {
  'data:health': {
    input: EmptyInput,
    output: DataHealth,
    doc: 'The data file\'s health: ok, checking, damaged (read-only) or read_only, with the last check and the newest backup.',
  },
  'data:check': {
    input: DataCheckInput,
    output: DataHealth,
    doc: 'Check the data file now (full: SQLite integrity_check; else quick_check) and answer the health after it.',
  },
  'data:salvage': {
    input: SalvageInput,
    output: SalvageResult,
    doc: 'Copy every row that still reads into a new database file in the chosen folder; the data file is never written.',
  },
} as const satisfies DomainContract<DataChannel>;
