// CSV: importing candidates, and exporting candidates and applications.
// A spec per name in ./csv-channels.ts, no more, no fewer (else a type error); handlers: core/csv/csv-handlers.ts.
import {
  ApplicationExportInput,
  CandidateExportFile,
  CandidateExportInput,
  ImportCancelInput,
  ImportCancelResult,
  ImportInput,
  ImportPreview,
  ImportPreviewInput,
  ImportResult,
} from '../import-export-schemas';
import type { DomainContract } from '../channel-spec';
import type { CsvChannel } from './csv-channels';

export type { CsvChannel };

export const csvContract = {
  'candidates:import-preview': {
    input: ImportPreviewInput,
    output: ImportPreview,
    doc: 'Read a CSV file: separator, headers, the guessed column mapping and the first rows. Saves nothing.',
  },
  'candidates:import': {
    input: ImportInput,
    output: ImportResult,
    doc: 'Import candidates from CSV in batches, with candidates:import-progress events; reports every refused row by line.',
  },
  'candidates:import-cancel': { input: ImportCancelInput, output: ImportCancelResult, doc: 'Stop a running import after its current batch; finished batches are kept.' },
  'candidates:export': { input: CandidateExportInput, output: CandidateExportFile, doc: 'The candidates the table filters match, as a CSV file.' },
  'applications:export': {
    input: ApplicationExportInput,
    output: CandidateExportFile,
    doc: 'Selected applications as a CSV file: the candidate columns plus role, stage, status, the card’s rating in words (Strong no … Strong yes), where it comes from, and days in stage.',
  },
} as const satisfies DomainContract<CsvChannel>;
