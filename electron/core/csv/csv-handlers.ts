// The CSV channels: preview (separator, the header row found after any preamble, guessed mapping, first rows), import with progress
// and cancel, and export of the candidates table or of cards selected on a board. Runs in plain Node via dispatch.
import type { CsvChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { exportApplications, exportCandidates } from './csv-export';
import { runImport } from './csv-import-run';
import { guessMapping, looksLikeHeader } from './csv-mapping-rules';
import { scanCsv } from './csv-parse';

const SAMPLE_ROWS = 20;

export const csvHandlers: HandlerGroup<CsvChannel> = {
  // One streamed pass: the first rows are kept, the rest only counted (or not read: sampleOnly).
  'candidates:import-preview': async (input, ctx) => {
    if (input.path !== undefined) ctx.grants.checkFile(input.path, ['path']);
    const scan = await scanCsv(input, SAMPLE_ROWS, { isHeader: looksLikeHeader, sampleOnly: input.sampleOnly });
    return {
      delimiter: scan.delimiter,
      headers: scan.headers,
      mapping: guessMapping(scan.headers),
      sampleRows: scan.sampleRows,
      rowCount: scan.total,
      warnings: scan.warnings,
    };
  },

  'candidates:import': (input, ctx) => {
    if (input.path !== undefined) ctx.grants.checkFile(input.path, ['path']);
    return runImport(ctx, input);
  },

  'candidates:import-cancel': ({ jobId }, ctx) => ({ cancelled: ctx.jobs.cancel(jobId) }),

  'candidates:export': (input, ctx) => exportCandidates(ctx.db, input, ctx.now()),

  'applications:export': (input, ctx) => exportApplications(ctx.db, input, ctx.now()),
};
