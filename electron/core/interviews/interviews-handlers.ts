// The interviews channels: list, one interview with its kit and scorecards (interview mode), schedule,
// update (reschedule, people, cancel, complete) and the .ics file. One transaction per write. Runs in
// plain Node via dispatch.
import type { InterviewDetail, InterviewsChannel } from '../../contract';
import { listAttachments } from '../attachments/attachments-repo';
import { getCandidate } from '../candidates/candidates-repo';
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import { notFound } from '../errors';
import type { HandlerGroup } from '../handlers';
import { interviewIcs } from './interviews-ics';
import { listInterviews, mustGetInterview, mustGetInterviewRow, type InterviewRow } from './interviews-repo';
import { scheduleInterview, updateInterview } from './interviews-service';
import { activeKitItems } from './kits-repo';
import { scorecardRowsOf, toScorecard } from './scorecards-repo';

/** Runs one write in a transaction and reports the interview and application it touched. */
function write(ctx: CoreContext, run: (at: string) => InterviewRow): InterviewRow {
  const row = ctx.db.transaction(() => run(nextStamp(ctx))).immediate();
  ctx.changed('interviews', [row.id]);
  ctx.changed('applications', [row.application_id]);
  return row;
}

function candidateOf(ctx: CoreContext, candidateId: string): InterviewDetail['candidate'] {
  const candidate = getCandidate(ctx.db, candidateId);
  if (!candidate) throw notFound('That candidate');
  const resume = listAttachments(ctx.db, candidateId).find((file) => file.kind === 'resume') ?? null;
  return {
    id: candidate.id,
    fullName: candidate.fullName,
    emails: candidate.emails,
    phones: candidate.phones,
    location: candidate.location,
    summary: candidate.summary,
    tags: candidate.tags,
    resume: resume && { attachmentId: resume.id, fileName: resume.fileName, mimeType: resume.mimeType, hasText: resume.hasText },
  };
}

function detail(ctx: CoreContext, id: string): InterviewDetail {
  const interview = mustGetInterview(ctx.db, id, ctx.now());
  return {
    interview,
    kit: activeKitItems(ctx.db, interview.roleId),
    scorecards: scorecardRowsOf(ctx.db, id).map((row) => toScorecard(ctx.db, row)),
    candidate: candidateOf(ctx, interview.candidateId),
  };
}

export const interviewsHandlers: HandlerGroup<InterviewsChannel> = {
  'interviews:list': (query, ctx) => ({ interviews: listInterviews(ctx.db, query, ctx.now()) }),

  'interviews:get': ({ id }, ctx) => detail(ctx, id),

  'interviews:schedule': (input, ctx) => {
    const row = write(ctx, (at) => scheduleInterview(ctx.db, input, at));
    return mustGetInterview(ctx.db, row.id, ctx.now());
  },

  'interviews:update': (input, ctx) => {
    const row = write(ctx, (at) => updateInterview(ctx.db, input, at));
    return mustGetInterview(ctx.db, row.id, ctx.now());
  },

  'interviews:ics': ({ id }, ctx) => {
    const row = mustGetInterviewRow(ctx.db, id);
    return interviewIcs(mustGetInterview(ctx.db, id, ctx.now()), row.sequence);
  },
};
