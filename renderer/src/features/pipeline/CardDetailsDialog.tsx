// Renderer: one application's details from the board: your own rating on the one scale (Strong no, No, Yes,
// Strong yes) and what the card shows, its stage history with the time spent in each stage, and its notes.
import * as Dialog from '@radix-ui/react-dialog';
import { formatDistanceStrict } from 'date-fns';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { RATING_LABELS, RATING_POINTS, type ApplicationNote, type CardRating, type RatingPoint, type StageHistory } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { cardRatingSource, RatingWord } from '../../components/RatingWord';
import { formatDateTime } from '../../lib/dates';
import { notifyError } from '../../lib/notify';
import { applicationActions, findCard, pipelineActions, usePipelineStore } from '../../stores/pipeline-store';

const duration = (ms: number): string => formatDistanceStrict(0, Math.max(ms, 1000));

/** What the card shows and why: the scorecards' average wins over your own rating once one is submitted. */
function CardShows({ cardRating }: { cardRating: CardRating }) {
  const why = cardRating.from === 'scorecards' ? `${cardRatingSource(cardRating)}; your own rating shows when no scorecard is submitted.` : 'Your own rating, until an interviewer submits a scorecard; then the scorecards’ average.';
  return (
    <p className="card-shows">
      <span className="muted">The card shows</span> <RatingWord rating={cardRating.value} /> <span className="muted">· {why}</span>
    </p>
  );
}

function RatingPicker({ applicationId, rating }: { applicationId: string; rating: number | null }) {
  const rate = (value: RatingPoint | null) => void pipelineActions.rate(applicationId, value).catch((e: unknown) => notifyError(e, 'Could not save the rating'));
  return (
    <fieldset className="rating-picker">
      <legend className="field-label">Your rating</legend>
      <div className="rating-picker-words">
        {RATING_POINTS.map((n) => (
          <button key={n} type="button" className={`rating-choice rating-choice-${n}`} aria-pressed={rating === n} onClick={() => rate(rating === n ? null : n)}>
            {RATING_LABELS[n]}
          </button>
        ))}
      </div>
      {rating !== null ? (
        <Button size="sm" variant="ghost" onClick={() => rate(null)}>
          Clear
        </Button>
      ) : null}
    </fieldset>
  );
}

function History({ history }: { history: StageHistory | null }) {
  if (!history) return <p className="muted">Loading history…</p>;
  return (
    <section aria-labelledby="history-title">
      <h3 id="history-title" className="details-heading">
        Time in each stage
      </h3>
      <ul className="details-totals">
        {history.totals.map((t) => (
          <li key={t.stageId}>
            <span>{t.stage}</span> <span className="muted">{duration(t.ms)}</span>
          </li>
        ))}
      </ul>
      <h3 className="details-heading">History</h3>
      <ol className="details-events">
        {history.events.map((e) => (
          <li key={e.id}>
            {e.fromStage ? `${e.fromStage} → ${e.toStage ?? e.status}` : `Added to ${e.toStage ?? 'the board'}`}
            {e.status === 'rejected' || e.status === 'withdrawn' ? ` (${e.status})` : ''} <span className="muted">· {formatDateTime(e.at)}</span>
            {e.note ? <div className="muted">{e.note}</div> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Notes({ applicationId }: { applicationId: string }) {
  const [notes, setNotes] = useState<ApplicationNote[] | null>(null);
  const [body, setBody] = useState('');
  const load = useCallback(() => {
    applicationActions.notes(applicationId).then(
      (list) => setNotes(list.notes),
      (e: unknown) => notifyError(e, 'Could not load the notes'),
    );
  }, [applicationId]);
  useEffect(load, [load]);
  const add = (e: FormEvent) => {
    e.preventDefault();
    if (!body.trim()) return;
    applicationActions.addNote(applicationId, body.trim()).then(
      () => (setBody(''), load()),
      (err: unknown) => notifyError(err, 'Could not add the note'),
    );
  };
  return (
    <section aria-labelledby="notes-title">
      <h3 id="notes-title" className="details-heading">
        Notes
      </h3>
      <form onSubmit={add} className="details-note-form">
        <label className="sr-only" htmlFor="new-note">
          New note
        </label>
        <textarea id="new-note" className="input" rows={2} value={body} onChange={(e) => setBody(e.target.value)} placeholder="Write a note…" />
        <Button type="submit" size="sm" disabled={!body.trim()}>
          Add note
        </Button>
      </form>
      <ul className="details-notes">
        {(notes ?? []).map((n) => (
          <li key={n.id}>
            <p>{n.body}</p>
            <span className="muted">{formatDateTime(n.createdAt)}</span>
          </li>
        ))}
        {notes?.length === 0 ? <li className="muted">No notes yet.</li> : null}
      </ul>
    </section>
  );
}

function Details({ applicationId }: { applicationId: string }) {
  const card = usePipelineStore((s) => findCard(s.columns, applicationId));
  const [history, setHistory] = useState<StageHistory | null>(null);
  useEffect(() => {
    applicationActions.history(applicationId).then(setHistory, (e: unknown) => notifyError(e, 'Could not load the history'));
  }, [applicationId]);
  return (
    <>
      <Dialog.Title className="dialog-title">{card?.name ?? 'Application'}</Dialog.Title>
      <Dialog.Description className="dialog-description">Rating, notes and stage history for this application.</Dialog.Description>
      <RatingPicker applicationId={applicationId} rating={card?.rating ?? null} />
      {card ? <CardShows cardRating={card.cardRating} /> : null}
      <History history={history} />
      <Notes applicationId={applicationId} />
      <div className="dialog-actions">
        <Dialog.Close asChild>
          <Button>Close</Button>
        </Dialog.Close>
      </div>
    </>
  );
}

export function CardDetailsDialog() {
  const applicationId = usePipelineStore((s) => s.details);
  return (
    <Dialog.Root open={applicationId !== null} onOpenChange={(open) => (open ? undefined : usePipelineStore.setState({ details: null }))}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide details-dialog">{applicationId ? <Details applicationId={applicationId} /> : null}</Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
