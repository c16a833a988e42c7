// `hirebook backup` and `hirebook restore FILE`: one archive of the data folder, and putting one in its
// place (checked first; the data in use is kept aside). The restore is staged by the core and carried out
// by reopening it (createCore completes a committed restore). Ctrl+C cancels. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { BackupCreateResult, BackupHolding, BackupRestoreResult, BackupStatus, BackupSummary } from '../../contract';
import type { Core } from '../../core/create-core';
import { defaultArchiveName } from '../../core/backup/backup-manifest-rules';
import type { Command, PassphraseSource } from '../args';
import { CliFailure, write, type CliIo } from '../io';
import { checkWritable } from '../out-file';
import { openCliCore, valueOrFail } from '../open-core';

async function readPassphrase(source: PassphraseSource, io: CliIo): Promise<string | undefined> {
  if (source.from === 'none') return undefined;
  if (source.from === 'env') {
    const value = io.env[source.name];
    if (value === undefined || value === '') throw new CliFailure(`the environment variable ${source.name} (--passphrase-env) is not set`);
    return value;
  }
  const lines = createInterface({ input: io.stdin });
  for await (const line of lines) {
    lines.close();
    if (line !== '') return line;
  }
  throw new CliFailure('--passphrase-stdin: no passphrase on the first line of stdin');
}

/** Runs a job, sending backup:cancel on Ctrl+C (a second Ctrl+C ends the process as usual). */
async function cancellable<T>(core: Core, jobId: string, run: () => Promise<T>): Promise<T> {
  const onInterrupt = (): void => {
    process.off('SIGINT', onInterrupt);
    void core.dispatch('backup:cancel', { jobId });
  };
  process.on('SIGINT', onInterrupt);
  try {
    return await run();
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

function describe(summary: BackupSummary): string[] {
  return [
    `Made:        ${summary.createdAt} by Hirebook ${summary.appVersion} (schema ${summary.schemaVersion})`,
    `Company:     ${summary.companyName || '(no name)'}`,
    `Holds:       ${summary.roles} roles, ${summary.candidates} candidates, ${summary.attachments} files`,
    `Encrypted:   ${summary.encrypted ? 'yes (passphrase)' : 'no'}`,
    `Size:        ${(summary.bytes / 1024 / 1024).toFixed(1)} MB`,
  ];
}

export async function backup(core: Core, command: Extract<Command, { kind: 'backup' }>, io: CliIo): Promise<void> {
  const out = path.resolve(command.out ?? defaultArchiveName(new Date()));
  checkWritable(out, command.force);
  const passphrase = await readPassphrase(command.passphrase, io);
  const jobId = randomUUID();
  const result = valueOrFail(
    await cancellable(core, jobId, () => core.dispatch('backup:create', { jobId, path: out, replace: command.force, ...(passphrase === undefined ? {} : { passphrase }) })),
  ) as BackupCreateResult;
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [`Backed up to ${result.path}`, ...describe(result.summary)];
  if (result.notice) lines.push('', result.notice);
  await write(io.stdout, `${lines.join('\n')}\n`);
}

const megabytes = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const HOLDING_WORDS: Record<BackupHolding['archives'][number]['state'], string> = {
  holds: 'holds them',
  does_not_hold: 'does not hold them',
  unknown_encrypted: 'unknown without the passphrase',
  unknown_older: 'unknown (made by an older Hirebook)',
};

/** `hirebook backups --holding ID`: which backups still hold one person. */
async function backupsHolding(core: Core, candidateId: string, json: boolean, io: CliIo): Promise<void> {
  const answer = valueOrFail(await core.dispatch('backup:holding', { candidateId })) as BackupHolding;
  if (json) {
    await write(io.stdout, `${JSON.stringify(answer, null, 2)}\n`);
    return;
  }
  const lines = answer.archives.map((a) => {
    const until = a.rotatesOutBy ? ` · rotates out by ${a.rotatesOutBy.slice(0, 10)}` : '';
    return `${a.folder === 'second' ? 'Second folder' : 'Backups'}: ${a.name} · ${HOLDING_WORDS[a.state]}${until}`;
  });
  await write(io.stdout, `${[...lines, answer.message].join('\n')}\n`);
}

/** `hirebook backups`: how backups stand, as Settings → Data shows it; with --holding ID, who they hold. */
export async function backupsStatus(core: Core, command: Extract<Command, { kind: 'backups' }>, io: CliIo): Promise<void> {
  if (command.holding !== undefined) return backupsHolding(core, command.holding, command.json, io);
  const status = valueOrFail(await core.dispatch('backup:status', {})) as BackupStatus;
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(status, null, 2)}\n`);
    return;
  }
  const last = status.lastGood;
  const lines = [
    `Last good:   ${last ? `${last.takenAt} · ${megabytes(last.bytes)} · ${last.path}` : 'none yet'}`,
    `Automatic:   ${status.automatic ? 'on (daily, and at quit after changes)' : 'off'} · ${status.archives} in ${status.folder}`,
    `Disk use:    ${megabytes(status.usedBytes)} of up to ${megabytes(status.budgetBytes)}`,
    `Second copy: ${status.secondFolder ? `${status.secondFolder}${status.secondFolderFound ? '' : ' (not found now)'}` : 'none'}`,
    ...status.warnings.map((warning) => `Warning:     ${warning}`),
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
}

/**
 * Checks (and with --dry-run only checks) the archive; a restore is staged by the core, then this core is
 * closed and a new one opened, which switches the folder over and updates an older schema.
 */
export async function restore(core: Core, command: Extract<Command, { kind: 'restore' }>, io: CliIo, version: string): Promise<void> {
  const passphrase = await readPassphrase(command.passphrase, io);
  const file = path.resolve(command.file);
  const secret = passphrase === undefined ? {} : { passphrase };
  if (command.dryRun) {
    const summary = valueOrFail(await core.dispatch('backup:inspect', { path: file, ...secret })) as BackupSummary;
    await write(io.stdout, command.json ? `${JSON.stringify(summary, null, 2)}\n` : `${file} is a complete, undamaged backup.\n${describe(summary).join('\n')}\n`);
    return;
  }
  const jobId = randomUUID();
  const result = valueOrFail(await cancellable(core, jobId, () => core.dispatch('backup:restore', { jobId, path: file, ...secret }))) as BackupRestoreResult;
  await core.close();
  const reopened = openCliCore(core.dataDir, version, io);
  await reopened.close();
  if (command.json) {
    await write(io.stdout, `${JSON.stringify(result, null, 2)}\n`);
    return;
  }
  const lines = [`Restored ${file} into ${core.dataDir}`, ...describe(result.summary), `The data it replaced is kept in ${result.replacedDir}`];
  const { erased, anonymised } = result.erasedAgain;
  if (erased + anonymised > 0) {
    lines.push(`Erased again: ${erased} and anonymised again: ${anonymised} people who were erased or anonymised after this backup was made.`);
  }
  await write(io.stdout, `${lines.join('\n')}\n`);
}
