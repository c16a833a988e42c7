// Job description import and the quality coach.
// A spec per name in ./jd-channels.ts, no more, no fewer (else a type error); handlers: core/job-descriptions/jd-handlers.ts.
import { JdCheckRequest, JdImportInput, JdImportResult, JdParseInput, JdParseResult } from '../description-schemas';
import { JdCheckResult } from '../jd-check-schemas';
import type { DomainContract } from '../channel-spec';
import type { JdChannel } from './jd-channels';

export type { JdChannel };

export const jdContract = {
  'jd:parse': { input: JdParseInput, output: JdParseResult, doc: 'Read pasted text or a file into title, fields and sections for review; saves nothing.' },
  'jd:import': {
    input: JdImportInput,
    output: JdImportResult,
    doc: "Save a reviewed parse as a new role, or as an existing role's description (keeping a revision).",
  },
  'jd:check': { input: JdCheckRequest, output: JdCheckResult, doc: 'Run the quality coach on a role (stored or given sections) or on an unsaved draft.' },
} as const satisfies DomainContract<JdChannel>;
