// Renderer: one row of the virtualized candidates table (ARIA row and cells in a fixed-height grid row, placed by
// transform so that a row coming into view lays out and paints alone), with its roles, tags and rating cells.
import { SampleBadge } from '../../components/SampleBadge';
import { memo } from 'react';
import type { CandidateRow } from '../../../../electron/contract';
import { CANDIDATE_SOURCE_LABELS } from '../../../../electron/contract';
import { RatingWord } from '../../components/RatingWord';
import { formatAgo, formatDateTime } from '../../lib/dates';
import { useRouteStore } from '../../stores/route-store';
import { APPLICATION_STATUS_LABELS } from './candidate-labels';


/** "Barista · Interview" while active; the status ("Barista · Rejected") once they left the board. */
function roleLabel(app: CandidateRow['applications'][number]): string {
  return `${app.roleTitle} · ${app.status === 'active' ? app.stageName : APPLICATION_STATUS_LABELS[app.status]}`;
}

function RolesCell({ applications }: { applications: CandidateRow['applications'] }) {
  const [first] = applications;
  if (!first) {
    return (
      <div role="cell" className="cand-td col-roles muted">
        —
      </div>
    );
  }
  return (
    <div role="cell" className="cand-td col-roles" title={applications.map(roleLabel).join('\n')}>
      <span className="roles-cell">
        <span className={`role-chip role-chip-${first.status}`}>{roleLabel(first)}</span>
        {applications.length > 1 ? <span className="tag-more"> +{applications.length - 1} more</span> : null}
      </span>
    </div>
  );
}

/**
 * One row, placed at `top` px in the table body. Memoized on (row object, index, top): a scroll renders only the
 * rows that came into view, and a page arriving only its placeholders. No store subscription per row: navigate is
 * read when clicked.
 */
export const CandidatesTableRow = memo(function CandidatesTableRow({ row, index, top }: { row: CandidateRow | undefined; index: number; top: number }) {
  const style = { transform: `translateY(${top}px)` };
  if (!row) {
    return (
      <div role="row" className="cand-row cand-row-loading" aria-rowindex={index + 2} style={style}>
        <div role="cell" className="cand-td cand-td-loading">
          <span className="skeleton" />
        </div>
      </div>
    );
  }
  return (
    <div role="row" className="cand-row" aria-rowindex={index + 2} style={style}>
      <div role="cell" className="cand-td col-cname">
        <a
          href={`#/candidates/${row.id}`}
          className="row-title"
          onClick={(e) => {
            e.preventDefault();
            useRouteStore.getState().navigate({ name: 'candidate', id: row.id });
          }}
        >
          {row.fullName}
        </a>
        {row.sample ? <SampleBadge /> : null}
      </div>
      <div role="cell" className="cand-td col-email" title={row.email}>
        {row.email || '—'}
      </div>
      <div role="cell" className="cand-td col-phone">{row.phone || '—'}</div>
      <RolesCell applications={row.applications} />
      <div role="cell" className="cand-td col-source" title={CANDIDATE_SOURCE_LABELS[row.source]}>
        {CANDIDATE_SOURCE_LABELS[row.source]}
      </div>
      <div role="cell" className="cand-td col-tags" title={row.tags.join(', ')}>
        {row.tags.length === 0
          ? '—'
          : row.tags.slice(0, 1).map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
        {row.tags.length > 1 ? <span className="tag-more">+{row.tags.length - 1}</span> : null}
      </div>
      <div role="cell" className="cand-td col-rating">
        <RatingWord rating={row.rating} none="—" />
      </div>
      <div role="cell" className="cand-td col-added" title={formatDateTime(row.createdAt)}>
        {formatAgo(row.createdAt)}
      </div>
    </div>
  );
});
