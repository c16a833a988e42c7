// The scorecard channels: open (created on first use), save a partial patch (debounced while typing: one
// small transaction each), submit, and the candidate summary. Runs in plain Node via dispatch.
import { nextStamp } from '../clock';
import type { CoreContext } from '../core-context';
import type { ScorecardsChannel } from '../../contract';
import type { HandlerGroup } from '../handlers';
import { candidateSummary } from './scorecards-summary';
import { mustGetScorecardRow, openScorecard, saveScorecard, submitScorecard, toScorecard, type ScorecardRow } from './scorecards-repo';

function write(ctx: CoreContext, run: (at: string) => ScorecardRow): ScorecardRow {
  const row = ctx.db.transaction(() => run(nextStamp(ctx))).immediate();
  ctx.changed('interviews', [row.interview_id]);
  return row;
}

export const scorecardsHandlers: HandlerGroup<ScorecardsChannel> = {
  'scorecards:open': ({ interviewId, interviewerId }, ctx) => {
    const row = ctx.db.transaction(() => openScorecard(ctx.db, interviewId, interviewerId, nextStamp(ctx))).immediate();
    return toScorecard(ctx.db, row);
  },

  'scorecards:save': (input, ctx) => {
    const row = write(ctx, () => saveScorecard(ctx.db, input, (previous) => nextStamp(ctx, previous)));
    // A submitted scorecard's recommendation counts in its card's rating (card-rating-rules): the boards reload.
    if (input.recommendation !== undefined && row.submitted_at !== null) ctx.changed('applications', []);
    return { scorecardId: row.id, updatedAt: row.updated_at };
  },

  'scorecards:submit': ({ scorecardId }, ctx) => {
    const row = write(ctx, (at) => submitScorecard(ctx.db, scorecardId, at));
    ctx.changed('applications', []);
    return toScorecard(ctx.db, mustGetScorecardRow(ctx.db, row.id));
  },

  'scorecards:summary': ({ candidateId }, ctx) => candidateSummary(ctx.db, candidateId, ctx.now()),
};
