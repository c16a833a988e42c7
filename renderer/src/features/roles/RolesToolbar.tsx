// Renderer: the roles list controls: search by title, status filter chips, active/archived, sort order.
import { ArrowDownWideNarrow, ArrowUpNarrowWide, Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import { ROLE_SORTS, ROLE_STATUSES, type RoleSort, type RoleStatus } from '../../../../electron/contract';
import { SORT_LABELS, STATUS_LABELS } from '../../lib/labels';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { naturalDirection, useRolesStore, type ArchiveView } from '../../stores/roles-store';
import { Tooltip } from '../../components/Tooltip';

export function RolesToolbar() {
  const query = useRolesStore((s) => s.query);
  const setQuery = useRolesStore((s) => s.setQuery);
  const [search, setSearch] = useState(query.search);
  const debounced = useDebouncedValue(search, 250);

  useEffect(() => {
    if (debounced !== useRolesStore.getState().query.search) setQuery({ search: debounced });
  }, [debounced, setQuery]);

  const toggleStatus = (status: RoleStatus) => {
    const has = query.statuses.includes(status);
    setQuery({ statuses: has ? query.statuses.filter((s) => s !== status) : [...query.statuses, status] });
  };

  const setView = (view: ArchiveView) => setQuery({ view });

  return (
    <div className="toolbar">
      <div className="toolbar-row">
        <div className="search">
          <Search size={16} aria-hidden="true" className="search-icon" />
          <input
            type="search"
            className="input search-input"
            placeholder="Search roles by title"
            aria-label="Search roles"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <div className="segmented" role="group" aria-label="Show">
          {(['active', 'archived'] as const).map((view) => (
            <button
              key={view}
              type="button"
              className="segmented-btn"
              aria-pressed={query.view === view}
              onClick={() => setView(view)}
            >
              {view === 'active' ? 'Active' : 'Archived'}
            </button>
          ))}
        </div>
        <div className="sort">
          <label htmlFor="roles-sort" className="sort-label">
            Sort by
          </label>
          <select
            id="roles-sort"
            className="input select select-compact"
            value={query.sort}
            onChange={(e) => {
              const sort = e.target.value as RoleSort;
              setQuery({ sort, direction: naturalDirection(sort) });
            }}
          >
            {ROLE_SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {SORT_LABELS[sort]}
              </option>
            ))}
          </select>
          <Tooltip label={query.direction === 'asc' ? 'Ascending' : 'Descending'}>
            <button
              type="button"
              className="icon-btn icon-btn-bordered"
              aria-label={query.direction === 'asc' ? 'Ascending order (switch to descending)' : 'Descending order (switch to ascending)'}
              onClick={() => setQuery({ direction: query.direction === 'asc' ? 'desc' : 'asc' })}
            >
              {query.direction === 'asc' ? <ArrowUpNarrowWide size={16} aria-hidden="true" /> : <ArrowDownWideNarrow size={16} aria-hidden="true" />}
            </button>
          </Tooltip>
        </div>
      </div>
      <div className="filter-chips" role="group" aria-label="Filter by status">
        <span className="filter-label" aria-hidden="true">
          Status
        </span>
        {ROLE_STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`filter-chip filter-chip-${status}`}
            aria-pressed={query.statuses.includes(status)}
            onClick={() => toggleStatus(status)}
          >
            {STATUS_LABELS[status]}
          </button>
        ))}
        {query.statuses.length > 0 ? (
          <button type="button" className="link-btn" onClick={() => setQuery({ statuses: [] })}>
            Clear
          </button>
        ) : null}
      </div>
    </div>
  );
}
