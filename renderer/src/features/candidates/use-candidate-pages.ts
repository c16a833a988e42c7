// Renderer: the candidates table's rows, fetched a page at a time (candidates:list offset/limit) as the
// virtual list asks for them; a new query starts over and answers to an old query are dropped.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateRow } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { candidateActions } from '../../stores/candidates-actions';
import { toQuery, type CandidateFilters } from '../../stores/candidates-store';
import { createPageCache, PAGE_SIZE, type PageCache } from './candidate-page-cache';

export interface CandidatePages {
  /** Matching candidates, or null before the first page arrives. */
  total: number | null;
  /**
   * The rows shown. A page arriving re-renders only the table (it subscribes to the cache), not this screen:
   * this object changes only when the query's first answer arrives or the total changes.
   */
  cache: PageCache<CandidateRow> | null;
  /** Records rows first..last (inclusive) as on screen and fetches the pages covering them (and a little beyond). */
  ensure(first: number, last: number): void;
  /** True while the rows shown belong to the previous query. */
  stale: boolean;
}

type Query = ReturnType<typeof toQuery>;
interface Shown {
  key: string;
  total: number | null;
  cache: PageCache<CandidateRow> | null;
}

export function useCandidatePages(filters: CandidateFilters, version: number): CandidatePages {
  const key = JSON.stringify([toQuery(filters), version]);
  // Until the new query's first page arrives, the last one stays on screen (no flash of an empty table).
  const [shown, setShown] = useState<Shown>({ key: '', total: null, cache: null });
  // The current query's cache, which becomes `shown` when its first answer arrives.
  const loading = useRef<{ key: string; cache: PageCache<CandidateRow> } | null>(null);
  // The key names the query exactly, so it is rebuilt from the key rather than kept in a ref.
  const query = useMemo(() => (JSON.parse(key) as [Query, number])[0], [key]);

  /** The cache for `forKey`, started afresh when the query changed (called from effects and callbacks, not render). */
  const cacheFor = useCallback((forKey: string) => {
    if (loading.current?.key !== forKey) loading.current = { key: forKey, cache: createPageCache() };
    return loading.current.cache;
  }, []);

  const fetchPage = useCallback((page: number, forKey: string, forQuery: Query) => {
    candidateActions
      .list({ ...forQuery, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((list) => {
        if (loading.current?.key !== forKey) return;
        const { cache } = loading.current;
        cache.put(page, list.rows);
        setShown((prev) => (prev.cache === cache && prev.total === list.total ? prev : { key: forKey, total: list.total, cache }));
      })
      .catch((e: unknown) => {
        if (loading.current?.key === forKey) loading.current.cache.forget(page);
        notifyError(e, 'Could not load candidates');
      });
  }, []);

  useEffect(() => {
    if (cacheFor(key).request(0)) fetchPage(0, key, query);
  }, [key, query, cacheFor, fetchPage]);

  const total = shown.total;
  const ensure = useCallback(
    (first: number, last: number) => {
      if (total === null) return;
      for (const page of cacheFor(key).want(first, last, total)) fetchPage(page, key, query);
    },
    [cacheFor, fetchPage, key, query, total],
  );

  return { total, cache: shown.cache, ensure, stale: shown.key !== key };
}
