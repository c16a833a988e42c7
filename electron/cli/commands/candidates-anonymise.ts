// `hirebook candidates anonymise ID --yes`: anonymises one person (candidates:anonymise; --yes is the
// confirmation, checked by args.ts) and says which backups still hold them (backup:holding). Runs in plain Node.
import type { BackupHolding, CandidateProfile } from '../../contract';
import type { Core } from '../../core/create-core';
import { valueOrFail } from '../open-core';
import { write, type CliIo } from '../io';

export async function candidatesAnonymise(core: Core, command: { id: string; json: boolean }, io: CliIo): Promise<void> {
  const candidate = valueOrFail(await core.dispatch('candidates:anonymise', { id: command.id })) as CandidateProfile;
  const holding = valueOrFail(await core.dispatch('backup:holding', { candidateId: command.id })) as BackupHolding;
  if (command.json) {
    await write(io.stdout, `${JSON.stringify({ candidate, holding }, null, 2)}\n`);
    return;
  }
  const apps = candidate.applications.length;
  const lines = [
    `Anonymised ${candidate.id}: now "${candidate.fullName}".`,
    `Kept for the reports: ${apps === 1 ? '1 application' : `${apps} applications`} with their stage history, source, dates, reasons and ratings.`,
    'Erased: contact details, links, location, summary, tags, files, notes and every free text written about them.',
    holding.message,
  ];
  await write(io.stdout, `${lines.join('\n')}\n`);
}
