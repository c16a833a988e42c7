// Descriptions: a role's job description, section by section.
// A spec per name in ./descriptions-channels.ts, no more, no fewer (else a type error); handlers: core/descriptions/descriptions-handlers.ts.
import { DescriptionSaveInput, RoleDescription, RoleIdInput } from '../description-schemas';
import type { DomainContract } from '../channel-spec';
import type { DescriptionsChannel } from './descriptions-channels';

export type { DescriptionsChannel };

export const descriptionsContract = {
  'descriptions:get': { input: RoleIdInput, output: RoleDescription, doc: "A role's job description: its sections in order, sanitized." },
  'descriptions:save': {
    input: DescriptionSaveInput,
    output: RoleDescription,
    doc: 'Replace the whole ordered list of sections (autosave); keeps a revision after a pause in editing.',
  },
} as const satisfies DomainContract<DescriptionsChannel>;
