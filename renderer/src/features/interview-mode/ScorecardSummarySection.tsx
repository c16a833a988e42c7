// Renderer: the candidate page's interview feedback: each criterion rated across interviewers (with the average),
// every interviewer's recommendation and take-aways, and their notes (collapsible); refreshed on data changes.
import { useCallback, useEffect, useState } from 'react';
import type { ScorecardSummary } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { scorecardActions, watchScorecardSummary } from '../../stores/interviews-actions';
import { formatShortDay } from '../../lib/dates';
import { RECOMMENDATION_LABELS, ratingLabel } from './interview-labels';
import './interview-mode.css';
import './scorecard-summary.css';

type Column = { key: string; interviewId: string; interviewerName: string };

const day = (iso: string) => formatShortDay(iso);

function useSummary(candidateId: string): ScorecardSummary | null {
  const [summary, setSummary] = useState<ScorecardSummary | null>(null);
  const load = useCallback(() => {
    scorecardActions
      .summary(candidateId)
      .then(setSummary)
      .catch((e: unknown) => notifyError(e, 'Could not load the interview feedback'));
  }, [candidateId]);
  useEffect(() => {
    load();
    return watchScorecardSummary(load);
  }, [load]);
  return summary;
}

function columnsOf(summary: ScorecardSummary): Column[] {
  const seen = new Map<string, Column>();
  for (const c of summary.criteria) {
    for (const r of c.ratings) {
      const key = `${r.interviewId}:${r.interviewerName}`;
      if (!seen.has(key)) seen.set(key, { key, interviewId: r.interviewId, interviewerName: r.interviewerName });
    }
  }
  return [...seen.values()];
}

function CriteriaTable({ summary }: { summary: ScorecardSummary }) {
  const columns = columnsOf(summary);
  const startsAt = new Map(summary.interviews.map((i) => [i.id, i.startsAt]));
  const manyRoles = new Set(summary.criteria.map((c) => c.roleTitle)).size > 1;
  if (summary.criteria.length === 0) return <p className="muted">No criteria rated yet.</p>;
  return (
    <div className="sc-table-wrap">
      <table className="sc-table">
        <caption className="sr-only">Ratings per criterion and interviewer</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            {columns.map((c) => (
              <th scope="col" key={c.key}>
                {c.interviewerName}
                {startsAt.has(c.interviewId) ? <span className="sc-col-date"> · {day(startsAt.get(c.interviewId) ?? '')}</span> : null}
              </th>
            ))}
            <th scope="col">Average</th>
          </tr>
        </thead>
        <tbody>
          {summary.criteria.map((c) => (
            <tr key={`${c.roleTitle}:${c.label}`}>
              <th scope="row">
                {c.label}
                {manyRoles ? <span className="sc-role"> · {c.roleTitle}</span> : null}
              </th>
              {columns.map((col) => {
                const r = c.ratings.find((x) => x.interviewId === col.interviewId && x.interviewerName === col.interviewerName);
                return (
                  <td key={col.key} className={`sc-rating sc-rating-${r?.rating ?? 'none'}`}>
                    {r ? ratingLabel(r.rating) : '—'}
                  </td>
                );
              })}
              <td className="sc-average">{c.average === null ? '—' : `${c.average.toFixed(1)} of 4`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type RecommendationRow = ScorecardSummary['recommendations'][number];

/** Every interviewer of every interview that has feedback: their scorecard's call, or that none is written yet. */
function recommendationRows(summary: ScorecardSummary): RecommendationRow[] {
  const rows = [...summary.recommendations];
  const withFeedback = new Set(rows.map((r) => r.interviewId));
  for (const interview of summary.interviews) {
    if (!withFeedback.has(interview.id) || interview.status === 'cancelled') continue;
    for (const person of interview.interviewers) {
      if (rows.some((r) => r.interviewId === interview.id && r.interviewerName === person.name)) continue;
      rows.push({ interviewId: interview.id, interviewerName: person.name, recommendation: null, takeaways: '', submittedAt: null });
    }
  }
  return rows;
}

function recommendationText(r: RecommendationRow, hasCard: boolean): string {
  if (!hasCard) return 'No scorecard yet';
  if (!r.submittedAt) return 'Not submitted yet';
  return r.recommendation ? RECOMMENDATION_LABELS[r.recommendation] : 'No recommendation';
}

function Recommendations({ summary }: { summary: ScorecardSummary }) {
  const startsAt = new Map(summary.interviews.map((i) => [i.id, i.startsAt]));
  const hasCard = new Set(summary.recommendations.map((r) => `${r.interviewId}:${r.interviewerName}`));
  return (
    <ul className="sc-recs">
      {recommendationRows(summary).map((r) => {
        const key = `${r.interviewId}:${r.interviewerName}`;
        return (
          <li key={key} className="sc-rec">
            <div className="sc-rec-head">
              <strong>{r.interviewerName}</strong>
              <span className="muted"> · {day(startsAt.get(r.interviewId) ?? r.submittedAt ?? new Date().toISOString())}</span>
              <span className={`sc-rec-chip sc-rec-${(r.submittedAt && r.recommendation) || 'pending'}`}>{recommendationText(r, hasCard.has(key))}</span>
            </div>
            {r.takeaways ? <p className="sc-takeaways">{r.takeaways}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

function Notes({ summary }: { summary: ScorecardSummary }) {
  const withNotes = summary.notes.filter((n) => n.notes.trim());
  if (withNotes.length === 0) return null;
  return (
    <div className="sc-notes">
      <h3 className="im-subtitle">Notes</h3>
      {withNotes.map((n) => (
        <details key={`${n.interviewId}:${n.interviewerName}`} className="sc-note">
          <summary>
            {n.interviewerName}’s notes · {day(n.startsAt)}
          </summary>
          <p className="sc-note-text">{n.notes}</p>
        </details>
      ))}
    </div>
  );
}

export function ScorecardSummarySection({ candidateId }: { candidateId: string }) {
  const summary = useSummary(candidateId);
  return (
    <section className="card profile-card" aria-labelledby="scorecards-title">
      <h2 id="scorecards-title" className="card-title">
        Interview feedback
      </h2>
      {summary === null ? (
        <p className="muted">Loading…</p>
      ) : summary.interviews.length === 0 ? (
        <p className="muted">No interviews yet. Scorecards from interview mode are summarized here.</p>
      ) : summary.recommendations.length === 0 ? (
        <p className="muted">
          {summary.interviews.length === 1 ? 'One interview' : `${summary.interviews.length} interviews`} booked; no scorecards yet.
        </p>
      ) : (
        <>
          <CriteriaTable summary={summary} />
          <h3 className="im-subtitle">Recommendations</h3>
          <Recommendations summary={summary} />
          <Notes summary={summary} />
        </>
      )}
    </section>
  );
}
