// Interviews: scheduling, details and calendar files.
// A spec per name in ./interviews-channels.ts, no more, no fewer (else a type error); handlers: core/interviews/interviews-handlers.ts.
import {
  Interview,
  InterviewDetail,
  InterviewIcs,
  InterviewIdInput,
  InterviewList,
  InterviewListQuery,
  InterviewScheduleInput,
  InterviewUpdateInput,
} from '../interview-schemas';
import type { DomainContract } from '../channel-spec';
import type { InterviewsChannel } from './interviews-channels';

export type { InterviewsChannel };

export const interviewsContract = {
  'interviews:list': { input: InterviewListQuery, output: InterviewList, doc: 'Interviews in a time window or of a candidate, application or role, ordered by start.' },
  'interviews:get': { input: InterviewIdInput, output: InterviewDetail, doc: 'One interview with the kit, its scorecards and the candidate essentials (interview mode).' },
  'interviews:schedule': { input: InterviewScheduleInput, output: Interview, doc: 'Book an interview for an application: when, how long, kind, place or link, interviewers.' },
  'interviews:update': { input: InterviewUpdateInput, output: Interview, doc: 'Reschedule, change the details or interviewers, cancel or complete an interview.' },
  'interviews:ics': { input: InterviewIdInput, output: InterviewIcs, doc: 'The interview as an .ics calendar file (with its time zone).' },
} as const satisfies DomainContract<InterviewsChannel>;
