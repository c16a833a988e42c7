// Rejection reasons: the editable list offered when rejecting.
// A spec per name in ./rejection-reasons-channels.ts, no more, no fewer (else a type error); handlers: core/applications/rejection-reasons-handlers.ts.
import { RejectionReasonList, RejectionReasonsListInput, RejectionReasonsSaveInput } from '../pipeline-schemas';
import type { DomainContract } from '../channel-spec';
import type { RejectionReasonsChannel } from './rejection-reasons-channels';

export type { RejectionReasonsChannel };

export const rejectionReasonsContract = {
  'rejection-reasons:list': { input: RejectionReasonsListInput, output: RejectionReasonList, doc: 'The rejection reasons (we rejected / they withdrew), in order.' },
  'rejection-reasons:save': {
    input: RejectionReasonsSaveInput,
    output: RejectionReasonList,
    doc: 'Save the edited list of rejection reasons: add, rename, reorder, archive (left-out reasons are archived).',
  },
} as const satisfies DomainContract<RejectionReasonsChannel>;
