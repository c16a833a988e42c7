// Applications: a candidate on a role's board (moves, rejections, hires, ratings, notes).
// A spec per name in ./applications-channels.ts, no more, no fewer (else a type error); handlers: core/applications/applications-handlers.ts.
import {
  Application,
  ApplicationBulkInput,
  ApplicationBulkResult,
  ApplicationIdInput,
  ApplicationList,
  ApplicationMoveInput,
  ApplicationNote,
  ApplicationNoteAddInput,
  ApplicationNoteList,
  ApplicationRateInput,
  ApplicationReactivateInput,
  ApplicationRejectInput,
  ApplicationsCreateInput,
  StageHistory,
} from '../pipeline-schemas';
import type { DomainContract } from '../channel-spec';
import type { ApplicationsChannel } from './applications-channels';

export type { ApplicationsChannel };

export const applicationsContract = {
  'applications:create': { input: ApplicationsCreateInput, output: ApplicationList, doc: 'Add a candidate to one or more roles, in the first stage (or the given one).' },
  'applications:move': {
    input: ApplicationMoveInput,
    output: Application,
    doc: 'Move a card to a stage (recording the move in its history) or to another place in its column.',
  },
  'applications:reject': { input: ApplicationRejectInput, output: ApplicationList, doc: 'Reject (or mark withdrawn) with a typed reason; the cards leave the board.' },
  'applications:hire': { input: ApplicationIdInput, output: Application, doc: "Mark an application hired: it moves to the role's hired stage." },
  'applications:reactivate': {
    input: ApplicationReactivateInput,
    output: Application,
    doc: 'Bring a rejected, withdrawn or hired application back to the board, in its last stage or the given one.',
  },
  'applications:rate': { input: ApplicationRateInput, output: Application, doc: 'Give an application your own rating: 1 Strong no, 2 No, 3 Yes or 4 Strong yes; null clears it.' },
  'applications:note-add': { input: ApplicationNoteAddInput, output: ApplicationNote, doc: 'Add a note to an application.' },
  'applications:notes': { input: ApplicationIdInput, output: ApplicationNoteList, doc: "An application's notes, newest first." },
  'applications:history': { input: ApplicationIdInput, output: StageHistory, doc: "An application's stage moves, with the time spent in each stage." },
  'applications:bulk': {
    input: ApplicationBulkInput,
    output: ApplicationBulkResult,
    doc: 'Move, reject, tag or delete many applications at once; all or nothing.',
  },
} as const satisfies DomainContract<ApplicationsChannel>;
