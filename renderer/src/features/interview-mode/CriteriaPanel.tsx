// Renderer: interview mode's middle column: the kit's criteria, each with its question and a rating, then the
// plain questions; criteria rated before they left the kit are listed last.
import { memo } from 'react';
import type { KitItem, ScorecardRating } from '../../../../electron/contract';
import type { CriterionRating } from './scorecard-autosave';
import { RatingGroup } from './RatingGroup';

interface CriteriaPanelProps {
  kit: KitItem[];
  ratings: ScorecardRating[];
  onRate(criterionId: string, rating: CriterionRating): void;
}

export const CriteriaPanel = memo(function CriteriaPanel({ kit, ratings, onRate }: CriteriaPanelProps) {
  const byId = new Map(ratings.map((r) => [r.criterionId, r]));
  const criteria = kit.filter((k) => k.kind === 'criterion');
  const questions = kit.filter((k) => k.kind === 'question');
  const inKit = new Set(criteria.map((c) => c.id));
  const removed = ratings.filter((r) => !inKit.has(r.criterionId) && r.rating !== null);
  return (
    <section className="im-panel im-criteria" aria-labelledby="im-criteria-title">
      <h2 id="im-criteria-title" className="im-panel-title">
        Criteria
      </h2>
      {criteria.length === 0 ? <p className="muted">This role’s interview kit has no criteria yet. Take notes, and give your overall call at the end.</p> : null}
      {criteria.length > 0 ? <p className="im-hint">Press 1–4 on a row to rate it (0: not assessed); arrow keys move between points.</p> : null}
      {criteria.map((c, i) => (
        <RatingGroup key={c.id} criterionId={c.id} index={i + 1} label={c.label} question={c.question} rating={byId.get(c.id)?.rating ?? null} onRate={onRate} />
      ))}
      {removed.map((r) => (
        <RatingGroup key={r.criterionId} criterionId={r.criterionId} index={0} label={`${r.label} (no longer in the kit)`} question="" rating={r.rating} onRate={onRate} />
      ))}
      {questions.length > 0 ? (
        <>
          <h3 className="im-subtitle">Questions</h3>
          <ol className="im-questions">
            {questions.map((q) => (
              <li key={q.id}>{q.label}</li>
            ))}
          </ol>
        </>
      ) : null}
    </section>
  );
});
