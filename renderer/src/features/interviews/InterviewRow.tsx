// Renderer: one interview in a list: local time and length, candidate, role, kind and place, interviewers,
// status, and Open / Start (Feedback once it took place; neither once completed or cancelled) / Download calendar file (.ics).
import { CalendarArrowDown, Play } from 'lucide-react';
import type { Interview } from '../../../../electron/contract';
import { Button, IconButton } from '../../components/Button';
import { useRouteStore } from '../../stores/route-store';
import { downloadIcs } from '../../stores/interviews-actions';
import { formatDate } from '../../lib/dates';
import { formatDuration, interviewTimes, interviewersText, KIND_ICONS, KIND_LABELS, stateOf, STATE_LABELS, type InterviewState } from './interview-labels';

export function InterviewStateChip({ state }: { state: InterviewState }) {
  return (
    <span className={`chip interview-chip interview-chip-${state}`}>
      <span className="chip-dot" aria-hidden="true" />
      {STATE_LABELS[state]}
    </span>
  );
}

export function KindBadge({ interview }: { interview: Pick<Interview, 'kind' | 'location'> }) {
  const Icon = KIND_ICONS[interview.kind];
  return (
    <span className="kind-badge">
      <Icon size={15} aria-hidden="true" />
      <span>{KIND_LABELS[interview.kind]}</span>
    </span>
  );
}

export function InterviewRow({ interview }: { interview: Interview }) {
  const navigate = useRouteStore((s) => s.navigate);
  const state = stateOf(interview);
  const who = interview.candidateName;
  return (
    <li className={`interview-row interview-row-${state}`} aria-label={`${who}, ${formatDate(interview.startsAt)} ${interviewTimes(interview)}`}>
      <div className="interview-when">
        <div className="cell-main">{interviewTimes(interview)}</div>
        <div className="row-sub">
          {formatDate(interview.startsAt)} · {formatDuration(interview.durationMinutes)}
        </div>
      </div>
      <div className="interview-who">
        <a className="row-title" href={`#/candidates/${interview.candidateId}`}>
          {who}
        </a>
        <div className="row-sub">
          {interview.roleTitle} · {interview.stageName}
        </div>
      </div>
      <div className="interview-where">
        <KindBadge interview={interview} />
        <div className="row-sub interview-location" title={interview.location}>
          {interview.location || 'No place or link yet'}
        </div>
      </div>
      <div className="interview-panel" title={interviewersText(interview)}>
        <span className="sr-only">Interviewers: </span>
        {interviewersText(interview)}
      </div>
      <div className="interview-state">
        <InterviewStateChip state={state} />
      </div>
      <div className="row-actions">
        <Button size="sm" onClick={() => navigate({ name: 'interview', id: interview.id })} aria-label={`Open interview with ${who}`}>
          Open
        </Button>
        {state === 'scheduled' ? (
          <Button size="sm" icon={<Play size={14} aria-hidden="true" />} onClick={() => navigate({ name: 'interview-mode', id: interview.id })} aria-label={`Start interview with ${who}`}>
            Start
          </Button>
        ) : state === 'awaiting' ? (
          <Button size="sm" onClick={() => navigate({ name: 'interview-mode', id: interview.id })} aria-label={`Give feedback on the interview with ${who}`}>
            Feedback
          </Button>
        ) : null}
        <IconButton label={`Download calendar file for ${who}`} onClick={() => void downloadIcs(interview.id)}>
          <CalendarArrowDown size={16} aria-hidden="true" />
        </IconButton>
      </div>
    </li>
  );
}
