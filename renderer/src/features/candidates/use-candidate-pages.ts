// Renderer: the candidates table's rows, fetched a page at a time (candidates:list offset/limit) as the
// virtual list asks for them; a new query starts over and answers to an old query are dropped.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CandidateRow } from '../../../../electron/contract';
import { call } from '../../api/client';
import { notifyError } from '../../lib/notify';
import { toQuery, type CandidateFilters } from '../../stores/candidates-store';

export const PAGE_SIZE = 200;

export interface CandidatePages {
  /** Matching candidates, or null before the first page arrives. */
  total: number | null;
  row(index: number): CandidateRow | undefined;
  /** Asks for the pages covering rows first..last (inclusive). */
  ensure(first: number, last: number): void;
  /** True while the rows shown belong to the previous query. */
  stale: boolean;
}

export function useCandidatePages(filters: CandidateFilters, version: number): CandidatePages {
  const key = JSON.stringify([toQuery(filters), version]);
  const [state, setState] = useState<{ key: string; total: number | null; pages: Map<number, CandidateRow[]> }>({
    key: '',
    total: null,
    pages: new Map(),
  });
  const requested = useRef<{ key: string; pages: Set<number> }>({ key: '', pages: new Set() });
  // The key names the query exactly, so it is rebuilt from the key rather than kept in a ref.
  const query = useMemo(() => (JSON.parse(key) as [ReturnType<typeof toQuery>, number])[0], [key]);

  const fetchPage = useCallback((page: number, forKey: string, forQuery: ReturnType<typeof toQuery>) => {
    if (requested.current.key !== forKey) requested.current = { key: forKey, pages: new Set() };
    if (requested.current.pages.has(page)) return;
    requested.current.pages.add(page);
    call('candidates:list', { ...forQuery, offset: page * PAGE_SIZE, limit: PAGE_SIZE })
      .then((list) => {
        setState((prev) => {
          if (requested.current.key !== forKey) return prev;
          const pages = new Map(prev.key === forKey ? prev.pages : []);
          pages.set(page, list.rows);
          return { key: forKey, total: list.total, pages };
        });
      })
      .catch((e: unknown) => {
        requested.current.pages.delete(page);
        notifyError(e, 'Could not load candidates');
      });
  }, []);

  useEffect(() => {
    fetchPage(0, key, query);
  }, [key, query, fetchPage]);

  // Until the new query's first page arrives, the last one stays on screen (no flash of an empty table).
  const current = state.key ? state : null;
  const ensure = useCallback(
    (first: number, last: number) => {
      for (let page = Math.floor(first / PAGE_SIZE); page <= Math.floor(last / PAGE_SIZE); page += 1) fetchPage(page, key, query);
    },
    [fetchPage, key, query],
  );

  return {
    total: current ? current.total : null,
    row: (index) => current?.pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE],
    ensure,
    stale: state.key !== key,
  };
}
