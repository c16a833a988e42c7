// Candidate intake: résumé files, folders and saved e-mails turned into candidates in one batch.
// A spec per name in ./intake-channels.ts, no more, no fewer (else a type error); handlers: core/intake/intake-handlers.ts.
import { IntakeCancelInput, IntakeCancelResult, IntakeInput, IntakeReport } from '../intake-schemas';
import type { DomainContract } from '../channel-spec';
import type { IntakeChannel } from './intake-channels';

export type { IntakeChannel };

export const intakeContract = {
  'candidates:intake': {
    input: IntakeInput,
    output: IntakeReport,
    doc:
      'Make one candidate per résumé file or saved e-mail (.eml, .msg; folders are read too), with candidates:intake-progress events; ' +
      'reports what was created, merged (same e-mail or phone), marked "needs a look" or refused, and why.',
  },
  'candidates:intake-cancel': { input: IntakeCancelInput, output: IntakeCancelResult, doc: 'Stop a running intake after its current file; files handled so far are kept.' },
} as const satisfies DomainContract<IntakeChannel>;
