// Renderer: the live preview of the whole posting: title, key facts and every section, its HTML passed
// through DOMPurify with the same allow-list the core uses.
import type { Role } from '../../../../electron/contract';
import { formatDay } from '../../lib/dates';
import { EMPLOYMENT_TYPE_LABELS, SALARY_PERIOD_LABELS, WORKPLACE_LABELS, formatPlace } from '../../lib/labels';
import { isBlankHtml, sanitizeSectionHtml } from './sanitize-html';

export interface PreviewSection {
  key: string;
  heading: string;
  html: string;
}

function money(value: number, currency: string): string {
  try {
    return new Intl.NumberFormat(undefined, { style: 'currency', currency, maximumFractionDigits: value % 1 === 0 ? 0 : 2 }).format(value);
  } catch {
    return `${value} ${currency}`;
  }
}

export function formatSalary(role: Pick<Role, 'salaryMin' | 'salaryMax' | 'salaryCurrency' | 'salaryPeriod'>): string | null {
  const { salaryMin: min, salaryMax: max, salaryCurrency: c } = role;
  const period = SALARY_PERIOD_LABELS[role.salaryPeriod];
  if (min !== null && max !== null) return `${money(min, c)}–${money(max, c)} ${period}`;
  if (min !== null) return `From ${money(min, c)} ${period}`;
  if (max !== null) return `Up to ${money(max, c)} ${period}`;
  return null;
}

function KeyFacts({ role }: { role: Role }) {
  const facts: [string, string][] = [
    ['Type', EMPLOYMENT_TYPE_LABELS[role.employmentType]],
    ['Workplace', WORKPLACE_LABELS[role.workplace]],
  ];
  const place = formatPlace(role);
  if (place !== '—') facts.push(['Location', place]);
  const pay = formatSalary(role);
  if (pay) facts.push(['Pay', pay]);
  if (role.closesOn) facts.push(['Apply by', formatDay(role.closesOn)]);
  return (
    <dl className="preview-facts">
      {facts.map(([term, value]) => (
        <div key={term} className="preview-fact">
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function SectionsPreview({ sections }: { sections: PreviewSection[] }) {
  return (
    <>
      {sections.map((s) => (
        <section key={s.key} className="preview-section">
          <h3 className="preview-heading">{s.heading}</h3>
          {isBlankHtml(s.html) ? (
            <p className="muted preview-empty">Nothing written yet.</p>
          ) : (
            <div className="rich-text" dangerouslySetInnerHTML={{ __html: sanitizeSectionHtml(s.html) }} />
          )}
        </section>
      ))}
    </>
  );
}

export function PostingPreview({ role, sections }: { role: Role | null; sections: PreviewSection[] }) {
  return (
    <article className="posting-preview" aria-label="Posting preview">
      <h2 className="preview-title">{role?.title ?? 'Untitled role'}</h2>
      {role?.department ? <p className="preview-department muted">{role.department}</p> : null}
      {role ? <KeyFacts role={role} /> : null}
      <SectionsPreview sections={sections} />
    </article>
  );
}
