// Today, assembled: each section's rows from today-repo, turned into items that say what and where (the
// screen and ids the renderer opens), with the day's edges and words from today-rules. Read-only on the
// database; the last time Today was left comes from today.json. Runs in plain Node.
import type { Today, TodayItem, TodayLink, TodayQuery, TodaySection } from '../../contract';
import { utcToZoned } from '../../contract/zoned-time';
import { daysSince } from '../applications/applications-rules';
import type { Db } from '../db/open-database';
import { savedWaitDays } from '../pipeline/stages-repo';
import { getRetentionSettings } from '../retention/retention-repo';
import { dueReminder } from '../retention/retention-service';
import { computerTimeZone } from './report-range-rules';
import { feedbackOwed, interviewsBetween, isEmptyFolder, newApplicationsSince, openRolesWithoutApplicants, rolesClosing, TODAY_LIMIT, waitingTooLong, type Count, type InterviewRow, type WhoRow } from './today-repo';
import { closingWords, dayWords, FIRST_RUN_MESSAGE, interviewWhen, QUIET_MESSAGE, SECTION_TEXT, todayDays, waitCutoffs } from './today-rules';

const link = (screen: TodayLink['screen'], id: string | null, focus: string | null = null): TodayLink => ({ screen, id, focus });
const ids = (row: Partial<WhoRow> & { interview_id?: string }): TodayItem['ids'] => ({
  roleId: row.role_id ?? null,
  applicationId: row.application_id ?? null,
  candidateId: row.candidate_id ?? null,
  interviewId: row.interview_id ?? null,
});
const who = (row: WhoRow) => `${row.candidate_name} — ${row.role_title}`;

function section(key: TodaySection['key'], items: TodayItem[], count: Count = { total: items.length, more: false }): TodaySection {
  return { key, ...SECTION_TEXT[key], items: items.slice(0, TODAY_LIMIT), ...count };
}

function interviewItem(row: InterviewRow, day: 'today' | 'tomorrow', timeZone: string): TodayItem {
  return {
    kind: 'interview',
    title: who(row),
    detail: `${interviewWhen(day, utcToZoned(row.starts_at, timeZone).time)} · ${row.kind}`,
    at: row.starts_at,
    link: link('interview', row.interview_id),
    action: { label: 'Start', link: link('interview-mode', row.interview_id) },
    ids: ids(row),
  };
}

export function buildToday(db: Db, dataDirLastLeft: string | null, query: TodayQuery, now: Date): Today {
  const timeZone = query.timeZone ?? computerTimeZone();
  const days = todayDays(now, timeZone);
  const nowIso = now.toISOString();
  const base = { date: days.today, timeZone, lastLeftAt: dataDirLastLeft };
  if (isEmptyFolder(db)) {
    return {
      ...base, state: 'first-run', message: FIRST_RUN_MESSAGE, sections: [],
      firstRunActions: [
        { label: 'Create your first role', link: link('role-new', null) },
        { label: 'Add candidates', link: link('candidates', null) },
        { label: 'Try it with sample data', link: link('sample', null) },
      ],
    };
  }
  const interviews = interviewsBetween(db, days.todayStart, days.dayAfterStart);
  const todays = interviews.filter((r) => r.starts_at < days.tomorrowStart).map((r) => interviewItem(r, 'today', timeZone));
  const tomorrows = interviews.filter((r) => r.starts_at >= days.tomorrowStart).map((r) => interviewItem(r, 'tomorrow', timeZone));
  const owed = feedbackOwed(db, nowIso);
  const feedback = owed.rows.map((r): TodayItem => ({
    kind: 'feedback', title: who(r), detail: `${r.interviewer_name}: scorecard not submitted`, at: r.starts_at,
    link: link('interview-mode', r.interview_id, r.interviewer_id), action: null, ids: ids(r),
  }));
  // Each stage's saved limit, unless the request names its own for that stage.
  const waiting = waitingTooLong(db, waitCutoffs(now, { ...savedWaitDays(db), ...query.stageWaitDays }, query.waitDays));
  const waitingItems = waiting.rows.map((r): TodayItem => ({
    kind: 'waiting', title: who(r), detail: `${dayWords(daysSince(r.stage_entered_at, now))} in ${r.stage_name}`, at: r.stage_entered_at,
    link: link('role-pipeline', r.role_id, r.application_id), action: null, ids: ids(r),
  }));
  const fresh = newApplicationsSince(db, dataDirLastLeft ?? '0000-01-01T00:00:00.000Z');
  const freshItems = fresh.rows.map((r): TodayItem => ({
    kind: 'new-applicant', title: who(r), detail: 'New applicant', at: r.created_at,
    link: link('role-pipeline', r.role_id, r.application_id), action: { label: 'Profile', link: link('candidate', r.candidate_id) }, ids: ids(r),
  }));
  const closing = rolesClosing(db, days.today, days.closingBy).map((r): TodayItem => ({
    kind: 'closing', title: r.role_title, detail: closingWords(days.today, r.closes_on ?? days.today), at: r.closes_on,
    link: link('role-pipeline', r.role_id), action: { label: 'Change the date', link: link('role-edit', r.role_id, 'closesOn') }, ids: ids(r),
  }));
  const empty = openRolesWithoutApplicants(db).map((r): TodayItem => ({
    kind: 'no-applicants', title: r.role_title, detail: 'Open, no applicants yet', at: r.created_at,
    link: link('role-pipeline', r.role_id), action: null, ids: ids(r),
  }));
  // Listed only while the company keeps a retention period (Settings → Privacy).
  const due = dueReminder(db, getRetentionSettings(db), days.today, TODAY_LIMIT);
  const dueItems = (due?.people ?? []).map((p): TodayItem => ({
    kind: 'due-for-deletion', title: p.fullName, detail: p.why, at: p.dueSince,
    link: link('privacy-due', null, p.id), action: null, ids: { roleId: null, applicationId: null, candidateId: p.id, interviewId: null },
  }));
  const sections = [
    section('interviews-today', todays),
    section('interviews-tomorrow', tomorrows),
    section('feedback', feedback, owed.count),
    section('waiting', waitingItems, waiting.count),
    section('new-applicants', freshItems, fresh.count),
    section('closing', closing),
    section('no-applicants', empty),
    ...(due ? [section('due-for-deletion', dueItems, due.count)] : []),
  ];
  const busy = sections.some((s) => s.total > 0);
  return { ...base, state: busy ? 'busy' : 'quiet', message: busy ? null : QUIET_MESSAGE, firstRunActions: [], sections };
}
