// Renderer: interview mode (#/interviews/:id/mode), the focused full-window view an interviewer uses during an
// interview: candidate and résumé on the left, the kit's criteria to rate in the middle, notes on the right.
import { CalendarX2 } from 'lucide-react';
import { useState } from 'react';
import type { InterviewDetail, Interviewer } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { notifyError } from '../../lib/notify';
import { useRouteStore } from '../../stores/route-store';
import { CandidatePanel } from './CandidatePanel';
import { CriteriaPanel } from './CriteriaPanel';
import { exitRoute } from './exit-route';
import { InterviewerPicker } from './InterviewerPicker';
import { ModeHeader } from './ModeHeader';
import { NextStepsPanel } from './NextStepsPanel';
import { NotesPanel } from './NotesPanel';
import { useInterviewDetail } from './use-interview-detail';
import { useInterviewTimer } from './use-interview-timer';
import { useScorecard, type ScorecardEditor } from './use-scorecard';
import { WrapUpPanel } from './WrapUpPanel';
import './interview-mode.css';

type Phase = 'questions' | 'wrap-up' | 'done';

function ModeLayout({ detail, interviewer, editor }: { detail: InterviewDetail; interviewer: Interviewer; editor: ScorecardEditor }) {
  const navigate = useRouteStore((s) => s.navigate);
  const { interview } = detail;
  const { card } = editor;
  const timer = useInterviewTimer(card.elapsedSeconds, editor.setElapsed);
  const [phase, setPhase] = useState<Phase>(card.submittedAt ? 'done' : 'questions');

  // Everything typed is stored before leaving; if saving keeps failing the leave guard asks first.
  const leave = (to: Parameters<typeof navigate>[0]) => {
    timer.stop();
    editor
      .flush()
      .catch((e: unknown) => notifyError(e, 'Could not save the scorecard'))
      .finally(() => navigate(to));
  };

  const middle =
    phase === 'done' ? (
      <NextStepsPanel interview={interview} card={card} onCandidate={() => leave({ name: 'candidate', id: interview.candidateId })} onEdit={() => setPhase('questions')} />
    ) : phase === 'wrap-up' ? (
      <WrapUpPanel editor={editor} onBack={() => setPhase('questions')} onSubmitted={() => setPhase('done')} />
    ) : (
      <CriteriaPanel kit={detail.kit} ratings={card.ratings} onRate={editor.setRating} />
    );

  return (
    <div className="interview-mode">
      <ModeHeader
        interview={interview}
        interviewerName={interviewer.name}
        elapsed={card.elapsedSeconds}
        timer={timer}
        finishing={phase !== 'questions'}
        onFinish={() => (timer.stop(), setPhase('wrap-up'))}
        onExit={() => leave(exitRoute(interview.id))}
      />
      {interview.status === 'cancelled' ? (
        <p className="im-banner" role="note">
          This interview was cancelled. Anything you write here is still saved.
        </p>
      ) : null}
      <main className="im-body">
        <CandidatePanel candidate={detail.candidate} />
        <div className="im-middle">{middle}</div>
        <NotesPanel initialNotes={card.notes} status={editor.status} error={editor.error} onChange={editor.setNotes} onBlur={() => void editor.flush()} />
      </main>
    </div>
  );
}

function ScorecardScreen({ detail, interviewer }: { detail: InterviewDetail; interviewer: Interviewer }) {
  const state = useScorecard(detail.interview.id, interviewer.id);
  if (state.status === 'error') return <Message title="Could not open the scorecard" body={state.message} interviewId={detail.interview.id} />;
  if (state.status === 'loading') return <Loading />;
  return <ModeLayout detail={detail} interviewer={interviewer} editor={state.editor} />;
}

function Loading() {
  return (
    <main className="interview-mode im-loading">
      <p role="status">Loading the interview…</p>
    </main>
  );
}

function Message({ title, body, interviewId }: { title: string; body: string; interviewId: string }) {
  const navigate = useRouteStore((s) => s.navigate);
  return (
    <main className="interview-mode im-message">
      <EmptyState icon={<CalendarX2 size={28} />} title={title} actions={<Button onClick={() => navigate(exitRoute(interviewId))}>Back</Button>}>
        <p>{body}</p>
      </EmptyState>
    </main>
  );
}

export function InterviewModePage({ interviewId, interviewerId }: { interviewId: string; interviewerId?: string }) {
  const state = useInterviewDetail(interviewId);
  const navigate = useRouteStore((s) => s.navigate);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'missing') return <Message title="This interview no longer exists" body="It may have been deleted." interviewId={interviewId} />;
  if (state.status === 'error') return <Message title="Could not open the interview" body={state.message} interviewId={interviewId} />;
  const { detail } = state;
  const interviewer = detail.interview.interviewers.find((i) => i.id === interviewerId);
  if (!interviewer) {
    return (
      <InterviewerPicker
        detail={detail}
        onPick={(id) => navigate({ name: 'interview-mode', id: interviewId, interviewerId: id })}
        onExit={() => navigate(exitRoute(interviewId))}
      />
    );
  }
  return <ScorecardScreen key={interviewer.id} detail={detail} interviewer={interviewer} />;
}
