// Renderer: the Interviews screen (#/interviews): today, the rest of this week, past interviews still
// waiting for feedback, later ones, and a collapsed list of past and cancelled interviews.
import { AlertTriangle, CalendarClock, CalendarPlus } from 'lucide-react';
import type { ReactNode } from 'react';
import type { Interview } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { PageHeader } from '../../components/PageHeader';
import { useRouteStore } from '../../stores/route-store';
import { pickForSchedule } from '../../stores/schedule-store';
import { InterviewRow } from './InterviewRow';
import { useInterviewGroups, type InterviewGroups } from './use-interviews';
import './interviews.css';

function Group({ id, title, hint, interviews, empty }: { id: string; title: string; hint?: string; interviews: Interview[]; empty?: string }) {
  if (interviews.length === 0 && !empty) return null;
  return (
    <section className="interview-group" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="interview-group-title">
        {title} <span className="interview-count">{interviews.length}</span>
      </h2>
      {hint ? <p className="muted interview-group-hint">{hint}</p> : null}
      {interviews.length === 0 ? (
        <p className="muted interview-group-empty">{empty}</p>
      ) : (
        <ul className="interview-list">
          {interviews.map((i) => (
            <InterviewRow key={i.id} interview={i} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Groups({ groups }: { groups: InterviewGroups }) {
  const navigate = useRouteStore((s) => s.navigate);
  const total = groups.today.length + groups.week.length + groups.awaiting.length + groups.later.length + groups.past.length;
  if (total === 0) {
    return (
      <EmptyState
        icon={<CalendarClock size={28} />}
        title="No interviews yet"
        actions={
          <>
            <Button variant="primary" onClick={() => navigate({ name: 'candidates' })}>
              Go to candidates
            </Button>
            <Button onClick={() => navigate({ name: 'roles' })}>Go to roles</Button>
          </>
        }
      >
        <p>Choose Schedule interview… above, or schedule from a candidate’s page (under Applications) or a card’s menu on a role’s pipeline board.</p>
        <p className="muted">Each interview gives you a calendar file, a printable kit and a scorecard per interviewer.</p>
      </EmptyState>
    );
  }
  return (
    <div className="interview-groups">
      <Group id="today" title="Today" interviews={groups.today} empty="Nothing booked for today." />
      <Group id="week" title="This week" interviews={groups.week} empty="Nothing else this week." />
      <Group id="awaiting" title="Awaiting feedback" hint="Past interviews with a scorecard still to fill in." interviews={groups.awaiting} />
      <Group id="later" title="Later" interviews={groups.later} />
      {groups.past.length > 0 ? (
        <details className="interview-past">
          <summary>
            Past and cancelled <span className="interview-count">{groups.past.length}</span>
          </summary>
          <ul className="interview-list">
            {groups.past.map((i) => (
              <InterviewRow key={i.id} interview={i} />
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}

export function InterviewsPage() {
  const { state, reload } = useInterviewGroups();
  let body: ReactNode;
  if (state.status === 'loading') {
    body = (
      <p className="muted" role="status">
        Loading interviews…
      </p>
    );
  } else if (state.status === 'error') {
    body = (
      <EmptyState icon={<AlertTriangle size={28} />} title="Could not load the interviews" actions={<Button onClick={reload}>Try again</Button>}>
        <p>{state.message}</p>
      </EmptyState>
    );
  } else {
    body = <Groups groups={state.groups} />;
  }
  return (
    <>
      <PageHeader
        title="Interviews"
        subtitle="Times are shown in this computer’s time zone."
        actions={
          <Button variant="primary" icon={<CalendarPlus size={16} aria-hidden="true" />} aria-keyshortcuts="Control+N" onClick={() => pickForSchedule(true)}>
            Schedule interview…
          </Button>
        }
      />
      {body}
    </>
  );
}
