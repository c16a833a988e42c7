// Company: the profile printed on postings.
// A spec per name in ./company-channels.ts, no more, no fewer (else a type error); handlers: core/company/company-handlers.ts.
import { EmptyInput } from '../common-schemas';
import { Company, CompanyUpdateInput } from '../company-schemas';
import type { DomainContract } from '../channel-spec';
import type { CompanyChannel } from './company-channels';

export type { CompanyChannel };

export const companyContract = {
  'company:get': { input: EmptyInput, output: Company, doc: 'The company profile used on postings.' },
  'company:update': { input: CompanyUpdateInput, output: Company, doc: 'Change some fields of the company profile.' },
} as const satisfies DomainContract<CompanyChannel>;
