// Renderer: the candidates table's rows, fetched a page at a time as the virtual list asks for them
// (candidates:list offset/limit, with the id of the row before the page when that row is here, so the core
// seeks past it instead of counting rows; a jump sends the offset alone); a new query starts over and answers
// to an old query are dropped. A search's count stops a little past the page asked for, so the total kept is
// the largest answered: scrolling towards it fetches deeper pages, whose answers count further, until one
// says the count is exact.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateList, CandidateRow } from '../../../../electron/contract';
import { notifyError } from '../../lib/notify';
import { candidateActions } from '../../stores/candidates-actions';
import { toQuery, type CandidateFilters } from '../../stores/candidates-store';
import { createPageCache, PAGE_SIZE, type PageCache } from './candidate-page-cache';

export interface CandidatePages {
  /** Matching candidates (at least this many while `totalExact` is false), or null before the first page arrives. */
  total: number | null;
  /** False while a search's matches were counted only a little past the pages fetched ("1,200+"). */
  totalExact: boolean;
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
  totalExact: boolean;
  cache: PageCache<CandidateRow> | null;
}

/** What a page's answer makes of the shown count: the larger of the two, exact once any answer counted all. */
function withAnswer(prev: Shown, forKey: string, cache: PageCache<CandidateRow>, list: CandidateList): Shown {
  const same = prev.cache === cache;
  const total = same && prev.total !== null && !list.totalExact ? Math.max(prev.total, list.total) : list.total;
  const totalExact = list.totalExact || (same && prev.totalExact);
  const next = same && prev.totalExact ? prev.total : total;
  if (same && prev.total === next && prev.totalExact === totalExact) return prev;
  return { key: forKey, total: next, totalExact, cache };
}

export function useCandidatePages(filters: CandidateFilters, version: number): CandidatePages {
  const key = JSON.stringify([toQuery(filters), version]);
  // Until the new query's first page arrives, the last one stays on screen (no flash of an empty table).
  const [shown, setShown] = useState<Shown>({ key: '', total: null, totalExact: true, cache: null });
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
    // The row just before the page, when its page is here: the core then seeks past it instead of counting.
    const afterId = loading.current?.key === forKey && page > 0 ? loading.current.cache.get(page * PAGE_SIZE - 1)?.id : undefined;
    candidateActions
      .list({ ...forQuery, offset: page * PAGE_SIZE, limit: PAGE_SIZE, ...(afterId !== undefined ? { afterId } : {}) })
      .then((list) => {
        if (loading.current?.key !== forKey) return;
        const { cache } = loading.current;
        cache.put(page, list.rows);
        setShown((prev) => withAnswer(prev, forKey, cache, list));
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

  return { total, totalExact: shown.totalExact, cache: shown.cache, ensure, stale: shown.key !== key };
}
