// `hirebook candidates export-person ID --out FILE`: everything Hirebook holds about one person as one zip
// (summary.html, data.json, their files, README.txt), written by the core through a temp file beside FILE;
// prints where it wrote and what it holds. Runs in plain Node.
import path from 'node:path';
import type { CandidateExportPersonResult } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { checkWritable } from '../out-file';
import { write, type CliIo } from '../io';

export interface CandidatesExportPersonOptions {
  id: string;
  out: string;
  force: boolean;
  json: boolean;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export async function candidatesExportPerson(core: Core, options: CandidatesExportPersonOptions, io: CliIo): Promise<void> {
  const out = path.resolve(options.out);
  checkWritable(out, options.force);
  const result = valueOrFail(await core.dispatch('candidates:export-person', { id: options.id, path: out, replace: options.force })) as CandidateExportPersonResult;
  if (options.json) {
    await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const holds = [
    count(result.applications, 'application', 'applications'),
    count(result.notes, 'note', 'notes'),
    count(result.interviews, 'interview', 'interviews'),
    count(result.scorecards, 'scorecard', 'scorecards'),
    count(result.activity, 'timeline entry', 'timeline entries'),
    count(result.files, 'file', 'files'),
  ].join(', ');
  const lines = [
    `Exported everything about ${result.fullName} to ${result.path} (${result.bytes} bytes)`,
    `It holds summary.html, data.json, README.txt and ${holds}.`,
  ];
  if (result.missingFiles.length > 0) lines.push(`Not in it (missing from the data folder): ${result.missingFiles.join(', ')}`);
  await write(io.stdout, `${lines.join('\n')}\n`);
}
