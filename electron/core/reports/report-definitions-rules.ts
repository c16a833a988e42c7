// Each report's title, what it is about (which dates put something in the range) and each column's
// definition, in plain words, in one place: the Reports page shows them beside the figures, the CLI prints
// them, the CSV export carries them. Pure data; runs anywhere.
import type { ReportColumn, ReportName } from '../../contract';

type Col = ReportColumn;
const col = (key: string, label: string, unit: Col['unit'], definition: string): Col => ({ key, label, unit, definition });

const APPLIED = 'the day the application was made (its first stage move; for merged duplicates, the earlier one)';
const DAYS_NOTE = 'Calendar days on the owner’s wall clock, so a daylight-saving change never adds or loses a day.';
const spreadCols = (what: string): Col[] => [
  col('count', 'Count', 'count', `How many ${what} are counted.`),
  col('median', 'Median days', 'days', 'The middle value (half took less, half more); with an even count, the mean of the middle two.'),
  col('p25', '25th percentile', 'days', 'A quarter took this long or less (linear between neighbours, as PERCENTILE.INC).'),
  col('p75', '75th percentile', 'days', 'Three quarters took this long or less. Between the 25th and 75th lies the middle half: the spread.'),
  col('min', 'Shortest', 'days', 'The shortest.'),
  col('max', 'Longest', 'days', 'The longest.'),
];

export interface ReportDefinition {
  title: string;
  about: string;
  columns: Col[];
}

export const REPORT_DEFINITIONS: Record<ReportName, ReportDefinition> = {
  funnel: {
    title: 'Pipeline funnel',
    about: `Applications made in the range (by ${APPLIED}) and how far each got, from its stage history: a card moved back still counts where it got to, a rejected or reactivated one counts every stage it entered.`,
    columns: [
      col('stage', 'Stage', 'text', 'The stage, or the combined position when roles have different stages.'),
      col('reached', 'Reached', 'count', 'Applications that entered this stage or a later one at any time (a hire reached every stage).'),
      col('conversion', 'Conversion', 'share', 'Of the applications that reached the row above (for roles that have this stage), the share that reached this one.'),
      col('roles', 'Roles', 'count', 'Roles that have a stage at this position.'),
    ],
  },
  'time-to-hire': {
    title: 'Time to hire',
    about: `Applications hired now whose hire (their latest move into the hired stage) falls in the range: calendar days from ${APPLIED} to that hire. ${DAYS_NOTE}`,
    columns: [col('group', 'Roles', 'text', 'All roles together, then each role.'), ...spreadCols('hires')],
  },
  'time-to-fill': {
    title: 'Time to fill',
    about: `Roles filled now whose filled date falls in the range: calendar days from the day the role opened to the day it was filled (both from the recorded status changes; derived for older roles, see the notes). ${DAYS_NOTE}`,
    columns: [
      col('group', 'Roles', 'text', 'All filled roles together, then each role.'),
      ...spreadCols('filled roles'),
      col('opened', 'Opened', 'date', 'The day the role was first opened.'),
      col('filled', 'Filled', 'date', 'The day it was marked filled.'),
      col('basis', 'Dates from', 'text', 'recorded: from the status history; posted date, created, last hire: derived for a role from before the history.'),
    ],
  },
  'time-in-stage': {
    title: 'Time in each stage',
    about: `Applications made in the range (by ${APPLIED}): per application, the time it spent in each stage, all its visits added up (moved back and forth: every visit counts), while it was on the board (time while rejected or withdrawn is left out; a stage it is still in counts up to now). Elapsed time, in days to one decimal.`,
    columns: [
      col('stage', 'Stage', 'text', 'The stage, or the combined position when roles have different stages.'),
      ...spreadCols('applications that spent time in the stage'),
    ],
  },
  sources: {
    title: 'Sources compared',
    about: `Applications made in the range (by ${APPLIED}), by where the candidate came from (the candidate's source).`,
    columns: [
      col('source', 'Source', 'text', "The candidate's source."),
      col('applications', 'Applications', 'count', 'Applications made in the range.'),
      col('candidates', 'People', 'count', 'Different people among them (merged duplicates count once).'),
      col('interviews', 'Interviews', 'count', 'Interviews of those applications, scheduled or done (not cancelled), on any day.'),
      col('hires', 'Hires', 'count', 'Of those applications, how many are hired now.'),
      col('hireRate', 'Hire rate', 'share', 'Hires divided by applications.'),
    ],
  },
  reasons: {
    title: 'Rejection and withdrawal reasons',
    about: 'Applications rejected or withdrawn now, by the day of that decision (their latest rejection or withdrawal); one reactivated since is not counted.',
    columns: [
      col('kind', 'Who decided', 'text', 'We rejected, or they withdrew.'),
      col('reason', 'Reason', 'text', 'The reason chosen; "No reason" when it was since deleted.'),
      col('applications', 'Applications', 'count', 'How many.'),
      col('share', 'Share', 'share', 'Of all rejections (or all withdrawals) in the range.'),
    ],
  },
  'open-roles': {
    title: 'Open roles by age',
    about: 'Roles open today (not archived), oldest first. The date range does not apply: ages are counted to today.',
    columns: [
      col('role', 'Role', 'text', 'The role.'),
      col('opened', 'Opened', 'date', 'The day it was first opened (see the notes for derived dates).'),
      col('age', 'Age in days', 'days', `Calendar days from that day to today. ${DAYS_NOTE}`),
      col('applications', 'Applications', 'count', 'Applications to the role, any status.'),
      col('basis', 'Opened date from', 'text', 'recorded, posted date or created.'),
    ],
  },
  interviewers: {
    title: 'Scorecards by interviewer',
    about: 'Scorecards submitted in the range (by the day they were submitted), grouped by interviewer; names are grouped ignoring case and spacing ("Sam Lee", "sam  lee").',
    columns: [
      col('interviewer', 'Interviewer', 'text', 'The spelling used most for the group.'),
      col('scorecards', 'Scorecards', 'count', 'Scorecards submitted.'),
      col('recommendation', 'Average recommendation', 'rating', 'Overall recommendations averaged on 1 Strong no, 2 No, 3 Yes, 4 Strong yes; No decision left out.'),
      col('criteria', 'Average criterion rating', 'rating', 'Every rated criterion on those scorecards averaged, same scale; unrated ones left out.'),
      col('spellings', 'Written as', 'text', 'The spellings grouped together.'),
    ],
  },
  offers: {
    title: 'Offer acceptance',
    about: 'Offers made in the range (by the day each was sent) and how each stands today: all together, then by role and by where the candidate came from (the candidate’s source). An offer still sent after its expiry date counts as expired.',
    columns: [
      col('by', 'Grouped by', 'text', 'All offers, then each role, then each source.'),
      col('group', 'Group', 'text', 'The role’s title or the source.'),
      col('sent', 'Sent', 'count', 'Offers made in the range.'),
      col('accepted', 'Accepted', 'count', 'Of those, accepted now.'),
      col('declined', 'Declined', 'count', 'Of those, declined now.'),
      col('expired', 'Expired', 'count', 'Of those, marked expired or past their expiry date without an answer.'),
      col('open', 'Still open', 'count', 'Of those, sent and not yet past their expiry date.'),
      col('acceptance', 'Acceptance', 'share', 'Accepted divided by sent.'),
    ],
  },
};
