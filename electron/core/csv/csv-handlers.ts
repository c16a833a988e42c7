// The CSV channels: preview (separator, headers, guessed mapping, first rows), import with progress
// and cancel, and export of the candidates table or of cards selected on a board. Runs in plain Node via dispatch.
import type { CsvChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { exportApplications, exportCandidates } from './csv-export';
import { runImport } from './csv-import-run';
import { guessMapping } from './csv-mapping-rules';
import { parseCsv, sourceText } from './csv-parse';

const SAMPLE_ROWS = 20;

export const csvHandlers: HandlerGroup<CsvChannel> = {
  'candidates:import-preview': (input, ctx) => {
    if (input.path !== undefined) ctx.grants.checkFile(input.path, ['path']);
    const parsed = parseCsv(sourceText(input), SAMPLE_ROWS);
    return {
      delimiter: parsed.delimiter,
      headers: parsed.headers,
      mapping: guessMapping(parsed.headers),
      sampleRows: parsed.rows.map((row) => row.cells),
      rowCount: parsed.total,
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
