// Sample data: a believable small business to try Hirebook with.
// A spec per name in ./sample-channels.ts, no more, no fewer (else a type error); handlers: core/sample/sample-handlers.ts.
import { SampleLoadResult } from '../app-schemas';
import { EmptyInput } from '../common-schemas';
import type { DomainContract } from '../channel-spec';
import type { SampleChannel } from './sample-channels';

export type { SampleChannel };

export const sampleContract = {
  'sample:load': { input: EmptyInput, output: SampleLoadResult, doc: 'Add a believable small business: a company profile and roles.' },
} as const satisfies DomainContract<SampleChannel>;
