// Renderer: the candidates table's search box (debounced) and filters: role, status, source, tag, rating and date added.
import { Search } from 'lucide-react';
import { useEffect, useState } from 'react';
import type { Role } from '../../../../electron/contract';
import { CANDIDATE_SOURCES, CANDIDATE_SOURCE_LABELS, NEEDS_A_LOOK_TAG } from '../../../../electron/contract';
import { Button } from '../../components/Button';
import { RoleOptions } from '../../components/RoleOptions';
import { useDebouncedValue } from '../../lib/use-debounced-value';
import { hasCandidateFilters, useCandidatesStore, type CandidateStatusFilter } from '../../stores/candidates-store';
import { APPLICATION_STATUS_LABELS } from './candidate-labels';

const STATUSES = Object.keys(APPLICATION_STATUS_LABELS) as CandidateStatusFilter[];

/** Your own best rating on any of their applications is at least this point (1 Strong no … 4 Strong yes). */
const RATING_FILTERS = [
  { min: 4, label: 'Strong yes' },
  { min: 3, label: 'Yes or better' },
  { min: 2, label: 'No or better' },
  { min: 1, label: 'Rated at all' },
] as const;

export function CandidatesToolbar({ roles }: { roles: Role[] }) {
  const filters = useCandidatesStore((s) => s.filters);
  const setFilters = useCandidatesStore((s) => s.setFilters);
  const [search, setSearch] = useState(filters.search);
  const [tag, setTag] = useState(filters.tag);
  const debouncedSearch = useDebouncedValue(search, 250);
  const debouncedTag = useDebouncedValue(tag, 300);

  useEffect(() => {
    if (debouncedSearch !== useCandidatesStore.getState().filters.search) setFilters({ search: debouncedSearch });
  }, [debouncedSearch, setFilters]);
  useEffect(() => {
    if (debouncedTag !== useCandidatesStore.getState().filters.tag) setFilters({ tag: debouncedTag });
  }, [debouncedTag, setFilters]);

  const clear = () => {
    setSearch('');
    setTag('');
    useCandidatesStore.getState().reset();
  };

  return (
    <div className="toolbar cand-toolbar" role="search" aria-label="Find candidates">
      <div className="toolbar-row">
        <div className="search">
          <Search size={16} className="search-icon" aria-hidden="true" />
          <input
            className="input search-input"
            type="search"
            aria-label="Search candidates"
            placeholder="Search names, emails, tags, résumés…"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
          />
        </div>
        <label className="filter">
          <span className="filter-label">Role</span>
          <select className="input select select-compact" value={filters.roleId} onChange={(e) => setFilters({ roleId: e.target.value })}>
            <option value="">Any role</option>
            <RoleOptions roles={roles} />
          </select>
        </label>
        <label className="filter">
          <span className="filter-label">Status</span>
          <select
            className="input select select-compact"
            value={filters.status}
            onChange={(e) => setFilters({ status: e.target.value as CandidateStatusFilter | '' })}
          >
            <option value="">Any status</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {APPLICATION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="filter-label">Source</span>
          <select
            className="input select select-compact"
            value={filters.source}
            onChange={(e) => setFilters({ source: e.target.value as (typeof CANDIDATE_SOURCES)[number] | '' })}
          >
            <option value="">Any source</option>
            {CANDIDATE_SOURCES.map((s) => (
              <option key={s} value={s}>
                {CANDIDATE_SOURCE_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="toolbar-row">
        <label className="filter">
          <span className="filter-label">Tag</span>
          <input className="input input-compact" value={tag} onChange={(e) => setTag(e.target.value)} placeholder="e.g. barista" />
        </label>
        <label className="filter filter-check">
          <input
            type="checkbox"
            checked={filters.tag === NEEDS_A_LOOK_TAG}
            onChange={(e) => {
              const next = e.target.checked ? NEEDS_A_LOOK_TAG : '';
              setTag(next);
              setFilters({ tag: next });
            }}
          />
          <span>Needs a look</span>
        </label>
        <label className="filter">
          <span className="filter-label">Your rating</span>
          <select
            className="input select select-compact"
            value={filters.ratingMin ?? ''}
            onChange={(e) => setFilters({ ratingMin: e.target.value ? Number(e.target.value) : null })}
          >
            <option value="">Any rating</option>
            {RATING_FILTERS.map((f) => (
              <option key={f.min} value={f.min}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <label className="filter">
          <span className="filter-label">Added from</span>
          <input className="input input-compact" type="date" value={filters.addedFrom} onChange={(e) => setFilters({ addedFrom: e.target.value })} />
        </label>
        <label className="filter">
          <span className="filter-label">to</span>
          <input className="input input-compact" type="date" value={filters.addedTo} onChange={(e) => setFilters({ addedTo: e.target.value })} />
        </label>
        {hasCandidateFilters(filters) || search || tag ? (
          <Button variant="ghost" size="sm" onClick={clear}>
            Clear filters
          </Button>
        ) : null}
      </div>
    </div>
  );
}
