// Renderer: interview mode's header: who and what (candidate, role, kind, time, interviewer), the running timer
// with start/pause, and Finish and Exit.
import { CheckCheck, LogOut, Pause, Play } from 'lucide-react';
import type { Interview } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { formatDate } from '../../lib/dates';
import { interviewTimes, KIND_LABELS } from '../interviews/interview-labels';
import { formatElapsed } from './interview-labels';
import type { InterviewTimer } from './use-interview-timer';

interface ModeHeaderProps {
  interview: Interview;
  interviewerName: string;
  elapsed: number;
  timer: InterviewTimer;
  finishing: boolean;
  onFinish(): void;
  onExit(): void;
}

export function whenLabel(interview: Pick<Interview, 'startsAt' | 'endsAt'>): string {
  return `${formatDate(interview.startsAt)}, ${interviewTimes(interview)}`;
}

export function ModeHeader({ interview, interviewerName, elapsed, timer, finishing, onFinish, onExit }: ModeHeaderProps) {
  return (
    <header className="im-header">
      <div className="im-header-text">
        <h1 className="im-title">{interview.candidateName}</h1>
        <p className="im-subtitle-line">
          {interview.roleTitle} · {KIND_LABELS[interview.kind]} interview · {whenLabel(interview)} · scoring as <strong>{interviewerName}</strong>
        </p>
      </div>
      <div className="im-header-actions">
        <div className={`im-timer${timer.running ? ' im-timer-running' : ''}`}>
          <span role="timer" aria-label={`Interview timer ${formatElapsed(elapsed)}${timer.running ? ', running' : ', paused'}`} className="im-timer-value">
            {formatElapsed(elapsed)}
          </span>
          <Button size="sm" variant="ghost" icon={timer.running ? <Pause size={14} aria-hidden="true" /> : <Play size={14} aria-hidden="true" />} onClick={timer.toggle}>
            {timer.running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start timer'}
          </Button>
        </div>
        {finishing ? null : (
          <Button variant="primary" icon={<CheckCheck size={16} aria-hidden="true" />} onClick={onFinish}>
            Finish interview
          </Button>
        )}
        <Button icon={<LogOut size={16} aria-hidden="true" />} onClick={onExit}>
          Exit
        </Button>
      </div>
    </header>
  );
}
