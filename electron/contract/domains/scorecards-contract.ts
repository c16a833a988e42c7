// Scorecards: each interviewer's ratings and notes, and a candidate's summary.
// A spec per name in ./scorecards-channels.ts, no more, no fewer (else a type error); handlers: core/interviews/scorecards-handlers.ts.
import { CandidateIdInput } from '../candidates-schemas';
import {
  Scorecard,
  ScorecardIdInput,
  ScorecardOpenInput,
  ScorecardSaveInput,
  ScorecardSaved,
  ScorecardSummary,
} from '../interview-schemas';
import type { DomainContract } from '../channel-spec';
import type { ScorecardsChannel } from './scorecards-channels';

export type { ScorecardsChannel };

export const scorecardsContract = {
  'scorecards:open': { input: ScorecardOpenInput, output: Scorecard, doc: "An interviewer's scorecard for an interview, created on first open." },
  'scorecards:save': { input: ScorecardSaveInput, output: ScorecardSaved, doc: 'Save part of a scorecard (ratings, notes, recommendation, take-aways, timer) in one transaction.' },
  'scorecards:submit': { input: ScorecardIdInput, output: Scorecard, doc: 'Mark a scorecard as submitted; the interview completes when every interviewer has submitted.' },
  'scorecards:summary': { input: CandidateIdInput, output: ScorecardSummary, doc: "All of a candidate's interviews and scorecards, summarized per criterion." },
} as const satisfies DomainContract<ScorecardsChannel>;
