// Renderer: one interview (#/interviews/:id): when, kind and place, its interviewers with their scorecard
// status and a way into interview mode for each, reschedule, cancel, the .ics file and related links.
import { AlertTriangle, CalendarArrowDown, CalendarCheck, CalendarClock, CalendarX, ClipboardList, Columns3, FileQuestion, Play, User } from 'lucide-react';
import { useState } from 'react';
import type { Interview, InterviewDetail } from '../../../../electron/contract';
import { BackLink } from '../../components/BackLink';
import { Button } from '../../components/Button';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useRouteStore } from '../../stores/route-store';
import { cancelInterview, completeInterview, downloadIcs } from '../../stores/interviews-actions';
import { formatDate } from '../../lib/dates';
import { formatDuration, interviewTimes, KIND_LABELS, LOCATION_LABELS, stateOf } from './interview-labels';
import { InterviewStateChip, KindBadge } from './InterviewRow';
import { openSchedule } from '../../stores/schedule-store';
import { useInterview } from './use-interview';
import { localTimeZone, utcToZoned } from './zoned-time';
import './interviews.css';

function scorecardStatus(detail: InterviewDetail, interviewerId: string): string {
  const card = detail.scorecards.find((s) => s.interviewerId === interviewerId);
  if (!card) return 'Scorecard not started';
  return card.submittedAt ? 'Scorecard submitted' : 'Scorecard in progress';
}

function Facts({ detail }: { detail: InterviewDetail }) {
  const { interview } = detail;
  const zoned = utcToZoned(interview.startsAt, interview.timeZone);
  const otherZone = interview.timeZone !== localTimeZone();
  return (
    <section className="card interview-card" aria-labelledby="facts-title">
      <h2 id="facts-title" className="card-title">
        Details
      </h2>
      <dl className="interview-facts">
        <dt>When</dt>
        <dd>
          {formatDate(interview.startsAt)}, {interviewTimes(interview)} ({formatDuration(interview.durationMinutes)})
          {otherZone ? <div className="muted">Booked as {zoned.time} {interview.timeZone.replaceAll('_', ' ')}</div> : null}
        </dd>
        <dt>Kind</dt>
        <dd>
          <KindBadge interview={interview} />
        </dd>
        <dt>{LOCATION_LABELS[interview.kind]}</dt>
        <dd className="interview-location-full">{interview.location || <span className="muted">Not given</span>}</dd>
        <dt>Status</dt>
        <dd>
          <InterviewStateChip state={stateOf(interview)} />
        </dd>
        <dt>Stage</dt>
        <dd>{interview.stageName}</dd>
      </dl>
    </section>
  );
}

function Interviewers({ detail }: { detail: InterviewDetail }) {
  const navigate = useRouteStore((s) => s.navigate);
  const { interview } = detail;
  const live = interview.status !== 'cancelled';
  return (
    <section className="card interview-card" aria-labelledby="panel-title">
      <h2 id="panel-title" className="card-title">
        Interviewers <span className="interview-count">{interview.scorecardsSubmitted} of {interview.interviewers.length} scorecards in</span>
      </h2>
      <ul className="panel-list">
        {interview.interviewers.map((person) => (
          <li key={person.id} className="panel-item">
            <User size={16} aria-hidden="true" />
            <div className="panel-name">
              <div className="cell-main">{person.name}</div>
              <div className="row-sub">{scorecardStatus(detail, person.id)}</div>
            </div>
            {live ? (
              <Button size="sm" icon={<Play size={14} aria-hidden="true" />} onClick={() => navigate({ name: 'interview-mode', id: interview.id, interviewerId: person.id })}>
                Start interview mode as {person.name}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

function HeaderActions({ interview, onCancel }: { interview: Interview; onCancel(): void }) {
  return (
    <>
      <Button icon={<CalendarClock size={16} aria-hidden="true" />} onClick={() => openSchedule({ mode: 'reschedule', interview })}>
        Reschedule…
      </Button>
      {stateOf(interview) === 'awaiting' ? (
        <Button icon={<CalendarCheck size={16} aria-hidden="true" />} onClick={() => void completeInterview(interview.id)}>
          Mark as completed
        </Button>
      ) : null}
      <Button icon={<CalendarArrowDown size={16} aria-hidden="true" />} onClick={() => void downloadIcs(interview.id)}>
        Download calendar file
      </Button>
      {interview.status === 'cancelled' ? null : (
        <Button variant="danger" icon={<CalendarX size={16} aria-hidden="true" />} onClick={onCancel}>
          Cancel interview
        </Button>
      )}
    </>
  );
}

function Loaded({ detail }: { detail: InterviewDetail }) {
  const navigate = useRouteStore((s) => s.navigate);
  const [confirming, setConfirming] = useState(false);
  const { interview } = detail;
  return (
    <>
      <PageHeader
        title={`Interview with ${interview.candidateName}`}
        before={<BackToList />}
        subtitle={`${interview.roleTitle} · ${KIND_LABELS[interview.kind]} · ${formatDate(interview.startsAt)}`}
        actions={<HeaderActions interview={interview} onCancel={() => setConfirming(true)} />}
      />
      <div className="interview-detail">
        <Facts detail={detail} />
        <Interviewers detail={detail} />
        <nav className="card interview-card interview-links" aria-label="Related">
          <Button icon={<User size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'candidate', id: interview.candidateId })}>
            Candidate: {interview.candidateName}
          </Button>
          <Button icon={<Columns3 size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-pipeline', id: interview.roleId })}>
            Pipeline: {interview.roleTitle}
          </Button>
          <Button icon={<ClipboardList size={16} aria-hidden="true" />} onClick={() => navigate({ name: 'role-kit', id: interview.roleId })}>
            Interview kit ({detail.kit.length} item{detail.kit.length === 1 ? '' : 's'})
          </Button>
        </nav>
      </div>
      <ConfirmDialog
        open={confirming}
        title={`Cancel the interview with ${interview.candidateName}?`}
        description="It stays in the list as cancelled, with any notes already taken. You can reschedule it later."
        confirmLabel="Cancel interview"
        cancelLabel="Keep it"
        danger
        onConfirm={() => void cancelInterview(interview.id, interview.candidateName)}
        onOpenChange={setConfirming}
      />
    </>
  );
}

function BackToList() {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <BackLink href="#/interviews" onNavigate={() => navigate({ name: 'interviews' })}>
      Interviews
    </BackLink>
  );
}

export function InterviewPage({ interviewId }: { interviewId: string }) {
  const { state, reload } = useInterview(interviewId);
  const navigate = useRouteStore((s) => s.navigate);
  if (state.status === 'ready') return <Loaded detail={state.detail} />;
  if (state.status === 'loading') return <PageHeader title="Interview" before={<BackToList />} subtitle="Loading…" />;
  const missing = state.status === 'missing';
  return (
    <>
      <PageHeader title={missing ? 'Interview not found' : 'Interview'} before={<BackToList />} />
      <EmptyState
        icon={missing ? <FileQuestion size={28} /> : <AlertTriangle size={28} />}
        title={missing ? 'This interview no longer exists' : 'Could not load the interview'}
        actions={missing ? <Button onClick={() => navigate({ name: 'interviews' })}>Back to interviews</Button> : <Button onClick={reload}>Try again</Button>}
      >
        <p>{missing ? 'Its application may have been deleted.' : state.message}</p>
      </EmptyState>
    </>
  );
}
