// Sample data: a believable small business to try Hirebook with.
// A spec per name in ./sample-channels.ts, no more, no fewer (else a type error); handlers: core/sample/sample-handlers.ts.
import { SampleLoadResult, SampleRemoveResult, SampleStatus } from '../app-schemas';
import { EmptyInput } from '../common-schemas';
import type { DomainContract } from '../channel-spec';
import type { SampleChannel } from './sample-channels';

export type { SampleChannel };

export const sampleContract = {
  'sample:load': { input: EmptyInput, output: SampleLoadResult, doc: 'Add a believable small business: a company profile and roles, marked as sample.' },
  'sample:status': { input: EmptyInput, output: SampleStatus, doc: 'How much sample data there is now, and what removing it would take with it.' },
  'sample:remove': {
    input: EmptyInput,
    output: SampleRemoveResult,
    doc: "Delete every sample role and person and everything hanging off them (applications, interviews, notes, files, history), in one transaction; the owner's own rows stay.",
  },
} as const satisfies DomainContract<SampleChannel>;
