// `hirebook check [--full]` (the data file's health; exit code 3 when damaged) and `hirebook salvage
// --out DIR` (every row that still reads, into a new file; works without opening the core, so also on
// a file the core refuses). Runs in plain Node.
import path from 'node:path';
import type { DataHealth, SalvageResult } from '../../contract';
import { DATABASE_FILE } from '../../core/create-core';
import { salvageDataFile } from '../../core/data-health/salvage';
import { DomainError } from '../../core/errors';
import { CliFailure, EXIT_DAMAGED, write, type CliIo } from '../io';
import { openCliCore, valueOrFail } from '../open-core';

function healthLines(health: DataHealth): string[] {
  const lines = [`Health:          ${health.state}`, `                 ${health.message}`];
  lines.push(`Last check:      ${health.lastCheckAt ? `${health.lastCheckAt} (${health.lastCheckKind ?? 'quick'})` : 'none yet'}`);
  lines.push(`Last full check: ${health.lastFullCheckAt ?? 'none yet'}`);
  for (const detail of health.details.slice(0, 10)) lines.push(`  ${detail}`);
  if (health.newestBackup) lines.push(`Newest backup:   ${health.newestBackup.path} (${health.newestBackup.takenAt})`);
  if (health.backupNote) lines.push(health.backupNote);
  if (health.state === 'damaged') lines.push('Save what still reads with: hirebook salvage --out FOLDER');
  return lines;
}

export async function check(dataDir: string, version: string, command: { json: boolean; full: boolean }, io: CliIo): Promise<void> {
  // A file refused at open (damaged header or schema) fails here with exit code 3.
  const core = openCliCore(dataDir, version, io);
  let health: DataHealth;
  try {
    health = valueOrFail(await core.dispatch('data:check', { full: command.full })) as DataHealth;
  } finally {
    await core.close();
  }
  await write(io.stdout, command.json ? `${JSON.stringify(health, null, 2)}\n` : `${healthLines(health).join('\n')}\n`);
  if (health.state === 'damaged') throw new CliFailure('the data file is damaged; Hirebook will not write to it.', EXIT_DAMAGED);
}

export async function salvage(dataDir: string, command: { json: boolean; out: string }, io: CliIo): Promise<void> {
  const databasePath = path.join(path.resolve(dataDir), DATABASE_FILE);
  let result: SalvageResult;
  try {
    result = salvageDataFile(databasePath, path.resolve(command.out), new Date());
  } catch (error) {
    if (error instanceof DomainError) throw new CliFailure(`${error.message} [${error.code}]`);
    throw error;
  }
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const width = Math.max(5, ...result.tables.map((t) => t.table.length));
  const rows = result.tables.map((t) => `${t.table.padEnd(width)}  ${String(t.saved).padStart(8)}  ${t.lost === null ? '       ?' : String(t.lost).padStart(8)}`);
  await write(io.stdout, `${['table'.padEnd(width) + '     saved      lost', ...rows, '', result.message].join('\n')}\n`);
}
