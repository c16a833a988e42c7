// Renderer: after a scorecard is submitted: what was recorded, and what happens to the application next —
// move it to the next stage, reject it, keep it where it is, or go back to the candidate.
import { ArrowRight, CheckCircle2, PencilLine, UserRound, XCircle } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import type { Interview, Scorecard } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { notifyError } from '../../lib/notify';
import { confirmWithUndo } from '../../lib/undo-toast';
import { RECOMMENDATION_LABELS } from './interview-labels';
import { RejectApplicationDialog } from './RejectApplicationDialog';
import { useNextStep, type Outcome } from './use-next-step';

interface NextStepsPanelProps {
  interview: Interview;
  card: Scorecard;
  onCandidate(): void;
  /** Back to the questions to change a rating or the notes (the scorecard stays submitted). */
  onEdit(): void;
}

function outcomeText(outcome: Outcome, name: string): string {
  if (outcome.kind === 'moved') return `${name} moved to ${outcome.stageName}. The move is recorded in their history.`;
  if (outcome.kind === 'rejected') return `${name} was rejected. It is recorded in their history; they can be brought back from their page.`;
  return `${name} stays in ${outcome.stageName}.`;
}

export function NextStepsPanel({ interview, card, onCandidate, onEdit }: NextStepsPanelProps) {
  const step = useNextStep(interview);
  const [rejecting, setRejecting] = useState(false);
  const name = interview.candidateName;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const from = step.current?.name ?? interview.stageName;
  const move = () => {
    step
      .move()
      .then((undo) =>
        confirmWithUndo({
          message: `Moved ${name} to ${step.next?.name ?? 'the next stage'}`,
          description: 'Recorded in their history.',
          undo,
          undone: `${name} is back in ${from}`,
        }),
      )
      .catch((e: unknown) => notifyError(e, `Could not move ${name}`));
  };
  const reject = async (reasonId: string, note: string) => {
    const undo = await step.reject(reasonId, note);
    confirmWithUndo({ message: `Rejected ${name}`, description: 'Recorded in their history.', undo, undone: `${name} is back in ${from}` });
  };

  return (
    <section className="im-panel im-next" aria-labelledby="im-next-title">
      <div className="im-submitted">
        <CheckCircle2 size={20} aria-hidden="true" />
        <div>
          <h2 id="im-next-title" className="im-panel-title" tabIndex={-1} ref={heading}>
            Scorecard submitted
          </h2>
          <p className="muted">
            Your recommendation: <strong>{card.recommendation ? RECOMMENDATION_LABELS[card.recommendation] : '—'}</strong>. It shows on {name}’s page.
          </p>
          {card.takeaways ? <p className="im-takeaways-shown">{card.takeaways}</p> : null}
        </div>
      </div>
      {step.outcome ? (
        <p className="im-outcome" role="status">
          {outcomeText(step.outcome, name)}
        </p>
      ) : step.status === 'loading' ? (
        <p className="muted">Loading the pipeline…</p>
      ) : step.status === 'error' ? (
        <p className="field-error">Could not load the pipeline: {step.error}</p>
      ) : step.active ? (
        <>
          <h3 className="im-subtitle">What next for {name}?</h3>
          <div className="im-actions im-next-actions">
            {step.next ? (
              <Button variant="primary" icon={<ArrowRight size={16} aria-hidden="true" />} onClick={move}>
                Move to {step.next.name}
              </Button>
            ) : null}
            <Button variant="danger" icon={<XCircle size={16} aria-hidden="true" />} onClick={() => setRejecting(true)}>
              Reject…
            </Button>
            <Button onClick={step.keep}>Keep in {step.current?.name}</Button>
          </div>
        </>
      ) : (
        <p className="muted">This application is {interview.applicationStatus}; there is no stage to move it to.</p>
      )}
      <div className="im-actions">
        <Button variant="ghost" icon={<UserRound size={16} aria-hidden="true" />} onClick={onCandidate}>
          Back to candidate
        </Button>
        <Button variant="ghost" icon={<PencilLine size={16} aria-hidden="true" />} onClick={onEdit}>
          Edit my scorecard
        </Button>
      </div>
      <RejectApplicationDialog open={rejecting} candidateName={name} onOpenChange={setRejecting} onReject={reject} />
    </section>
  );
}
