// `hirebook candidates import FILE` and `hirebook candidates export --out FILE`: CSV in and out through
// the same core channels the app uses. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import { basename, resolve } from 'node:path';
import type { CandidateExportFile, DuplicateMode, ImportPreview, ImportResult } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import { valueOrFail } from '../open-core';
import { checkWritable, writeOut } from '../out-file';

export interface CandidatesImportOptions {
  file: string;
  json: boolean;
  roleId: string | undefined;
  stage: string | undefined;
  duplicates: DuplicateMode;
}

function summary(result: ImportResult): string {
  const notes = result.warnings.map((warning) => `Note: ${warning}\n`).join('');
  const skipped = (result.duplicates ?? []).map((row) => `  line ${row.line}: ${row.name} matched ${row.matchedName}\n`).join('');
  const head = `Imported ${result.imported}, merged ${result.merged}, skipped ${result.skipped} (already known).\n${skipped}${notes}`;
  if (result.errors.length === 0) return head;
  const rows = result.errors.map((error) => `  line ${error.line}: ${error.reason}\n`).join('');
  return `${head}${result.errors.length} ${result.errors.length === 1 ? 'row was' : 'rows were'} not imported:\n${rows}`;
}

export async function candidatesImport(core: Core, options: CandidatesImportOptions, io: CliIo): Promise<void> {
  // The core reads the file itself (streamed, size-checked, ordinary files only). Only the header and the
  // first rows are read for the mapping: the import makes its own pass over the whole file.
  const path = resolve(options.file);
  const preview = valueOrFail(await core.dispatch('candidates:import-preview', { path, sampleOnly: true })) as ImportPreview;
  const input = {
    path,
    fileName: basename(path),
    mapping: preview.mapping,
    duplicates: options.duplicates,
    jobId: randomUUID(),
    ...(options.roleId === undefined ? {} : { roleId: options.roleId }),
    ...(options.stage === undefined ? {} : { stageName: options.stage }),
  };
  const result = valueOrFail(await core.dispatch('candidates:import', input)) as ImportResult;
  if (options.json) {
    const { imported, merged, skipped, errors, warnings, duplicates = [] } = result;
    await write(io.stdout, `${JSON.stringify({ imported, merged, skipped, duplicates, errors, warnings }, null, 2)}\n`);
    return;
  }
  await write(io.stdout, summary(result));
}

export interface CandidatesExportOptions {
  out: string;
  roleId: string | undefined;
  /** --force: replace an existing file at `out`. */
  force: boolean;
}

export async function candidatesExport(core: Core, options: CandidatesExportOptions, io: CliIo): Promise<void> {
  checkWritable(options.out, options.force);
  const query = options.roleId === undefined ? {} : { roleId: options.roleId };
  const file = valueOrFail(await core.dispatch('candidates:export', { ...query, sort: 'name', direction: 'asc' })) as CandidateExportFile;
  writeOut(options.out, file.content, options.force);
  await write(io.stdout, `Exported ${file.rows} ${file.rows === 1 ? 'candidate' : 'candidates'} to ${options.out}\n`);
}
