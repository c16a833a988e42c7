// Renderer: the virtualized candidates table (TanStack Virtual; an ARIA table of fixed-height rows placed by
// transform in a contained scroller); rows are fetched page by page as they scroll into view.
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useSyncExternalStore } from 'react';
import type { CandidateSort } from '../../../../electron/contract';
import { useCandidatesStore } from '../../stores/candidates-store';
import { CandidatesTableRow } from './CandidatesTableRow';
import type { CandidatePages } from './use-candidate-pages';

/** Must match .cand-row's and .cand-tr's heights in candidates.css. */
const ROW_HEIGHT = 49;
const HEADER_HEIGHT = 38;
/**
 * Rows rendered beyond each edge. Rows are rendered in the scroll event itself (flushSync), so a large overscan
 * buys nothing on the main thread and costs a render and layout of every extra row each frame.
 */
const OVERSCAN = 4;

/** How long a fast scroll must pause before the rows it reached are fetched. */
const FLING_SETTLE_MS = 80;

const noSubscribe = () => () => undefined;
const noVersion = () => 0;

function SortHeader({ sort, label, className }: { sort: CandidateSort; label: string; className: string }) {
  const filters = useCandidatesStore((s) => s.filters);
  const setFilters = useCandidatesStore((s) => s.setFilters);
  const active = filters.sort === sort;
  const natural = sort === 'name' ? 'asc' : 'desc';
  const next = active ? (filters.direction === 'asc' ? 'desc' : 'asc') : natural;
  return (
    <div role="columnheader" className={`cand-th ${className}`} aria-sort={active ? (filters.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={`th-sort${active ? ' th-sort-active' : ''}`} onClick={() => setFilters({ sort, direction: next })}>
        {label}
        <span className="th-sort-arrow" aria-hidden="true">
          {active ? (filters.direction === 'asc' ? '↑' : '↓') : ''}
        </span>
      </button>
    </div>
  );
}

/** The header cells in column order: sortable columns name their sort. */
const COLUMNS: { label: string; className: string; sort?: 'name' | 'rating' | 'added' }[] = [
  { label: 'Name', className: 'col-cname', sort: 'name' },
  { label: 'Email', className: 'col-email' },
  { label: 'Phone', className: 'col-phone' },
  { label: 'Roles', className: 'col-roles' },
  { label: 'Source', className: 'col-source' },
  { label: 'Tags', className: 'col-tags' },
  { label: 'Rating', className: 'col-rating', sort: 'rating' },
  { label: 'Added', className: 'col-added', sort: 'added' },
];

/** The sticky header row; memoized, so scrolling (which re-renders the table) leaves it alone. */
const TableHead = memo(function TableHead() {
  return (
    <div role="rowgroup" className="cand-head">
      <div role="row" aria-rowindex={1} className="cand-tr">
        {COLUMNS.map((c) =>
          c.sort ? (
            <SortHeader key={c.label} sort={c.sort} label={c.label} className={c.className} />
          ) : (
            <div key={c.label} role="columnheader" className={`cand-th ${c.className}`}>
              {c.label}
            </div>
          ),
        )}
      </div>
    </div>
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
    // Every row is exactly ROW_HEIGHT (CSS): no measuring, so scrolling never reads a row's layout.
    estimateSize: () => ROW_HEIGHT,
    // The rows start below the sticky header row.
    scrollMargin: HEADER_HEIGHT,
    overscan: OVERSCAN,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  const { ensure } = pages;
  const previousFirst = useRef(first);
  useEffect(() => {
    if (total === 0) return;
    // A fling or a jump renders windows that do not overlap: pages fetched on the way would arrive after they
    // scrolled past (each costs a main-thread deserialization), so fetch once the list slows down.
    const moved = Math.abs(first - previousFirst.current);
    previousFirst.current = first;
    if (moved <= last - first) {
      ensure(first, last);
      return;
    }
    const timer = setTimeout(() => ensure(first, last), FLING_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [ensure, first, last, total]);

  return (
    <div className="table-wrap cand-scroll" ref={scrollRef} data-testid="candidates-scroll">
      <div role="table" aria-label="Candidates" aria-rowcount={total + 1} className="cand-table">
        <TableHead />
        <div role="rowgroup" className="cand-body" style={{ height: virtualizer.getTotalSize() }}>
          {items.map((item) => (
            <CandidatesTableRow key={item.index} index={item.index} top={item.start - HEADER_HEIGHT} row={cache?.get(item.index)} />
          ))}
        </div>
      </div>
    </div>
  );
}
