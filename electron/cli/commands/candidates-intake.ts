// `hirebook candidates intake FILE... [--role ID] [--json]`: résumé files, folders and saved e-mails into
// candidates through the same core channel the app's drop target uses; Ctrl+C stops after the current
// file. Runs in plain Node.
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import type { IntakeItem, IntakeReport } from '../../contract';
import type { Core } from '../../core/create-core';
import { write, type CliIo } from '../io';
import { valueOrFail } from '../open-core';

export interface CandidatesIntakeOptions {
  files: string[];
  json: boolean;
  roleId: string | undefined;
}

/** Text for the terminal: control characters (escape sequences) and bidirectional overrides from a file or a message become spaces. */
function plain(text: string): string {
  return text.replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, ' ');
}

function line(item: IntakeItem): string {
  const who = item.candidateName ? ` → ${plain(item.candidateName)}` : '';
  const tag = item.outcome === 'refused' ? 'refused' : item.needsLook ? `${item.outcome}, needs a look` : item.outcome;
  const reasons = item.reasons.map((reason) => `      ${plain(reason)}\n`).join('');
  const similar = item.duplicates.map((d) => `      May be the same person as ${plain(d.fullName)} (${d.candidateId}).\n`).join('');
  return `  ${plain(item.fileName)} [${tag}]${who}\n${reasons}${similar}`;
}

function summary(report: IntakeReport): string {
  const head = `Created ${report.created}, merged ${report.merged}, needs a look ${report.needsLook}, refused ${report.refused}.\n`;
  const cancelled = report.cancelled ? `Cancelled: ${report.notHandled} ${report.notHandled === 1 ? 'file was' : 'files were'} not read.\n` : '';
  return `${head}${cancelled}${report.items.map(line).join('')}`;
}

export async function candidatesIntake(core: Core, options: CandidatesIntakeOptions, io: CliIo): Promise<void> {
  const jobId = randomUUID();
  const onInterrupt = (): void => {
    process.off('SIGINT', onInterrupt);
    void core.dispatch('candidates:intake-cancel', { jobId });
  };
  process.on('SIGINT', onInterrupt);
  let report: IntakeReport;
  try {
    const input = { paths: options.files.map((f) => resolve(f)), jobId, ...(options.roleId === undefined ? {} : { roleId: options.roleId }) };
    report = valueOrFail(await core.dispatch('candidates:intake', input)) as IntakeReport;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
  await write(io.stdout, options.json ? `${JSON.stringify(report, null, 2)}\n` : summary(report));
}
