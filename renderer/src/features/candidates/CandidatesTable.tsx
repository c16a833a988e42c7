// Renderer: the virtualized candidates table (TanStack Virtual over a real <table>, with spacer rows above
// and below the rendered window); rows are fetched page by page as they scroll into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import type { CandidateRow, CandidateSort } from '../../../../electron/contract';
import { formatAgo } from '../../lib/labels';
import { useCandidatesStore } from '../../stores/candidates-store';
import { useRouteStore } from '../../stores/route-store';
import { APPLICATION_STATUS_LABELS, SOURCE_LABELS } from './candidate-labels';
import type { CandidatePages } from './use-candidate-pages';

const ROW_HEIGHT = 49;
/**
 * Rows rendered beyond each edge. Rows are rendered in the scroll event itself (flushSync), so a large overscan
 * buys nothing on the main thread and costs a render and layout of every extra row each frame.
 */
const OVERSCAN = 4;

function SortHeader({ sort, label, className }: { sort: CandidateSort; label: string; className: string }) {
  const filters = useCandidatesStore((s) => s.filters);
  const setFilters = useCandidatesStore((s) => s.setFilters);
  const active = filters.sort === sort;
  const natural = sort === 'name' ? 'asc' : 'desc';
  const next = active ? (filters.direction === 'asc' ? 'desc' : 'asc') : natural;
  return (
    <th scope="col" className={className} aria-sort={active ? (filters.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={`th-sort${active ? ' th-sort-active' : ''}`} onClick={() => setFilters({ sort, direction: next })}>
        {label}
        <span className="th-sort-arrow" aria-hidden="true">
          {active ? (filters.direction === 'asc' ? '↑' : '↓') : ''}
        </span>
      </button>
    </th>
  );
}

function Stars({ rating }: { rating: number | null }) {
  if (!rating) return <span className="muted">—</span>;
  return (
    <span className="stars">
      <span className="sr-only">{`Rated ${rating} of 5`}</span>
      <span aria-hidden="true">★ {rating}</span>
    </span>
  );
}

/** "Barista · Interview" while active; the status ("Barista · Rejected") once they left the board. */
function roleLabel(app: CandidateRow['applications'][number]): string {
  return `${app.roleTitle} · ${app.status === 'active' ? app.stageName : APPLICATION_STATUS_LABELS[app.status]}`;
}

function RolesCell({ applications }: { applications: CandidateRow['applications'] }) {
  const [first] = applications;
  if (!first) return <td className="col-roles muted">—</td>;
  return (
    <td className="col-roles" title={applications.map(roleLabel).join('\n')}>
      <span className="roles-cell">
        <span className={`role-chip role-chip-${first.status}`}>{roleLabel(first)}</span>
        {applications.length > 1 ? <span className="tag-more"> +{applications.length - 1} more</span> : null}
      </span>
    </td>
  );
}

const noSubscribe = () => () => undefined;
const noVersion = () => 0;

/**
 * One row; memoized on (row object, index), so a scroll re-renders only the rows that came into view and a page
 * arriving re-renders only its placeholders. No store subscription per row: navigate is read when clicked.
 */
const Row = memo(function Row({ row, index }: { row: CandidateRow | undefined; index: number }) {
  if (!row) {
    return (
      <tr className="cand-row cand-row-loading" aria-rowindex={index + 2}>
        <td colSpan={8}>
          <span className="skeleton" />
        </td>
      </tr>
    );
  }
  return (
    <tr className="cand-row" aria-rowindex={index + 2}>
      <td className="col-cname">
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
      </td>
      <td className="col-email" title={row.email}>
        {row.email || '—'}
      </td>
      <td className="col-phone">{row.phone || '—'}</td>
      <RolesCell applications={row.applications} />
      <td className="col-source" title={SOURCE_LABELS[row.source]}>
        {SOURCE_LABELS[row.source]}
      </td>
      <td className="col-tags" title={row.tags.join(', ')}>
        {row.tags.length === 0
          ? '—'
          : row.tags.slice(0, 1).map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
        {row.tags.length > 1 ? <span className="tag-more">+{row.tags.length - 1}</span> : null}
      </td>
      <td className="col-rating">
        <Stars rating={row.rating} />
      </td>
      <td className="col-added" title={new Date(row.createdAt).toLocaleString()}>
        {formatAgo(row.createdAt)}
      </td>
    </tr>
  );
});

export function CandidatesTable({ pages }: { pages: CandidatePages }) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const total = pages.total ?? 0;
  const { cache } = pages;
  // Re-render (cheaply: rows are memoized) when a page on screen arrives; pages that arrive off screen do nothing.
  useSyncExternalStore(cache?.subscribe ?? noSubscribe, cache?.version ?? noVersion);
  // Not memoized by the React compiler (it says so); the table re-renders on scroll by design.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  useEffect(() => {
    if (total > 0) ensure(first, last);
  }, [ensure, first, last, total]);

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);

  return (
    <div className="table-wrap cand-scroll" ref={scrollRef} data-testid="candidates-scroll">
      <table className="table cand-table" aria-rowcount={total + 1}>
        <caption className="sr-only">Candidates</caption>
        <thead>
          <tr aria-rowindex={1}>
            <SortHeader sort="name" label="Name" className="col-cname" />
            <th scope="col" className="col-email">
              Email
            </th>
            <th scope="col" className="col-phone">
              Phone
            </th>
            <th scope="col" className="col-roles">
              Roles
            </th>
            <th scope="col" className="col-source">
              Source
            </th>
            <th scope="col" className="col-tags">
              Tags
            </th>
            <SortHeader sort="rating" label="Rating" className="col-rating" />
            <SortHeader sort="added" label="Added" className="col-added" />
          </tr>
        </thead>
        <tbody>
          {top > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} className="spacer" style={{ height: top }} />
            </tr>
          ) : null}
          {items.map((item) => (
            <Row key={item.index} index={item.index} row={cache?.get(item.index)} />
          ))}
          {bottom > 0 ? (
            <tr aria-hidden="true" className="spacer-row">
              <td colSpan={8} className="spacer" style={{ height: bottom }} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
}
