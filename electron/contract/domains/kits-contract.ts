// Interview kits: a role's criteria and questions, on screen and on paper.
// A spec per name in ./kits-channels.ts, no more, no fewer (else a type error); handlers: core/interviews/kits-handlers.ts.
import { Kit, KitHtml, KitPdf, KitRoleInput, KitSaveInput } from '../interview-schemas';
import { PostingPrintResult } from '../posting-schemas';
import type { DomainContract } from '../channel-spec';
import type { KitsChannel } from './kits-channels';

export type { KitsChannel };

export const kitsContract = {
  'kits:get': { input: KitRoleInput, output: Kit, doc: "A role's interview kit: criteria and questions, and requirements not yet in it." },
  'kits:generate': { input: KitRoleInput, output: Kit, doc: "Add one criterion per requirement item of the role's description that is not yet in the kit." },
  'kits:save': { input: KitSaveInput, output: Kit, doc: 'Replace the kit with this ordered list of criteria and questions.' },
  'kits:html': { input: KitRoleInput, output: KitHtml, doc: 'The printable kit as one self-contained HTML document.' },
  'kits:pdf': { input: KitRoleInput, output: KitPdf, doc: 'The printable kit as a PDF (same printer as postings).' },
  'kits:print': { input: KitRoleInput, output: PostingPrintResult, doc: 'Print the kit through the system print dialog.' },
} as const satisfies DomainContract<KitsChannel>;
