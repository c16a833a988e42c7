// Renderer: interview mode opened without an interviewer: who is scoring? One button per interviewer, showing
// whose scorecard is already submitted or started.
import { CheckCircle2, UserRound } from 'lucide-react';
import type { InterviewDetail, Scorecard } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { whenLabel } from './ModeHeader';
import './interviewer-picker.css';

const hasContent = (c: Scorecard) => Boolean(c.notes.trim() || c.takeaways.trim() || c.elapsedSeconds > 0 || c.ratings.some((r) => r.rating !== null));

interface InterviewerPickerProps {
  detail: InterviewDetail;
  onPick(interviewerId: string): void;
  onExit(): void;
}

export function InterviewerPicker({ detail, onPick, onExit }: InterviewerPickerProps) {
  const { interview, scorecards } = detail;
  const cardOf = (id: string) => scorecards.find((s) => s.interviewerId === id);
  return (
    <main className="im-picker">
      <div className="im-picker-card card">
        <h1 className="im-title">Who is scoring?</h1>
        <p className="muted">
          {interview.candidateName} · {interview.roleTitle} · {whenLabel(interview)}
        </p>
        <ul className="im-picker-list">
          {interview.interviewers.map((i) => {
            const card = cardOf(i.id);
            const state = card?.submittedAt ? 'Submitted' : card && hasContent(card) ? 'Draft saved' : 'Not started';
            return (
              <li key={i.id}>
                <Button className="im-picker-btn" icon={card?.submittedAt ? <CheckCircle2 size={16} aria-hidden="true" /> : <UserRound size={16} aria-hidden="true" />} onClick={() => onPick(i.id)}>
                  <span className="im-picker-name">{i.name}</span>
                  <span className={`im-picker-state im-picker-state-${state === 'Submitted' ? 'submitted' : 'other'}`}>{state}</span>
                </Button>
              </li>
            );
          })}
        </ul>
        <Button variant="ghost" onClick={onExit}>
          Back
        </Button>
      </div>
    </main>
  );
}
