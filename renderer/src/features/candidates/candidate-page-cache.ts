// Renderer (pure, no React): the candidates table's page cache for one query: rows kept a page at a time, bounded
// (the pages farthest from the rows on screen are dropped), and subscribers told only when a page on screen arrives.

export const PAGE_SIZE = 200;
/** 25 pages = 5,000 rows: scrolling through 100,000 rows must not keep them all (memory, then long GC pauses). */
export const MAX_PAGES = 25;
/** Rows fetched beyond each end of the rows on screen, so a steady scroll rarely shows a placeholder. */
export const READ_AHEAD = PAGE_SIZE / 2;

export interface PageCache<Row> {
  /** The row at an index, if its page is here. */
  get(index: number): Row | undefined;
  /** Stores a page that arrived; drops far pages past MAX_PAGES; tells subscribers if it is on screen. */
  put(page: number, rows: Row[]): void;
  /**
   * Records the rows on screen (first..last, inclusive, of `total`) and returns the pages to fetch now (covering
   * them plus READ_AHEAD rows either side), each returned once until it arrives or is `forget`-ten.
   */
  want(first: number, last: number, total: number): number[];
  /** Marks one page as being fetched; false if it is here or on its way already. */
  request(page: number): boolean;
  /** A fetch failed: the page may be asked for again. */
  forget(page: number): void;
  subscribe(listener: () => void): () => void;
  /** Bumped each time subscribers are told, for useSyncExternalStore. */
  version(): number;
  /** How many pages are held (for tests and benches). */
  size(): number;
}

const pageOf = (index: number) => Math.floor(index / PAGE_SIZE);

export function createPageCache<Row>(maxPages = MAX_PAGES): PageCache<Row> {
  const pages = new Map<number, Row[]>();
  const inFlight = new Set<number>();
  const listeners = new Set<() => void>();
  let shown = { first: 0, last: -1 };
  let version = 0;

  const evictFarthest = () => {
    const centre = pageOf((shown.first + Math.max(shown.first, shown.last)) / 2);
    const byDistance = [...pages.keys()].sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre));
    for (const page of byDistance.slice(0, pages.size - maxPages)) pages.delete(page);
  };

  const request = (page: number) => {
    if (pages.has(page) || inFlight.has(page)) return false;
    inFlight.add(page);
    return true;
  };

  return {
    get: (index) => pages.get(pageOf(index))?.[index % PAGE_SIZE],
    put(page, rows) {
      inFlight.delete(page);
      pages.set(page, rows);
      if (pages.size > maxPages) evictFarthest();
      if (page >= pageOf(shown.first) && page <= pageOf(shown.last)) {
        version += 1;
        for (const listener of listeners) listener();
      }
    },
    want(first, last, total) {
      shown = { first, last };
      const from = pageOf(Math.max(0, first - READ_AHEAD));
      const to = pageOf(Math.max(0, Math.min(total - 1, last + READ_AHEAD)));
      const missing: number[] = [];
      for (let page = from; page <= to; page += 1) if (request(page)) missing.push(page);
      return missing;
    },
    request,
    forget: (page) => void inFlight.delete(page),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    version: () => version,
    size: () => pages.size,
  };
}
