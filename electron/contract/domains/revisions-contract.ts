// Revisions: kept versions of a job description.
// A spec per name in ./revisions-channels.ts, no more, no fewer (else a type error); handlers: core/descriptions/revisions-handlers.ts.
import { IdInput } from '../common-schemas';
import {
  Revision,
  RevisionCompareInput,
  RevisionComparison,
  RevisionCreateInput,
  RevisionList,
  RevisionSummary,
  RoleDescription,
  RoleIdInput,
} from '../description-schemas';
import type { DomainContract } from '../channel-spec';
import type { RevisionsChannel } from './revisions-channels';

export type { RevisionsChannel };

export const revisionsContract = {
  'revisions:list': { input: RoleIdInput, output: RevisionList, doc: "A role's kept revisions, newest first, without their content." },
  'revisions:get': { input: IdInput, output: Revision, doc: 'One revision with its sections, for preview.' },
  'revisions:create': { input: RevisionCreateInput, output: RevisionSummary, doc: 'Keep the current description as a revision now, with an optional label.' },
  'revisions:restore': {
    input: IdInput,
    output: RoleDescription,
    doc: 'Make a revision the current description; the current one is kept as a revision first.',
  },
  'revisions:compare': { input: RevisionCompareInput, output: RevisionComparison, doc: 'Word diff of two revisions, or of a revision and the current description.' },
} as const satisfies DomainContract<RevisionsChannel>;
