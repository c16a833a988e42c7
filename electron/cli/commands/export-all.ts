// `hirebook export-all --out DIR`: everything as CSV, JSON and files in a new folder inside DIR, through
// the same channel the app uses (data:export-all). Ctrl+C cancels it, which removes the unfinished
// folder. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { ExportAllResult } from '../../contract';
import type { Core } from '../../core/create-core';
import { CliFailure, write, type CliIo } from '../io';
import { valueOr } from './posting';

export interface ExportAllOptions {
  out: string;
  json: boolean;
}

export async function exportAll(core: Core, options: ExportAllOptions, io: CliIo): Promise<void> {
  const jobId = randomUUID();
  const stop = (): void => {
    void core.dispatch('data:export-all-cancel', { jobId });
  };
  process.once('SIGINT', stop);
  let result: ExportAllResult;
  try {
    result = valueOr<ExportAllResult>(await core.dispatch('data:export-all', { outDir: path.resolve(options.out), jobId }));
  } finally {
    process.removeListener('SIGINT', stop);
  }
  if (result.cancelled) throw new CliFailure('Stopped; the unfinished export folder was removed.');
  if (options.json) {
    const { folder, tables, rows, files, missingFiles } = result;
    await write(io.stdout, `${JSON.stringify({ folder, tables, rows, files, missingFiles })}\n`);
    return;
  }
  const files = `${result.files} ${result.files === 1 ? 'file' : 'files'}`;
  await write(io.stdout, `Exported ${result.tables} tables (${result.rows} rows) and ${files} to ${result.folder}\nREADME.txt there describes every table and column.\n`);
  if (result.missingFiles.length > 0) {
    await write(io.stderr, `${result.missingFiles.length} stored ${result.missingFiles.length === 1 ? 'file was' : 'files were'} missing from the data folder and not exported: ${result.missingFiles.join(', ')}\n`);
  }
}
