// Retention: how long candidates' data is kept, who is due for deletion, erasing them, the privacy notice.
// A spec per name in ./retention-channels.ts, no more, no fewer (else a type error); handlers: core/retention/retention-handlers.ts.
import { EmptyInput } from '../common-schemas';
import { PrivacyNotice, RetentionDue, RetentionDueQuery, RetentionEraseInput, RetentionEraseResult, RetentionSettings, RetentionSettingsInput } from '../retention-schemas';
import type { DomainContract } from '../channel-spec';
import type { RetentionChannel } from './retention-channels';

export type { RetentionChannel };

export const retentionContract = {
  'retention:settings': {
    input: EmptyInput,
    output: RetentionSettings,
    doc: 'The company default: months after their last activity when rejected and withdrawn candidates are due for deletion (null: never), and what then happens to them.',
  },
  'retention:set-settings': { input: RetentionSettingsInput, output: RetentionSettings, doc: 'Change the retention default; answers the settings now in force.' },
  'retention:due': {
    input: RetentionDueQuery,
    output: RetentionDue,
    doc: 'Who is due for deletion today: every application rejected or withdrawn, no activity for the retention period, no keep-until date still ahead; with what erasing each would take.',
  },
  'retention:erase': {
    input: RetentionEraseInput,
    output: RetentionEraseResult,
    doc: 'Erase these people (the same complete erasure as candidates:delete), each in its own transaction; someone no longer due is left alone and said so.',
  },
  'retention:notice': { input: EmptyInput, output: PrivacyNotice, doc: 'A privacy notice for the careers page and walk-in forms, with the company name and retention period filled in.' },
} as const satisfies DomainContract<RetentionChannel>;
