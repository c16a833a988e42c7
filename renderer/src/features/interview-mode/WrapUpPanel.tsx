// Renderer: the end of an interview: the overall recommendation (five choices, none preselected), the key
// take-aways, and Submit.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { INTERVIEW_LIMITS, RECOMMENDATIONS, type Recommendation } from '../../../../electron/contract';
import { errorMessage } from '../../api/client';
import { Button } from '../../components/Button';
import { FormError } from '../../components/FormError';
import { RECOMMENDATION_LABELS } from './interview-labels';
import type { ScorecardEditor } from './use-scorecard';
import './rating-scale.css';

interface WrapUpPanelProps {
  editor: ScorecardEditor;
  onBack(): void;
  onSubmitted(): void;
}

export function WrapUpPanel({ editor, onBack, onSubmitted }: WrapUpPanelProps) {
  const { card } = editor;
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const choose = (r: Recommendation) => {
    setError('');
    editor.setRecommendation(r);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!card.recommendation) return setError('Choose your overall recommendation');
    setBusy(true);
    editor
      .submit()
      .then(onSubmitted)
      .catch((err: unknown) => setError(errorMessage(err)))
      .finally(() => setBusy(false));
  };
  return (
    <form className="im-panel im-wrapup" aria-labelledby="im-wrapup-title" onSubmit={submit} noValidate>
      <h2 id="im-wrapup-title" className="im-panel-title" tabIndex={-1} ref={heading}>
        Finish the interview
      </h2>
      <fieldset className="im-recommendation" aria-describedby={error ? 'im-wrapup-error' : undefined}>
        <legend className="field-label">Overall recommendation</legend>
        <div className="rating-scale rating-scale-wide">
          {RECOMMENDATIONS.map((r) => (
            <label key={r} className={`rating-point recommendation-${r}`}>
              <input type="radio" name="recommendation" value={r} checked={card.recommendation === r} onChange={() => choose(r)} />
              <span>{RECOMMENDATION_LABELS[r]}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <label className="field">
        <span className="field-label">Key take-aways</span>
        <textarea
          className="input textarea im-takeaways"
          rows={5}
          maxLength={INTERVIEW_LIMITS.takeaways}
          value={card.takeaways}
          placeholder="The two or three things the team should know"
          onChange={(e) => editor.setTakeaways(e.target.value)}
          onBlur={() => void editor.flush()}
        />
      </label>
      <FormError message={error} id="im-wrapup-error" />
      <div className="im-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          Submit scorecard
        </Button>
        <Button variant="ghost" onClick={onBack}>
          Back to the questions
        </Button>
      </div>
    </form>
  );
}
