// Renderer: the quality coach beside the editor: score, length and readability, the top three fixes,
// then every finding grouped by category.
import { FINDING_CATEGORIES, type Finding, type FindingCategory } from '../../../../electron/contract';
import { CATEGORY_LABELS, easeWord, scoreWord } from './coach-labels';
import { CoachFinding } from './CoachFinding';
import type { CoachRun } from './use-coach';

function Score({ run }: { run: CoachRun }) {
  const { score, wordCount, readability } = run.result;
  return (
    <div className="coach-score">
      <div className="coach-score-main">
        <span className="coach-score-number" aria-hidden="true">
          {score}
        </span>
        <div className="coach-score-text">
          <label htmlFor="coach-meter" className="coach-score-label">
            Posting score: {score} out of 100 · {scoreWord(score)}
          </label>
          <meter id="coach-meter" className="coach-meter" min={0} max={100} low={50} high={80} optimum={100} value={score} />
        </div>
      </div>
      <dl className="coach-stats">
        <div>
          <dt>Words</dt>
          <dd>{wordCount}</dd>
        </div>
        <div>
          <dt>Reading ease</dt>
          <dd>
            {readability.fleschReadingEase.toFixed(0)} <span className="muted">({easeWord(readability.fleschReadingEase)})</span>
          </dd>
        </div>
        <div>
          <dt>Grade level</dt>
          <dd>{readability.gradeLevel.toFixed(1)}</dd>
        </div>
      </dl>
    </div>
  );
}

function grouped(findings: Finding[]): [FindingCategory, Finding[]][] {
  return FINDING_CATEGORIES.map((c) => [c, findings.filter((f) => f.category === c)] as [FindingCategory, Finding[]]).filter(([, list]) => list.length > 0);
}

export function CoachPanel({ run, error, roleId }: { run: CoachRun | null; error: string | null; roleId: string }) {
  if (!run) return <p className="coach-waiting muted">{error ?? 'Reading your posting…'}</p>;
  const { topFixes, findings } = run.result;
  return (
    <div className="coach">
      {error ? (
        <p className="coach-error" role="alert">
          The coach could not check the latest text: {error}
        </p>
      ) : null}
      <Score run={run} />
      {topFixes.length > 0 ? (
        <section className="coach-group" aria-labelledby="coach-top">
          <h3 id="coach-top" className="coach-group-title">
            Top fixes
          </h3>
          <ol className="top-fixes">
            {topFixes.map((f) => (
              <li key={f.id}>
                <CoachFinding finding={f} roleId={roleId} keys={run.keys} headingLevel="h4" />
              </li>
            ))}
          </ol>
        </section>
      ) : (
        <p className="coach-clear">Nothing to fix. This posting reads well.</p>
      )}
      {grouped(findings.filter((f) => !topFixes.some((t) => t.id === f.id))).map(([category, list]) => (
        <section key={category} className="coach-group" aria-labelledby={`coach-${category}`}>
          <h3 id={`coach-${category}`} className="coach-group-title">
            {CATEGORY_LABELS[category]}
          </h3>
          {list.map((f) => (
            <CoachFinding key={f.id} finding={f} roleId={roleId} keys={run.keys} headingLevel="h4" />
          ))}
        </section>
      ))}
    </div>
  );
}
