// Unit: the candidates table's page cache (which pages to fetch, the bound on pages kept, who is told when). Runs in Vitest.
import { describe, expect, it } from 'vitest';
import { createPageCache, MAX_PAGES, PAGE_SIZE } from '../../renderer/src/features/candidates/candidate-page-cache';

const page = (n: number) => Array.from({ length: PAGE_SIZE }, (_, i) => `row ${n * PAGE_SIZE + i}`);

describe('candidate page cache', () => {
  it('asks for the pages on screen plus half a page either side, once each, within the total', () => {
    const cache = createPageCache<string>();
    expect(cache.want(0, 15, 100_000)).toEqual([0]);
    expect(cache.want(10, 25, 100_000)).toEqual([]);
    expect(cache.want(150, 165, 100_000)).toEqual([1]);
    expect(cache.want(450, 470, 100_000)).toEqual([2]);
    cache.forget(2);
    expect(cache.want(450, 470, 100_000)).toEqual([2]);
    expect(cache.want(990, 999, 1_000)).toEqual([4]);
    expect(cache.request(4)).toBe(false);
  });

  it('finds rows by index once their page arrives', () => {
    const cache = createPageCache<string>();
    expect(cache.get(250)).toBeUndefined();
    cache.put(1, page(1));
    expect(cache.get(250)).toBe('row 250');
    expect(cache.request(1)).toBe(false);
  });

  it('tells subscribers only about pages on screen', () => {
    const cache = createPageCache<string>();
    let told = 0;
    const stop = cache.subscribe(() => (told += 1));
    cache.want(400, 420, 100_000);
    cache.put(9, page(9));
    expect([told, cache.version()]).toEqual([0, 0]);
    cache.put(2, page(2));
    expect([told, cache.version()]).toEqual([1, 1]);
    stop();
    cache.put(2, page(2));
    expect(told).toBe(1);
  });

  it('keeps at most MAX_PAGES pages, dropping those farthest from the rows on screen, and fetches them again', () => {
    const cache = createPageCache<string>();
    for (let n = 0; n < 100; n += 1) {
      cache.want(n * PAGE_SIZE, n * PAGE_SIZE + 10, 100_000);
      cache.put(n, page(n));
    }
    expect(cache.size()).toBe(MAX_PAGES);
    expect(cache.get(99 * PAGE_SIZE)).toBe(`row ${99 * PAGE_SIZE}`);
    expect(cache.get(0)).toBeUndefined();
    expect(cache.want(0, 10, 100_000)).toEqual([0]);
  });
});
